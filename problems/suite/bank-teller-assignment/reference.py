from heapq import heappop, heappush


def teller_assignment(tellers, arrivals, durations):
    # At most n counters are ever needed, so only counters below n are tracked.
    free = list(range(min(tellers, len(arrivals))))  # heap of free counters
    # Busy counters as one heap of ints: finish time << 14 | counter (counter < 2**14).
    busy = []
    result = []
    take = result.append
    now = 0
    for a, d in zip(arrivals, durations):
        if a > now:
            now = a
        limit = (now << 14) | 16383
        while busy and busy[0] <= limit:
            heappush(free, heappop(busy) & 16383)
        if not free:
            now = busy[0] >> 14
            limit = (now << 14) | 16383
            while busy and busy[0] <= limit:
                heappush(free, heappop(busy) & 16383)
        c = heappop(free)
        take(c)
        heappush(busy, ((now + d) << 14) | c)
    return result
