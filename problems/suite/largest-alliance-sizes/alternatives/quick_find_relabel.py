from typing import List


def largest_alliance_sizes(n: int, treaties: List[List[int]]) -> List[int]:
    # Every kingdom stores its alliance label; a merge relabels the whole array.
    label = list(range(n))
    count = [1] * n
    best = 1
    out = []
    for a, b in treaties:
        la, lb = label[a], label[b]
        if la != lb:
            label = [la if x == lb else x for x in label]
            count[la] += count[lb]
            count[lb] = 0
            best = max(best, count[la])
        out.append(best)
    return out
