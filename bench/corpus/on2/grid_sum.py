def grid_total(grid):
    total = 0
    for row in grid:
        for cell in row:
            total += cell
    return total
