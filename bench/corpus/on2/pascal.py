n = int(input())
row = [1]
for _ in range(n):
    print(*row)
    row = [1] + [row[k] + row[k + 1] for k in range(len(row) - 1)] + [1]
