def min_cuts(s):
    n = len(s)

    def is_pal(i, j):
        return s[i : j + 1] == s[i : j + 1][::-1]

    cuts = [0] * (n + 1)
    cuts[0] = -1
    for end in range(1, n + 1):
        best = end - 1
        for start in range(end):
            if is_pal(start, end - 1):
                best = min(best, cuts[start] + 1)
        cuts[end] = best
    return cuts[n]
