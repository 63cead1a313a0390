def min_gap(nums):
    nums = sorted(nums)
    return min(b - a for a, b in zip(nums, nums[1:]))
