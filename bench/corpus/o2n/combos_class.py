class SubsetCounter:
    def __init__(self, items):
        self.items = items

    def count(self, i=0, total=0, limit=10):
        if i == len(self.items):
            return 1 if total <= limit else 0
        return self.count(i + 1, total + self.items[i], limit) + self.count(i + 1, total, limit)
