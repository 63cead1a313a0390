n = int(input())
a = list(map(int, input().split()))
target = int(input())
count = 0
for mask in range(1 << n):
    total = sum(a[i] for i in range(n) if mask & (1 << i))
    if total == target:
        count += 1
print(count)
