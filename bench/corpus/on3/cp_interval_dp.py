n = int(input())
a = list(map(int, input().split()))
dp = [[0] * n for _ in range(n)]
for length in range(2, n + 1):
    for l in range(n - length + 1):
        r = l + length - 1
        best = float("inf")
        for m in range(l, r):
            best = min(best, dp[l][m] + dp[m + 1][r])
        dp[l][r] = best + sum(a[l : r + 1])
print(dp[0][n - 1])
