import heapq


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = 0

    def add(self, priority, task):
        heapq.heappush(self.queue, (priority, self.counter, task))
        self.counter += 1

    def run_all(self):
        done = []
        while self.queue:
            _, _, task = heapq.heappop(self.queue)
            done.append(task)
        return done


def schedule(tasks):
    s = Scheduler()
    for priority, task in tasks:
        s.add(priority, task)
    return s.run_all()
