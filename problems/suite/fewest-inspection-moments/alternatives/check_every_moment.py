from typing import List


def fewest_inspections(stays: List[List[int]]) -> int:
    # Greedy by leave time; a stay is already served if any moment chosen so
    # far lies inside it, which is checked against every chosen moment.
    moments = []
    for arrive, leave in sorted(stays, key=lambda s: s[1]):
        if not any(arrive <= m < leave for m in moments):
            moments.append(leave - 1)
    return len(moments)
