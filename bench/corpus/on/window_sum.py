n = int(input())
a = list(map(int, input().split()))
K = 3
window = sum(a[:K])
best = window
for i in range(K, n):
    window += a[i] - a[i - K]
    best = max(best, window)
print(best)
