from typing import List


def teller_assignment(tellers: int, arrivals: List[int], durations: List[int]) -> List[int]:
    free = list(range(tellers))  # kept sorted: smallest counter first
    busy = []  # (finish time, counter), kept sorted
    result = []
    now = 0
    for arrival, duration in zip(arrivals, durations):
        now = max(now, arrival)
        while busy and busy[0][0] <= now:
            free.append(busy.pop(0)[1])
        if not free:
            now = busy[0][0]
            while busy and busy[0][0] <= now:
                free.append(busy.pop(0)[1])
        free.sort()
        counter = free.pop(0)
        result.append(counter)
        busy.append((now + duration, counter))
        busy.sort()
    return result
