def swap_ends(arr):
    if len(arr) >= 2:
        arr[0], arr[-1] = arr[-1], arr[0]
    return arr
