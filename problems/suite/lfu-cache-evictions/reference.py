from collections import OrderedDict


def lfu_evictions(capacity, requests):
    count = {}  # cached key -> use count
    buckets = {}  # use count -> OrderedDict of its keys, least recently requested first
    evicted = []
    lowest = 0  # smallest use count present (valid while the cache is full)
    size = 0
    get = count.get
    for key in requests:
        c = get(key)
        if c is not None:
            bucket = buckets[c]
            del bucket[key]
            if not bucket:
                del buckets[c]
                if lowest == c:
                    lowest = c + 1
            c += 1
            count[key] = c
            nxt = buckets.get(c)
            if nxt is None:
                buckets[c] = OrderedDict.fromkeys((key,))
            else:
                nxt[key] = None
            continue
        if size == capacity:
            bucket = buckets[lowest]
            old = bucket.popitem(False)[0]
            if not bucket:
                del buckets[lowest]
            del count[old]
            evicted.append(old)
        else:
            size += 1
        count[key] = 1
        lowest = 1
        ones = buckets.get(1)
        if ones is None:
            buckets[1] = OrderedDict.fromkeys((key,))
        else:
            ones[key] = None
    return evicted
