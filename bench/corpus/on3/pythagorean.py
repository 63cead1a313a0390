def pythagorean_triples(limit):
    out = []
    for a in range(1, limit + 1):
        for b in range(a, limit + 1):
            for c in range(b, limit + 1):
                if a * a + b * b == c * c:
                    out.append((a, b, c))
    return out
