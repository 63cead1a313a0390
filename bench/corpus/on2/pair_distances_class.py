class PointSet:
    def __init__(self, points):
        self.points = list(points)

    def farthest_pair(self):
        best = (0, None, None)
        for p in self.points:
            for q in self.points:
                d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
                if d > best[0]:
                    best = (d, p, q)
        return best
