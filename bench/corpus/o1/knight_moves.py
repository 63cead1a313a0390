col, row = input().split()
x = ord(col) - ord("a")
y = int(row) - 1
moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
count = 0
for dx, dy in moves:
    nx, ny = x + dx, y + dy
    if 0 <= nx < 8 and 0 <= ny < 8:
        count += 1
print(count)
