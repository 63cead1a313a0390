n = int(input())
m = [list(map(int, input().split())) for _ in range(n)]
trace = 0
for i in range(n):
    for k in range(n):
        trace += m[i][k] * m[k][i]
total = 0
for i in range(n):
    for j in range(n):
        for k in range(n):
            total += m[i][k] * m[k][j]
print(trace, total)
