class Timeline:
    def __init__(self, times):
        self.times = sorted(times)

    def count_before(self, t):
        left = 0
        right = len(self.times)
        while left < right:
            mid = left + (right - left) // 2
            if self.times[mid] < t:
                left = mid + 1
            else:
                right = mid
        return left
