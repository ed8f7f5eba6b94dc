from typing import List


def fewest_inspections(stays: List[List[int]]) -> int:
    # Sweep over arrival and leave events in time order (leaves first at equal
    # times, as a leaving guest is gone). When a guest not yet met leaves, an
    # inspection at the moment before meets everyone present.
    events = []
    for i, (arrive, leave) in enumerate(stays):
        events.append((arrive, 1, i))
        events.append((leave, 0, i))
    events.sort()
    present = set()
    met = [False] * len(stays)
    count = 0
    for _, kind, i in events:
        if kind == 1:
            present.add(i)
        else:
            present.discard(i)
            if not met[i]:
                count += 1
                for j in present:
                    met[j] = True
                present.clear()
    return count
