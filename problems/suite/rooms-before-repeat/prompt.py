from typing import List


def rooms_before_repeat(door: List[int]) -> List[int]:
    """A maze has n rooms numbered 0..n-1 (1 <= n <= 20 000). Every room has exactly
    one exit door, leading to room door[i] (0 <= door[i] < n; it may lead back into
    room i itself). A visitor starting in room s keeps walking through exit doors
    forever, so sooner or later some room is entered a second time.

    Return a list whose i-th entry is the number of distinct rooms the visitor sees
    when starting in room i (room i itself included).

    >>> rooms_before_repeat([1, 2, 0, 0, 3])
    [3, 3, 3, 4, 5]
    >>> rooms_before_repeat([0, 0, 3, 2])
    [1, 2, 2, 2]
    """
