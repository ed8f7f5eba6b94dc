from typing import List


def finish_times(bursts: List[int], quantum: int) -> List[int]:
    """A single processor runs n jobs (n <= 8 000) with round-robin scheduling.
    Job i needs bursts[i] units of processor time (1 <= bursts[i] <= 10**9); the
    time slice is `quantum` units (1 <= quantum <= 10**9).

    At time 0 all jobs wait in a queue in index order. Repeatedly, the job at the
    front of the queue runs for min(quantum, its remaining time) units; if it still
    needs time, it then goes to the back of the queue, otherwise it is finished.
    Switching between jobs takes no time.

    Return the list whose i-th entry is the time at which job i finishes.

    >>> finish_times([5, 2, 7], 3)
    [10, 5, 14]
    >>> finish_times([4, 4], 4)
    [4, 8]
    >>> finish_times([], 1)
    []
    """
