import sys

a, b = map(int, sys.stdin.readline().split())
best = max(a + b, a - b, a * b)
print(best)
