from collections import OrderedDict


def lru_cache_hits(capacity, requests):
    if capacity <= 0:
        return 0
    cache = OrderedDict()
    move = cache.move_to_end
    evict = cache.popitem
    hits = 0
    size = 0
    for key in requests:
        if key in cache:
            hits += 1
            move(key)
        else:
            cache[key] = None
            if size == capacity:
                evict(False)
            else:
                size += 1
    return hits
