from typing import List


def best_streak_with_edits(profits: List[int], operations: List[List[int]]) -> List[int]:
    # Apply edits directly; answer each question with Kadane's scan over the range.
    days = list(profits)
    out = []
    for op in operations:
        if op[0] == 0:
            days[op[1]] = op[2]
        else:
            best = None
            run = 0
            for d in range(op[1], op[2] + 1):
                x = days[d]
                run = x if run <= 0 else run + x
                if best is None or run > best:
                    best = run
            out.append(best)
    return out
