n = int(input())
m = [list(map(int, input().split())) for _ in range(n)]
sq = [[sum(m[i][k] * m[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
print(sum(map(sum, sq)))
