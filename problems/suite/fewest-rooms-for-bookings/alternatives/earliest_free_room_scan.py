from typing import List


def fewest_rooms_for_bookings(bookings: List[List[int]]) -> int:
    # Process bookings by arrival; find the room that frees up earliest by scanning all
    # open rooms, and open a new room if even that one is still busy.
    free_at = []
    for arrive, leave in sorted(bookings):
        if arrive == leave:
            continue
        if free_at:
            r = min(range(len(free_at)), key=free_at.__getitem__)
            if free_at[r] <= arrive:
                free_at[r] = leave
                continue
        free_at.append(leave)
    return len(free_at)
