n = int(input())
p = 1
while p * 3 <= n:
    p *= 3
print(p)
