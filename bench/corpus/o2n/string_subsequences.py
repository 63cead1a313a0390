def subsequences(s):
    if not s:
        return [""]
    rest = subsequences(s[1:])
    return rest + [s[0] + r for r in rest]
