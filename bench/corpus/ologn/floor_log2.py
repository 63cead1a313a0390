n = int(input())
p = 1
k = 0
while p * 2 <= n:
    p *= 2
    k += 1
print(k, p)
