from typing import List


def earliest_finish_times(duration: List[int], after: List[List[int]]) -> List[int]:
    # Longest-path Bellman-Ford: relax every rule until no finish day changes.
    finish = list(duration)
    changed = True
    while changed:
        changed = False
        for a, b in after:
            if finish[a] + duration[b] > finish[b]:
                finish[b] = finish[a] + duration[b]
                changed = True
    return finish
