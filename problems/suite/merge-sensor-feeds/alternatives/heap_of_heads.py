import heapq
from typing import List


def merge_order(feeds: List[List[int]]) -> List[int]:
    heap = [(feed[0], i, 0) for i, feed in enumerate(feeds) if feed]
    heapq.heapify(heap)
    result = []
    while heap:
        t, i, j = heapq.heappop(heap)
        result.append(i)
        if j + 1 < len(feeds[i]):
            heapq.heappush(heap, (feeds[i][j + 1], i, j + 1))
    return result
