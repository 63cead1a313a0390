n = int(input())
ways = 0
for i in range(n):
    for j in range(n):
        for k in range(n):
            if i + j + k == n:
                ways += 1
print(ways)
