from bisect import bisect_left
from typing import List, Tuple


def nested_crate_chain(crates: List[Tuple[int, int]]) -> int:
    # Sort by width ascending and, for equal widths, depth descending, so that crates
    # of equal width can never chain; then find the longest strictly increasing run of
    # depths with patience sorting.
    order = sorted(crates, key=lambda c: (c[0], -c[1]))
    tails: List[int] = []
    append = tails.append
    n = 0
    for _, d in order:
        i = bisect_left(tails, d)
        if i == n:
            append(d)
            n += 1
        else:
            tails[i] = d
    return n
