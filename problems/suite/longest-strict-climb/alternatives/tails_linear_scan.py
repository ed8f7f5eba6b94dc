from typing import List


def longest_strict_climb(altitudes: List[int]) -> int:
    # tails[k] = smallest last altitude of a climb of length k + 1
    tails = []
    for x in altitudes:
        for i in range(len(tails)):
            if tails[i] >= x:
                tails[i] = x
                break
        else:
            tails.append(x)
    return len(tails)
