n = int(input())
a = list(map(int, input().split()))
best = a[0]
for i in range(n):
    running = 0
    for j in range(i, n):
        running += a[j]
        best = max(best, running)
print(best)
