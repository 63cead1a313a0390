FACTORS = {"km": 1000.0, "m": 1.0, "cm": 0.01, "mm": 0.001, "mi": 1609.344}


def convert(value, src, dst):
    if src not in FACTORS or dst not in FACTORS:
        raise ValueError("unknown unit")
    return value * FACTORS[src] / FACTORS[dst]
