from typing import List


def guest_list_without_direct_boss(boss: List[int], cheer: List[int]) -> int:
    """A company has n employees numbered 0 to n - 1 (1 <= n <= 6 000) forming one
    hierarchy: `boss[i]` is the direct boss of employee i, and exactly one employee
    (the director) has `boss[i] == -1`. Following bosses from anyone always reaches the
    director. Labels are arbitrary: a boss may have a larger number than the report.
    Inviting employee i to the party adds `cheer[i]` (-10**6 <= cheer[i] <= 10**6)
    to the fun.

    No employee may be invited together with their direct boss (indirect bosses are
    fine). Return the largest total cheer of a guest list obeying this rule; the empty
    guest list gives 0.

    >>> guest_list_without_direct_boss([-1, 0, 0, 1], [5, 3, 4, 6])
    11
    >>> guest_list_without_direct_boss([1, -1, 1], [10, 1, 10])
    20
    >>> guest_list_without_direct_boss([-1], [-7])
    0
    """
