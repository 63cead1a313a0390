def price_with_tax(prices, item, rate=0.2):
    base = prices.get(item)
    if base is None:
        return None
    return round(base * (1 + rate), 2)
