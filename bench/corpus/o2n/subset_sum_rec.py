def subset_sum(nums, target, i=0):
    if target == 0:
        return True
    if i >= len(nums):
        return False
    return subset_sum(nums, target - nums[i], i + 1) or subset_sum(nums, target, i + 1)
