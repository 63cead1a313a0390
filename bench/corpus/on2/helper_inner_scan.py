def count_smaller_after(nums):
    return [count_less(nums, i) for i in range(len(nums))]


def count_less(nums, i):
    return sum(1 for x in nums[i + 1 :] if x < nums[i])
