def maximum(values):
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best
