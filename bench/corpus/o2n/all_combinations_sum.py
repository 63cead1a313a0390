def combination_sums(nums):
    sums = []

    def walk(index, running):
        if index == len(nums):
            sums.append(running)
            return
        walk(index + 1, running + nums[index])
        walk(index + 1, running)

    walk(0, 0)
    return sums
