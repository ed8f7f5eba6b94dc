from bisect import bisect_right
from itertools import repeat
from operator import sub
from typing import List


def fewest_rooms_for_bookings(bookings: List[List[int]]) -> int:
    # The answer is the largest number of simultaneous stays, reached at some arrival.
    # When the i-th arrival (in sorted order, 1-based) happens, the guests present are
    # i minus those whose leave time is <= that arrival. Everything runs in C.
    stays = [b for b in bookings if b[0] < b[1]]
    if not stays:
        return 0
    arrive = sorted([b[0] for b in stays])
    leave = sorted([b[1] for b in stays])
    return max(map(sub, range(1, len(arrive) + 1), map(bisect_right, repeat(leave), arrive)))
