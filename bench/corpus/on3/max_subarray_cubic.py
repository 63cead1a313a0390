def max_subarray(nums):
    best = nums[0]
    n = len(nums)
    for i in range(n):
        for j in range(i, n):
            s = 0
            for k in range(i, j + 1):
                s += nums[k]
            best = max(best, s)
    return best
