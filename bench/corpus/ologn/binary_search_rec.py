def search(arr, target, lo, hi):
    if lo > hi:
        return -1
    mid = lo + (hi - lo) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return search(arr, target, mid + 1, hi)
    return search(arr, target, lo, mid - 1)


def find(arr, target):
    return search(arr, target, 0, len(arr) - 1)
