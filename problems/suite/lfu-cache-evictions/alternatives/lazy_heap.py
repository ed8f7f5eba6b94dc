import heapq
from typing import List


def lfu_evictions(capacity: int, requests: List[int]) -> List[int]:
    state = {}  # key -> (count, last time)
    heap = []   # (count, last time, key); stale entries are skipped
    evicted = []
    for t, key in enumerate(requests):
        if key in state:
            count = state[key][0] + 1
        else:
            if len(state) == capacity:
                while True:
                    c, last, victim = heapq.heappop(heap)
                    if state.get(victim) == (c, last):
                        break
                del state[victim]
                evicted.append(victim)
            count = 1
        state[key] = (count, t)
        heapq.heappush(heap, (count, t, key))
    return evicted
