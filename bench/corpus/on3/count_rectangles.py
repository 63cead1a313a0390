def count_ranges_with_sum(nums, target):
    n = len(nums)
    found = 0
    for i in range(n):
        for j in range(i + 1, n + 1):
            if sum(nums[i:j]) == target:
                found += 1
    return found
