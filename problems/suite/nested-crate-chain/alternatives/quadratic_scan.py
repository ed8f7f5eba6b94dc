from typing import List, Tuple


def nested_crate_chain(crates: List[Tuple[int, int]]) -> int:
    if not crates:
        return 0
    boxes = sorted(crates)
    n = len(boxes)
    dp = [1] * n
    for i in range(n):
        w, d = boxes[i]
        dp[i] = 1 + max([dp[j] for j in range(i) if boxes[j][0] < w and boxes[j][1] < d], default=0)
    return max(dp)
