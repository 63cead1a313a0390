class Enumerator:
    def __init__(self, n):
        self.n = n
        self.count = 0

    def run(self, depth=0):
        if depth == self.n:
            self.count += 1
            return
        for bit in (0, 1):
            self.run(depth + 1)
