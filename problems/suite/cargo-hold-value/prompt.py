from typing import List


def cargo_hold_value(crates: List[List[int]], capacity: int) -> int:
    """A freighter can load crates whose total weight is at most `capacity`
    (0 <= capacity <= 10**5). Each crate is given as [weight, value] with
    0 <= weight <= 10**5 and 0 <= value <= 10**9; there are at most 500 crates.
    Each crate is either loaded whole or left behind (at most once).

    Return the largest total value of a loadable selection of crates.

    >>> cargo_hold_value([[3, 4], [4, 5], [2, 3]], 6)
    8
    >>> cargo_hold_value([[5, 10]], 4)
    0
    >>> cargo_hold_value([[0, 7], [2, 1]], 0)
    7
    """
