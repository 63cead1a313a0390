def middle(values):
    if not values:
        return None
    return values[len(values) // 2]
