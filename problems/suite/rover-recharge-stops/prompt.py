from typing import List


def rover_recharge_stops(goal: int, battery: int, depots: List[List[int]]) -> int:
    """A rover starts at position 0 of a straight track and must reach position `goal`
    (1 <= goal <= 10**9). It starts with `battery` units of charge (0 <= battery <= 10**9)
    and moving one unit of distance uses one unit of charge; its battery has no upper
    limit. Each entry [position, charge] of `depots` (at most 100 000 entries, given in
    any order, 0 < position < goal, 1 <= charge <= 10**9) is a depot where the rover may
    stop once and receive exactly `charge` units. The rover can only move forward and
    may stop at a depot it reaches with 0 charge left; arriving at the goal with 0
    charge is fine.

    Return the smallest number of depot stops needed to reach the goal, or -1 if the
    goal cannot be reached.

    >>> rover_recharge_stops(100, 30, [[10, 60], [20, 30], [30, 30], [60, 40]])
    2
    >>> rover_recharge_stops(50, 10, [[20, 100]])
    -1
    >>> rover_recharge_stops(5, 5, [])
    0
    """
