def count_paths_3d(n):
    dp = [[[0] * n for _ in range(n)] for _ in range(n)]
    dp[0][0][0] = 1
    for x in range(n):
        for y in range(n):
            for z in range(n):
                if x:
                    dp[x][y][z] += dp[x - 1][y][z]
                if y:
                    dp[x][y][z] += dp[x][y - 1][z]
                if z:
                    dp[x][y][z] += dp[x][y][z - 1]
    return dp[n - 1][n - 1][n - 1]
