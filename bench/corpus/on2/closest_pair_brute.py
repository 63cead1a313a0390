import math


def closest_pair(points):
    best = math.inf
    for i, (x1, y1) in enumerate(points):
        for x2, y2 in points[i + 1 :]:
            best = min(best, math.hypot(x1 - x2, y1 - y2))
    return best
