def total(nums, i=0):
    if i == len(nums):
        return 0
    return nums[i] + total(nums, i + 1)
