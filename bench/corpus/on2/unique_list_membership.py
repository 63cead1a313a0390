def unique(values):
    result = []
    for v in values:
        if v not in result:
            result.append(v)
    return result
