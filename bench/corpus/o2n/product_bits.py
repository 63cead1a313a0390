from itertools import product

n = int(input())
weights = list(map(int, input().split()))
limit = int(input())
best = 0
for choice in product((0, 1), repeat=n):
    w = sum(c * x for c, x in zip(choice, weights))
    if w <= limit:
        best = max(best, w)
print(best)
