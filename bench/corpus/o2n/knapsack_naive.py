def best_value(weights, values, capacity, i=0):
    if i == len(weights):
        return 0
    skip = best_value(weights, values, capacity, i + 1)
    if weights[i] > capacity:
        return skip
    take = values[i] + best_value(weights, values, capacity - weights[i], i + 1)
    return max(skip, take)
