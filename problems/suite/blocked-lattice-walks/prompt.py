from typing import List


def blocked_lattice_walks(rows: int, cols: int, blocked: List[List[int]]) -> int:
    """A field is a grid of `rows` x `cols` plots (1 <= rows, cols <= 200 000); plot
    [r, c] has 0 <= r < rows and 0 <= c < cols. A walker starts on plot [0, 0] and
    must reach plot [rows - 1, cols - 1], each step moving either to [r + 1, c] or to
    [r, c + 1]. The walker may never stand on a plot listed in `blocked` (at most
    3 000 entries, possibly repeated, possibly including the start or the goal).

    Return the number of different walks modulo 1_000_000_007.

    >>> blocked_lattice_walks(3, 3, [[1, 1]])
    2
    >>> blocked_lattice_walks(2, 3, [])
    3
    >>> blocked_lattice_walks(2, 2, [[0, 0]])
    0
    """
