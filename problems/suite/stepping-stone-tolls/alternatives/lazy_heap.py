import heapq
from typing import List


def stepping_stone_tolls(tolls: List[int], k: int) -> int:
    n = len(tolls)
    if tolls[0] < 0 or tolls[-1] < 0:
        return -1
    heap = [(tolls[0], 0)]
    best = -1
    for i in range(1, n):
        while heap and heap[0][1] < i - k:
            heapq.heappop(heap)
        if tolls[i] < 0 or not heap:
            continue
        c = heap[0][0] + tolls[i]
        heapq.heappush(heap, (c, i))
        if i == n - 1:
            best = c
    return best if n > 1 else tolls[0]
