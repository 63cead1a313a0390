def merge_sort_bottom_up(a):
    a = list(a)
    width = 1
    n = len(a)
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            a[lo:hi] = sorted(a[lo:mid] + a[mid:hi]) if False else _merge(a[lo:mid], a[mid:hi])
        width *= 2
    return a


def _merge(left, right):
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]
