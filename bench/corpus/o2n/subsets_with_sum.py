from itertools import combinations


def count_subsets_with_sum(nums, target):
    total = 0
    for r in range(len(nums) + 1):
        for combo in combinations(nums, r):
            if sum(combo) == target:
                total += 1
    return total
