from typing import List


def jobs_doable_with_toolbox(bits: int, jobs: List[int], toolboxes: List[int]) -> List[int]:
    """A workshop uses `bits` kinds of tools (1 <= bits <= 14), numbered 0 to bits - 1.
    Every job and every toolbox is a set of tools written as a bit mask: tool t is in
    the set when bit t is 1, so all masks are in 0 <= mask < 2**bits. There are at most
    20 000 jobs and at most 20 000 toolboxes; masks may repeat.

    A toolbox can do a job when it holds every tool the job needs (the job's mask is a
    subset of the toolbox's). Return a list whose i-th entry is the number of jobs
    (counted with repetition) that `toolboxes[i]` can do.

    >>> jobs_doable_with_toolbox(3, [0b001, 0b011, 0b100, 0b011], [0b011, 0b111, 0b000])
    [3, 4, 0]
    >>> jobs_doable_with_toolbox(2, [0, 0, 3], [1, 3])
    [2, 3]
    >>> jobs_doable_with_toolbox(4, [], [5])
    [0]
    """
