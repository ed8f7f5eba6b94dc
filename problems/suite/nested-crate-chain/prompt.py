from typing import List, Tuple


def nested_crate_chain(crates: List[Tuple[int, int]]) -> int:
    """A warehouse has n crates (0 <= n <= 4 000); crate i has a fixed footprint
    `crates[i] = (width, depth)` with 1 <= width, depth <= 10**9. Crate a fits inside
    crate b when width_a < width_b and depth_a < depth_b, both strictly (crates may not
    be rotated).

    Return the largest number of crates that can be put one inside another, i.e. the
    length of the longest sequence of crates in which every crate fits inside the next.
    An empty warehouse gives 0.

    >>> nested_crate_chain([(5, 4), (6, 4), (6, 7), (2, 3)])
    3
    >>> nested_crate_chain([(3, 3), (3, 3)])
    1
    >>> nested_crate_chain([(1, 5), (2, 4), (3, 3)])
    1
    """
