n = int(input())
a = list(map(int, input().split()))
cnt = 0
for i in range(n):
    for j in range(i + 1, n):
        if a[j] <= a[i]:
            continue
        for k in range(j + 1, n):
            if a[k] > a[j]:
                cnt += 1
print(cnt)
