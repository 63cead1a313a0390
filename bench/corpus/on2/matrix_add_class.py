class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __add__(self, other):
        n = len(self.rows)
        out = []
        for i in range(n):
            out.append([self.rows[i][j] + other.rows[i][j] for j in range(len(self.rows[i]))])
        return Matrix(out)
