def count_in_both(a, b):
    b = sorted(b)
    hits = 0
    for x in a:
        lo, hi = 0, len(b)
        while lo < hi:
            mid = (lo + hi) // 2
            if b[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(b) and b[lo] == x:
            hits += 1
    return hits
