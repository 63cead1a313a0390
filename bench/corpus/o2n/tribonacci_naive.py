def trib(n):
    if n < 3:
        return 1 if n else 0
    return trib(n - 1) + trib(n - 2) + trib(n - 3)
