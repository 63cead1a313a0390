def has_duplicates(values):
    ordered = sorted(values)
    for i in range(1, len(ordered)):
        if ordered[i] == ordered[i - 1]:
            return True
    return False
