from typing import List


def lfu_evictions(capacity: int, requests: List[int]) -> List[int]:
    cache = {}  # key -> [count, last time]
    evicted = []
    for t, key in enumerate(requests):
        if key in cache:
            cache[key][0] += 1
            cache[key][1] = t
            continue
        if len(cache) == capacity:
            entries = sorted(cache.items(), key=lambda item: (item[1][0], item[1][1]))
            victim = entries[0][0]
            del cache[victim]
            evicted.append(victim)
        cache[key] = [1, t]
    return evicted
