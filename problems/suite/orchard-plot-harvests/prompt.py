from typing import List


def plot_harvests(grid: List[List[int]], plots: List[List[int]]) -> List[int]:
    """An orchard is a grid of trees with R rows and C columns (1 <= R, C <= 66);
    `grid[r][c]` is the yield of the tree in row r, column c (0 <= yield <= 10**6).
    Each entry [r1, c1, r2, c2] of `plots` (at most 15 000 entries,
    0 <= r1 <= r2 < R, 0 <= c1 <= c2 < C) is the rectangle of trees with row in
    r1..r2 and column in c1..c2, both inclusive.

    Return the total yield of each plot, in the order the plots are given.

    >>> plot_harvests([[1, 2, 3], [4, 5, 6]], [[0, 0, 1, 2], [1, 1, 1, 2], [0, 1, 1, 1]])
    [21, 11, 7]
    >>> plot_harvests([[7]], [[0, 0, 0, 0]])
    [7]
    >>> plot_harvests([[1, 1], [1, 1]], [])
    []
    """
