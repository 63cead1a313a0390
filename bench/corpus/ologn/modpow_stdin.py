base, exp, mod = map(int, input().split())
result = 1
base %= mod
while exp > 0:
    if exp & 1:
        result = result * base % mod
    base = base * base % mod
    exp >>= 1
print(result)
