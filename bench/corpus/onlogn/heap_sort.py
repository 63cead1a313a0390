import heapq


def heap_sort(values):
    heap = list(values)
    heapq.heapify(heap)
    out = []
    while heap:
        out.append(heapq.heappop(heap))
    return out
