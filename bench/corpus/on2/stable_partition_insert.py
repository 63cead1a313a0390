def sort_by_insertion(values):
    out = []
    for v in values:
        pos = 0
        while pos < len(out) and out[pos] < v:
            pos += 1
        out.insert(pos, v)
    return out
