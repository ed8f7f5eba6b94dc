from typing import List


def crew_to_post_assignments(qualified: List[List[int]]) -> int:
    """A ship has n crew members and n posts (0 <= n <= 13). `qualified[i][j]` is 1
    when crew member i may take post j and 0 otherwise (an n x n table).

    Count the assignments that give every crew member exactly one post they are
    qualified for, no post going to two members (so every post is filled). For n = 0
    there is exactly one (empty) assignment. Return the exact count.

    >>> crew_to_post_assignments([[1, 1], [1, 1]])
    2
    >>> crew_to_post_assignments([[1, 1, 0], [0, 1, 1], [1, 0, 1]])
    2
    >>> crew_to_post_assignments([[1, 0], [1, 0]])
    0
    """
