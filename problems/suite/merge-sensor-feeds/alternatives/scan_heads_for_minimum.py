from typing import List


def merge_order(feeds: List[List[int]]) -> List[int]:
    pos = [0] * len(feeds)
    total = sum(len(f) for f in feeds)
    result = []
    for _ in range(total):
        best = -1
        for i in range(len(feeds)):
            if pos[i] < len(feeds[i]):
                if best == -1 or feeds[i][pos[i]] < feeds[best][pos[best]]:
                    best = i
        result.append(best)
        pos[best] += 1
    return result
