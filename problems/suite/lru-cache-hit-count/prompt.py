from typing import List


def lru_cache_hits(capacity: int, requests: List[int]) -> int:
    """A cache holds at most `capacity` keys (0 <= capacity <= 80 000) and starts
    empty. The keys in `requests` (at most 80 000 of them, each in [0, 10**9]) are
    served in order. A request for a key that is in the cache is a hit, and that key
    becomes the most recently used one. Any other request is a miss: the key is
    inserted as the most recently used one, and if the cache then holds more than
    `capacity` keys, the least recently used key is evicted (with capacity 0 nothing
    is ever kept).

    Return the number of hits.

    >>> lru_cache_hits(2, [1, 2, 1, 3, 2, 1])
    1
    >>> lru_cache_hits(3, [7, 7, 8, 7, 9, 10, 8])
    2
    >>> lru_cache_hits(0, [5, 5, 5])
    0
    """
