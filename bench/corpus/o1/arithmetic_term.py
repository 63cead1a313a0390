first, step, n = map(int, input().split())
print(first + (n - 1) * step)
