def halves(n):
    while n > 0:
        yield n
        n //= 2


def count_halves(n):
    return sum(1 for _ in halves(n))
