def max_coins(nums):
    vals = [1] + list(nums) + [1]
    n = len(vals)
    dp = [[0] * n for _ in range(n)]
    for gap in range(2, n):
        for left in range(0, n - gap):
            right = left + gap
            for k in range(left + 1, right):
                gain = vals[left] * vals[k] * vals[right] + dp[left][k] + dp[k][right]
                if gain > dp[left][right]:
                    dp[left][right] = gain
    return dp[0][n - 1]
