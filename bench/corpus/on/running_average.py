class RunningAverage:
    def __init__(self):
        self.count = 0
        self.total = 0.0

    def add(self, x):
        self.count += 1
        self.total += x

    def value(self):
        return self.total / self.count if self.count else 0.0


n = int(input())
avg = RunningAverage()
for _ in range(n):
    avg.add(float(input()))
print(f"{avg.value():.3f}")
