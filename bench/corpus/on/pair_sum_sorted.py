n, target = map(int, input().split())
a = list(map(int, input().split()))
i, j = 0, n - 1
found = False
while i < j:
    s = a[i] + a[j]
    if s == target:
        found = True
        break
    if s < target:
        i += 1
    else:
        j -= 1
print("YES" if found else "NO")
