def best_triple(values):
    best = None
    n = len(values)
    for i in range(n - 2):
        for j in range(i + 1, n - 1):
            for k in range(j + 1, n):
                p = values[i] * values[j] * values[k]
                if best is None or p > best:
                    best = p
    return best
