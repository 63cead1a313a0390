def count_triples_below(limit_value, values):
    n = len(values)
    count = 0
    i = 0
    while i < n:
        j = i + 1
        while j < n:
            k = j + 1
            while k < n:
                if values[i] + values[j] + values[k] < limit_value:
                    count += 1
                k += 1
            j += 1
        i += 1
    return count
