from math import gcd

n = int(input())
a = list(map(int, input().split()))
coprime = 0
for i in range(n):
    for j in range(i + 1, n):
        if gcd(a[i], a[j]) == 1:
            coprime += 1
print(coprime)
