from typing import List


def lfu_evictions(capacity: int, requests: List[int]) -> List[int]:
    """Replay a request log through a least-frequently-used cache and list the
    keys it evicts.

    The cache holds at most `capacity` keys (1 <= capacity <= 30 000) and starts
    empty; `requests` holds at most 30 000 keys, each in [0, 10**9]. Every key in the
    cache has a use count. A request for a cached key is a hit and adds 1 to its use
    count. A request for any other key is a miss: if the cache is full, one key is
    evicted first, namely the key with the smallest use count, and among those the
    one whose latest request is the oldest; then the requested key enters with use
    count 1. An evicted key that comes back starts again from count 1.

    Return the evicted keys in the order they were evicted.

    >>> lfu_evictions(2, [1, 2, 1, 3, 2, 3, 4])
    [2, 3, 2, 3]
    >>> lfu_evictions(2, [7, 8, 9, 8, 7])
    [7, 9]
    >>> lfu_evictions(1, [5, 5, 6, 5])
    [5, 6]
    >>> lfu_evictions(3, [1, 2, 3, 3, 2, 1])
    []
    """
