from typing import List


def paint_layer_thickness(n: int, strokes: List[List[int]]) -> List[int]:
    """A fence has n boards numbered 0..n-1 (0 <= n <= 6 000), all bare.
    Each entry [lo, hi, t] of `strokes` (at most 6 000 entries,
    0 <= lo <= hi < n, 1 <= t <= 1000) puts a coat of thickness t on every
    board lo..hi inclusive; coats pile up.

    Return a list of n integers: the total thickness on each board after all
    strokes.

    >>> paint_layer_thickness(5, [[0, 2, 3], [1, 4, 1], [2, 2, 10]])
    [3, 4, 14, 1, 1]
    >>> paint_layer_thickness(3, [])
    [0, 0, 0]
    >>> paint_layer_thickness(0, [])
    []
    """
