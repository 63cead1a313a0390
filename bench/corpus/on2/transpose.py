def transpose(matrix):
    rows = len(matrix)
    cols = len(matrix[0])
    result = [[None] * rows for _ in range(cols)]
    for r in range(rows):
        for c in range(cols):
            result[c][r] = matrix[r][c]
    return result
