def dot(row, col):
    return sum(a * b for a, b in zip(row, col))


def column(m, j):
    return [row[j] for row in m]


def multiply(a, b):
    return [[dot(row, column(b, j)) for j in range(len(b[0]))] for row in a]
