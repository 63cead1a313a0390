from itertools import permutations

n = int(input())
a = list(map(int, input().split()))
best = None
for p in permutations(a):
    v = sum(abs(p[i] - p[i + 1]) for i in range(n - 1))
    if best is None or v > best:
        best = v
print(best)
