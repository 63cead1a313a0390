class SortedIndex:
    def __init__(self, keys):
        self.keys = keys

    def rank(self, key):
        lo, hi = 0, len(self.keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.keys[mid] < key:
                lo = mid + 1
            else:
                hi = mid
        return lo
