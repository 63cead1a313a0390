n, target = map(int, input().split())
a = list(map(int, input().split()))
found = False
for mask in range(1 << n):
    s = 0
    for i in range(n):
        if mask >> i & 1:
            s += a[i]
    if s == target:
        found = True
        break
print("YES" if found else "NO")
