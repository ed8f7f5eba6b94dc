from typing import List


def rooms_before_repeat(door: List[int]) -> List[int]:
    # Simulate the walk from every room with a set of seen rooms: O(n * walk length).
    out = []
    for s in range(len(door)):
        seen = set()
        v = s
        while v not in seen:
            seen.add(v)
            v = door[v]
        out.append(len(seen))
    return out
