class Counter:
    def __init__(self):
        self.value = 0
        self.history = {}

    def increment(self, by=1):
        self.value += by
        self.history[self.value] = by
        return self.value

    def reset(self):
        self.value = 0
