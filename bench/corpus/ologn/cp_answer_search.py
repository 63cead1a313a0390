def main():
    n, k = map(int, input().split())
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * (mid + 1) // 2 <= k:
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
