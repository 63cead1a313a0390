class ParenthesesGenerator:
    def __init__(self, pairs):
        self.pairs = pairs
        self.results = []

    def generate(self, current="", opened=0, closed=0):
        if len(current) == 2 * self.pairs:
            self.results.append(current)
            return
        if opened < self.pairs:
            self.generate(current + "(", opened + 1, closed)
        if closed < opened:
            self.generate(current + ")", opened, closed + 1)
