import math

a, b, c = map(float, input().split())
s = (a + b + c) / 2
area = math.sqrt(max(s * (s - a) * (s - b) * (s - c), 0.0))
print(f"{area:.4f}")
