from typing import List


def finish_times(bursts: List[int], quantum: int) -> List[int]:
    queue = [[i, b] for i, b in enumerate(bursts)]
    result = [0] * len(bursts)
    time = 0
    while queue:
        job = queue.pop(0)
        run = min(quantum, job[1])
        time += run
        job[1] -= run
        if job[1] > 0:
            queue.append(job)
        else:
            result[job[0]] = time
    return result
