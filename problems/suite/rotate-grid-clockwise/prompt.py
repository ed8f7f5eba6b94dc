from typing import List


def rotate_clockwise(grid: List[List[int]]) -> List[List[int]]:
    """Return a new grid equal to `grid` rotated by 90 degrees clockwise.

    `grid` is a list of r rows, each a list of c integers (all rows have the
    same length, 1 <= c when r >= 1; r * c <= 500 000). The result has c rows
    of r integers: its row i is column i of `grid` read from the bottom row
    up to the top row. An empty grid gives an empty list. The input must not
    be modified.

    >>> rotate_clockwise([[1, 2, 3], [4, 5, 6]])
    [[4, 1], [5, 2], [6, 3]]
    >>> rotate_clockwise([[7], [8], [9]])
    [[9, 8, 7]]
    >>> rotate_clockwise([])
    []
    """
