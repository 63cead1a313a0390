t = int(input())
for _ in range(t):
    n = int(input())
    x = 1
    steps = 0
    while x < n:
        x *= 2
        steps += 1
    print(steps)
