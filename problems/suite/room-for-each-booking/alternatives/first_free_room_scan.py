from typing import List


def room_for_each_booking(bookings: List[List[int]]) -> List[int]:
    # Serve guests by arrival and give each the first room, in number order,
    # whose last guest has left: a scan over every room opened so far.
    order = sorted(range(len(bookings)), key=lambda i: bookings[i][0])
    free_at = []  # free_at[r] = when room r + 1 frees up
    rooms = [0] * len(bookings)
    for i in order:
        arrive, leave = bookings[i]
        for r in range(len(free_at)):
            if free_at[r] <= arrive:
                free_at[r] = leave
                rooms[i] = r + 1
                break
        else:
            free_at.append(leave)
            rooms[i] = len(free_at)
    return rooms
