from typing import List


def jobs_doable_with_toolbox(bits: int, jobs: List[int], toolboxes: List[int]) -> List[int]:
    result = []
    for box in toolboxes:
        result.append(sum(1 for job in jobs if job & box == job))
    return result
