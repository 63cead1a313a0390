def merge_stones(piles):
    n = len(piles)
    prefix = [0]
    for p in piles:
        prefix.append(prefix[-1] + p)
    dp = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            dp[i][j] = min(dp[i][k] + dp[k + 1][j] for k in range(i, j)) + prefix[j + 1] - prefix[i]
    return dp[0][n - 1] if n else 0
