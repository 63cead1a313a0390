def moving_average(values, k):
    out = []
    window = 0
    for i, v in enumerate(values):
        window += v
        if i >= k:
            window -= values[i - k]
        if i >= k - 1:
            out.append(window / k)
    return out
