from typing import List


def lfu_evictions(capacity: int, requests: List[int]) -> List[int]:
    freq = {}
    last_used = {}
    evicted = []
    for t, key in enumerate(requests):
        if key in freq:
            freq[key] += 1
        else:
            if len(freq) >= capacity:
                victim = min(freq, key=lambda k: (freq[k], last_used[k]))
                del freq[victim]
                del last_used[victim]
                evicted.append(victim)
            freq[key] = 1
        last_used[key] = t
    return evicted
