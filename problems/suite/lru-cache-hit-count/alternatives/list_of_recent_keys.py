from typing import List


def lru_cache_hits(capacity: int, requests: List[int]) -> int:
    cache = []  # least recently used first
    hits = 0
    for key in requests:
        if key in cache:
            hits += 1
            cache.remove(key)
            cache.append(key)
        else:
            cache.append(key)
            if len(cache) > capacity:
                cache.pop(0)
    return hits
