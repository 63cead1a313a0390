import heapq


def push_then_pop(heap, item):
    heapq.heappush(heap, item)
    return heapq.heappop(heap)
