def count_positive(values):
    i = 0
    count = 0
    while i < len(values):
        if values[i] > 0:
            count += 1
        i += 1
    return count
