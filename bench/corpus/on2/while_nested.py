def count_equal_pairs(arr):
    n = len(arr)
    pairs = 0
    i = 0
    while i < n:
        j = i + 1
        while j < n:
            if arr[i] == arr[j]:
                pairs += 1
            j += 1
        i += 1
    return pairs
