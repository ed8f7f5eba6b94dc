from typing import List


def best_streak_with_edits(profits: List[int], operations: List[List[int]]) -> List[int]:
    days = profits[:]
    out = []
    for op in operations:
        if op[0] == 0:
            days[op[1]] = op[2]
        else:
            # take the requested stretch and run Kadane's algorithm on it
            segment = days[op[1]:op[2] + 1]
            best = segment[0]
            current = 0
            for x in segment:
                current = max(x, current + x)
                best = max(best, current)
            out.append(best)
    return out
