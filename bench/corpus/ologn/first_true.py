def first_true(n, predicate):
    """Smallest k in [0, n) with predicate(k) true, for a monotone predicate."""
    left, right = 0, n
    while left < right:
        middle = (left + right) // 2
        if predicate(middle):
            right = middle
        else:
            left = middle + 1
    return left
