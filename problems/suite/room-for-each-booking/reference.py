from heapq import heappop, heappush
from typing import List


def room_for_each_booking(bookings: List[List[int]]) -> List[int]:
    # Two heaps: rooms in use keyed by the time they free up, and free room
    # numbers. Before each arrival every room that has freed up by then moves
    # to the free heap, so the smallest free number is its top. A stable sort
    # on arrival alone keeps same-time guests in booking order.
    arrivals = [b[0] for b in bookings]
    rooms = [0] * len(bookings)
    busy = []  # (leave, room)
    free = []
    opened = 0
    for i in sorted(range(len(bookings)), key=arrivals.__getitem__):
        arrive, leave = bookings[i]
        while busy and busy[0][0] <= arrive:
            heappush(free, heappop(busy)[1])
        if free:
            room = heappop(free)
        else:
            opened += 1
            room = opened
        rooms[i] = room
        heappush(busy, (leave, room))
    return rooms
