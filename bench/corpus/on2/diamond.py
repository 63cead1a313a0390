n = int(input())
for row in range(n):
    line = ""
    for col in range(n):
        line += "*" if abs(row - n // 2) + abs(col - n // 2) <= n // 2 else " "
    print(line)
