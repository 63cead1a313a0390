def closure(reach):
    n = len(reach)
    r = [list(row) for row in reach]
    for k in range(n):
        for i in range(n):
            if r[i][k]:
                for j in range(n):
                    if r[k][j]:
                        r[i][j] = True
    return r
