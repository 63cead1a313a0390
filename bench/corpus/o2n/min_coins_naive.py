def min_coins(coins, amount):
    if amount == 0:
        return 0
    best = float("inf")
    for c in coins:
        if c <= amount:
            best = min(best, 1 + min_coins(coins, amount - c))
    return best
