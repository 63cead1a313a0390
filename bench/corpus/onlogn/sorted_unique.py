def sorted_unique(values):
    return sorted(set(values))
