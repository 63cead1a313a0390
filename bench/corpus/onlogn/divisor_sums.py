def divisor_sums(n):
    sums = [0] * (n + 1)
    for d in range(1, n + 1):
        for multiple in range(d, n + 1, d):
            sums[multiple] += d
    return sums
