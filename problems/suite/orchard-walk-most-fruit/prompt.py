from typing import List


def orchard_walk_most_fruit(grid: List[List[int]]) -> int:
    """An orchard is a grid of R rows and C columns (1 <= R, C and R * C <= 130 000).
    `grid[r][c]` is the number of fruits on plot (r, c) (0 <= grid[r][c] <= 1000), or
    -1 when the plot is fenced off and cannot be entered.

    A picker starts on plot (0, 0), may only step one plot right (c + 1) or one plot
    down (r + 1), and must end on plot (R - 1, C - 1); it picks all the fruit on every
    plot it stands on, including the first and the last. Return the most fruit a walk
    can collect, or -1 when no walk exists (in particular when the start or the end
    plot is fenced). Do not modify `grid`.

    >>> orchard_walk_most_fruit([[1, 2, 3], [4, -1, 6], [7, 8, 9]])
    29
    >>> orchard_walk_most_fruit([[5, -1], [-1, 5]])
    -1
    >>> orchard_walk_most_fruit([[0]])
    0
    """
