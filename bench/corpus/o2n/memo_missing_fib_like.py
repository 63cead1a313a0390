def count_compositions(n):
    if n == 0:
        return 1
    total = 0
    for part in range(1, n + 1):
        total += count_compositions(n - part)
    return total
