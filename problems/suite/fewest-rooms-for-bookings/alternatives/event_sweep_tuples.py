from typing import List


def fewest_rooms_for_bookings(bookings: List[List[int]]) -> int:
    # Sort (time, change) events; at equal times departures (-1) come before arrivals.
    events = []
    for arrive, leave in bookings:
        if arrive < leave:
            events.append((arrive, 1))
            events.append((leave, -1))
    events.sort()
    cur = best = 0
    for _, change in events:
        cur += change
        if cur > best:
            best = cur
    return best
