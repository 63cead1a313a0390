def rotate(nums, k):
    k %= len(nums)
    return nums[-k:] + nums[:-k]
