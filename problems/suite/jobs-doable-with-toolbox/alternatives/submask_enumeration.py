from collections import Counter
from typing import List


def jobs_doable_with_toolbox(bits: int, jobs: List[int], toolboxes: List[int]) -> List[int]:
    count = Counter(jobs)
    result = []
    for box in toolboxes:
        s = box
        acc = 0
        while True:  # every submask of box, including 0
            acc += count.get(s, 0)
            if s == 0:
                break
            s = (s - 1) & box
        result.append(acc)
    return result
