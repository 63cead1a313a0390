def count_repeated_substrings(s):
    n = len(s)
    repeated = 0
    for length in range(1, n):
        for start in range(n - length + 1):
            piece = s[start : start + length]
            if s.count(piece) > 1:
                repeated += 1
    return repeated
