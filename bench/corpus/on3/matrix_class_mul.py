class SquareMatrix:
    def __init__(self, cells):
        self.cells = cells
        self.n = len(cells)

    def __mul__(self, other):
        n = self.n
        out = [[0] * n for _ in range(n)]
        for i in range(n):
            for k in range(n):
                aik = self.cells[i][k]
                for j in range(n):
                    out[i][j] += aik * other.cells[k][j]
        return SquareMatrix(out)
