def stats(values):
    first, second, third = values[0], values[1], values[2]
    mean = (first + second + third) / 3
    spread = max(first, second, third) - min(first, second, third)
    return mean, spread
