def max_independent_set(n, edges):
    best = 0
    for mask in range(1 << n):
        ok = True
        for u, v in edges:
            if mask >> u & 1 and mask >> v & 1:
                ok = False
                break
        if ok:
            best = max(best, bin(mask).count("1"))
    return best
