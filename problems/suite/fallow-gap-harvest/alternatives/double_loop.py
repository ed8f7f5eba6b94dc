from typing import List


def fallow_gap_harvest(yields: List[int], gap: int) -> int:
    n = len(yields)
    end = [0] * n
    answer = 0
    for i in range(n):
        best = 0
        for j in range(i - gap - 1, -1, -1):
            if end[j] > best:
                best = end[j]
        end[i] = yields[i] + best
        if end[i] > answer:
            answer = end[i]
    return answer
