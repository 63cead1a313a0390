def three_sum(nums):
    found = set()
    n = len(nums)
    i = 0
    while i < n:
        j = i + 1
        while j < n:
            k = j + 1
            while k < n:
                if nums[i] + nums[j] + nums[k] == 0:
                    found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
                k += 1
            j += 1
        i += 1
    return found
