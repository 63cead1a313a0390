def inside(px, py, x1, y1, x2, y2):
    lo_x, hi_x = min(x1, x2), max(x1, x2)
    lo_y, hi_y = min(y1, y2), max(y1, y2)
    return lo_x <= px <= hi_x and lo_y <= py <= hi_y
