import heapq


def kth_smallest(values, k):
    heap = [-v for v in values[:k]]
    heapq.heapify(heap)
    for v in values[k:]:
        if -heap[0] > v:
            heapq.heapreplace(heap, -v)
    return sorted(-x for x in heap)[-1] if heap else None


def sort_all(values):
    return sorted(values, reverse=True)
