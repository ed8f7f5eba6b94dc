from typing import List


def widest_xor_pair(values: List[int]) -> int:
    best = 0
    n = len(values)
    for i in range(n):
        a = values[i]
        for j in range(i + 1, n):
            x = a ^ values[j]
            if x > best:
                best = x
    return best
