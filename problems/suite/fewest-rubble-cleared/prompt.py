from typing import List


def fewest_rubble_cleared(grid: List[str]) -> int:
    """After an earthquake a city block is mapped as `grid`, a list of equal-length
    strings (rows), 1 <= rows, columns and rows * columns <= 15 000. Each character is
    '.' (a clear cell) or '#' (a cell filled with rubble). A rescuer moves between cells
    that share a side and must clear the rubble of every '#' cell she enters.

    Return the fewest rubble cells she has to clear to go from the top-left cell to the
    bottom-right cell, counting the start and end cells themselves if they hold rubble.

    >>> fewest_rubble_cleared(["..#", "##.", "..."])
    1
    >>> fewest_rubble_cleared(["#.#", "..#", "#.#"])
    2
    """
