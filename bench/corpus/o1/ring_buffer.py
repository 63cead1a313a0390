class RingBuffer:
    def __init__(self, capacity=8):
        self.data = [None] * 8
        self.capacity = 8
        self.start = 0
        self.size = 0

    def push(self, value):
        end = (self.start + self.size) % self.capacity
        self.data[end] = value
        if self.size < self.capacity:
            self.size += 1
        else:
            self.start = (self.start + 1) % self.capacity

    def oldest(self):
        return self.data[self.start] if self.size else None
