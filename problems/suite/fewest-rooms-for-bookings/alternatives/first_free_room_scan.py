from typing import List


def fewest_rooms_for_bookings(bookings: List[List[int]]) -> int:
    # Process bookings by arrival and give each one the first room (in opening order)
    # that is free, scanning the rooms one by one.
    free_at = []
    for arrive, leave in sorted(bookings):
        if arrive == leave:
            continue
        for r in range(len(free_at)):
            if free_at[r] <= arrive:
                free_at[r] = leave
                break
        else:
            free_at.append(leave)
    return len(free_at)
