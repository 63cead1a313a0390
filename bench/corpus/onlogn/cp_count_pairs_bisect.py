from bisect import bisect_right

n, d = map(int, input().split())
xs = sorted(map(int, input().split()))
pairs = 0
for i, x in enumerate(xs):
    pairs += bisect_right(xs, x + d) - i - 1
print(pairs)
