from typing import List


def nearest_exit_steps(grid: List[str]) -> List[List[int]]:
    """A warehouse floor is given as `grid`, a list of equal-length strings (rows),
    1 <= rows, columns and rows * columns <= 20 000. Each character is '.' (open floor),
    '#' (a shelf, impassable) or 'E' (an emergency exit, also open floor). A worker moves
    one step at a time to the cell directly above, below, left or right, never onto a
    shelf and never off the grid.

    Return a list of lists of the grid's shape whose entry [r][c] is the fewest steps
    from cell (r, c) to any exit (0 on an exit), or -1 if the cell is a shelf or no exit
    can be reached from it.

    >>> nearest_exit_steps(["E..", ".#.", "..E"])
    [[0, 1, 2], [1, -1, 1], [2, 1, 0]]
    >>> nearest_exit_steps([".#E", "##."])
    [[-1, -1, 0], [-1, -1, 1]]
    """
