from heapq import heappop, heappush
from typing import List


def room_for_each_booking(bookings: List[List[int]]) -> List[int]:
    # Rooms in use in a heap by leave time; free room numbers in a plain list,
    # the smallest found with min() and taken out with remove().
    order = sorted(range(len(bookings)), key=lambda i: bookings[i][0])
    rooms = [0] * len(bookings)
    busy = []
    free = []
    for i in order:
        arrive, leave = bookings[i]
        while busy and busy[0][0] <= arrive:
            free.append(heappop(busy)[1])
        if free:
            room = min(free)
            free.remove(room)
        else:
            room = len(busy) + 1
        rooms[i] = room
        heappush(busy, (leave, room))
    return rooms
