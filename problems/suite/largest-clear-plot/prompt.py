from typing import List


def largest_clear_plot(field: List[str]) -> int:
    """A field map has R rows of equal length C (0 <= R, C <= 220):
    field[r][c] is '.' for a free cell and '#' for a rock.

    Return the largest number of cells of an axis-aligned rectangle made of
    free cells only (rows r1..r2 and columns c1..c2 all free), or 0 if every
    cell is a rock or the map is empty.

    >>> largest_clear_plot(["..#.", "....", "...#"])
    6
    >>> largest_clear_plot(["#"])
    0
    >>> largest_clear_plot([])
    0
    """
