from operator import itemgetter
from typing import List


def fewest_inspections(stays: List[List[int]]) -> int:
    # Greedy by leave time: the stay that ends first must contain a moment, and
    # its last moment (leave - 1) serves every later-ending stay that has begun
    # by then. Stays are taken in leave order, so the latest moment chosen is
    # below every remaining leave and only the arrival needs checking.
    last = -1
    count = 0
    for arrive, leave in sorted(stays, key=itemgetter(1)):
        if arrive > last:
            last = leave - 1
            count += 1
    return count
