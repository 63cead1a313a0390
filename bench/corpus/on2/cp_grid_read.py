n = int(input())
grid = [input() for _ in range(n)]
stars = 0
for i in range(n):
    for j in range(n):
        if grid[i][j] == "*":
            stars += 1
print(stars)
