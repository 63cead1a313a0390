n = int(input())
zeros = 0
power = 5
while power <= n:
    zeros += n // power
    power *= 5
print(zeros)
