from typing import List


def smallest_task_sequence(n: int, rules: List[List[int]]) -> List[int]:
    """A build has `n` tasks labelled 0..n-1 (1 <= n <= 200 000). Each rule [a, b] in
    `rules` (at most 300 000, duplicates allowed) says task `a` must run before task
    `b`. Every task runs exactly once, one at a time.

    Return the order of all n tasks that satisfies every rule and is smallest in
    lexicographic order (compare the first label, then the second, and so on).
    If no order satisfies all rules, return an empty list.

    >>> smallest_task_sequence(4, [[3, 1], [2, 1]])
    [0, 2, 3, 1]
    >>> smallest_task_sequence(2, [[0, 1], [1, 0]])
    []
    """
