n = int(input())
a = list(map(int, input().split()))
even = 0
for mask in range(2**n):
    total = 0
    for bit in range(n):
        if mask & (1 << bit):
            total += a[bit]
    if total % 2 == 0:
        even += 1
print(even)
