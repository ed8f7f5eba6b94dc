from typing import List


def lru_cache_hits(capacity: int, requests: List[int]) -> int:
    last_used = {}  # key -> time of its latest request
    hits = 0
    for t, key in enumerate(requests):
        if key in last_used:
            hits += 1
        elif len(last_used) >= capacity:
            if capacity == 0:
                continue
            oldest = min(last_used, key=last_used.get)
            del last_used[oldest]
        last_used[key] = t
    return hits
