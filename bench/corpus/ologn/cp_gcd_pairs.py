import math

t = int(input())
for _ in range(t):
    a, b = map(int, input().split())
    g = math.gcd(a, b)
    print(g, a * b // g)
