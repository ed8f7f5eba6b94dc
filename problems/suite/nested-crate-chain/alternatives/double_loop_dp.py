from typing import List, Tuple


def nested_crate_chain(crates: List[Tuple[int, int]]) -> int:
    boxes = sorted(crates)
    n = len(boxes)
    dp = [1] * n
    best = 0
    for i in range(n):
        for j in range(i):
            if boxes[j][0] < boxes[i][0] and boxes[j][1] < boxes[i][1] and dp[j] + 1 > dp[i]:
                dp[i] = dp[j] + 1
        if dp[i] > best:
            best = dp[i]
    return best
