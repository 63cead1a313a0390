from bisect import bisect_left


def contains(sorted_values, x):
    i = bisect_left(sorted_values, x)
    return i < len(sorted_values) and sorted_values[i] == x
