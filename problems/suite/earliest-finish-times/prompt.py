from typing import List


def earliest_finish_times(duration: List[int], after: List[List[int]]) -> List[int]:
    """A project has n tasks numbered 0..n-1 (1 <= n <= 10 000); task i takes
    duration[i] days (1 <= duration[i] <= 1 000). Each entry [a, b] of `after` (at most
    30 000 entries, no entry repeated, a != b) says that task b cannot start before task a
    has finished. The rules never form a cycle. Any number of tasks may run at the same
    time, and each task starts as soon as all the tasks it waits for have finished
    (tasks waiting for nothing start on day 0).

    Return a list whose i-th entry is the day on which task i finishes.

    >>> earliest_finish_times([3, 2, 4], [[0, 2], [1, 2]])
    [3, 2, 7]
    >>> earliest_finish_times([5, 1, 1, 1], [[3, 2], [2, 1], [1, 0]])
    [8, 3, 2, 1]
    """
