from collections import deque
from typing import List


def finish_times(bursts: List[int], quantum: int) -> List[int]:
    queue = deque((i, b) for i, b in enumerate(bursts))
    result = [0] * len(bursts)
    time = 0
    while queue:
        i, left = queue.popleft()
        run = min(quantum, left)
        time += run
        left -= run
        if left > 0:
            queue.append((i, left))
        else:
            result[i] = time
    return result
