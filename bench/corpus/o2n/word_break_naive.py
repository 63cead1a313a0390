def word_break(s, words):
    if not s:
        return True
    for i in range(1, len(s) + 1):
        if s[:i] in words and word_break(s[i:], words):
            return True
    return False
