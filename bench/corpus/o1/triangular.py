def triangular(n):
    """Sum 1 + 2 + ... + n by Gauss's formula."""
    return n * (n + 1) // 2


if __name__ == "__main__":
    print(triangular(100))
