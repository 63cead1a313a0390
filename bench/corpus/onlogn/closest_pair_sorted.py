def closest_values(nums):
    nums.sort()
    best = None
    for a, b in zip(nums, nums[1:]):
        if best is None or b - a < best[1] - best[0]:
            best = (a, b)
    return best
