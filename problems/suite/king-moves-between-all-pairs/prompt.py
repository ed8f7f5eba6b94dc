from typing import List, Tuple


def king_moves_between_all_pairs(squares: List[Tuple[int, int]]) -> int:
    """A chess king stands on an unbounded board and moves one square in any of the
    8 directions per move, so it needs max(|x1 - x2|, |y1 - y2|) moves to go from
    square (x1, y1) to square (x2, y2).

    Given n squares (0 <= n <= 5 000; integer coordinates with
    -10**9 <= x, y <= 10**9; squares may repeat), return the total number of king
    moves over all unordered pairs of them: the sum, over all i < j, of the moves
    needed between squares[i] and squares[j].

    >>> king_moves_between_all_pairs([(0, 0), (2, 1), (-1, 3)])
    8
    >>> king_moves_between_all_pairs([(5, 5)])
    0
    >>> king_moves_between_all_pairs([(0, 0), (0, 0), (1, -1)])
    2
    """
