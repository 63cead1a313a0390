def letter_case_permutations(s):
    out = []

    def build(i, prefix):
        if i == len(s):
            out.append(prefix)
            return
        ch = s[i]
        if ch.isalpha():
            build(i + 1, prefix + ch.lower())
            build(i + 1, prefix + ch.upper())
        else:
            build(i + 1, prefix + ch)

    build(0, "")
    return out
