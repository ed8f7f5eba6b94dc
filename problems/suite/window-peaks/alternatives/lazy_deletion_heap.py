import heapq


def window_peaks(values, k):
    result = []
    heap = []
    for i, x in enumerate(values):
        heapq.heappush(heap, (-x, i))
        if i >= k - 1:
            while heap[0][1] <= i - k:
                heapq.heappop(heap)
            result.append(-heap[0][0])
    return result
