import sys

input = sys.stdin.readline
INF = float("inf")
n, m = map(int, input().split())
d = [[INF] * n for _ in range(n)]
for i in range(n):
    d[i][i] = 0
for _ in range(m):
    u, v, w = map(int, input().split())
    d[u - 1][v - 1] = min(d[u - 1][v - 1], w)
for k in range(n):
    dk = d[k]
    for i in range(n):
        dik = d[i][k]
        row = d[i]
        for j in range(n):
            if dik + dk[j] < row[j]:
                row[j] = dik + dk[j]
print(sum(x for row in d for x in row if x < INF))
