n = int(input())
adj = [list(map(int, input().split())) for _ in range(n)]
triangles = 0
for a in range(n):
    for b in range(a + 1, n):
        if not adj[a][b]:
            continue
        for c in range(b + 1, n):
            if adj[b][c] and adj[a][c]:
                triangles += 1
print(triangles)
