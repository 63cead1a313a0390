n = int(input())
ones = 0
while n:
    ones += n & 1
    n >>= 1
print(ones)
