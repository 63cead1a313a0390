def find_target_sum_ways(nums, target):
    def count(i, total):
        if i == len(nums):
            return 1 if total == target else 0
        return count(i + 1, total + nums[i]) + count(i + 1, total - nums[i])

    return count(0, 0)
