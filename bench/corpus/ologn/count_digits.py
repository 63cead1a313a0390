n = int(input())
digits = 0
if n == 0:
    digits = 1
while n > 0:
    n //= 10
    digits += 1
print(digits)
