def all_sums(nums):
    sums = {0}
    for x in nums:
        sums = sums | {s + x for s in sums}
    return sorted(sums)
