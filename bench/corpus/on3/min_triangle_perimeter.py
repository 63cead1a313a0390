import math


def min_perimeter(points):
    best = math.inf
    n = len(points)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                p, q, r = points[i], points[j], points[k]
                per = math.dist(p, q) + math.dist(q, r) + math.dist(p, r)
                best = min(best, per)
    return best
