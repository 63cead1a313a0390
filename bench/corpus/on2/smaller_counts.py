def smaller_counts(nums):
    counts = []
    for i, x in enumerate(nums):
        c = 0
        for y in nums[i + 1 :]:
            if y < x:
                c += 1
        counts.append(c)
    return counts
