from typing import List


def best_streak_with_edits(profits: List[int], operations: List[List[int]]) -> List[int]:
    """A shop recorded its profit for days 0..n-1 in `profits` (1 <= n <= 200 000,
    each value between -10**9 and 10**9; losses are negative). `operations` (at most
    200 000) is processed in order; each is one of:
      [0, day, value]  - the profit of `day` is corrected to `value`;
      [1, lo, hi]      - question (0 <= lo <= hi < n): what is the largest total profit
                         of a non-empty block of consecutive days lying inside
                         days lo..hi, using the current profits?

    Return the answers to the questions, in order.

    >>> best_streak_with_edits([2, -5, 3, 4, -1], [[1, 0, 4], [0, 1, 6], [1, 0, 4], [1, 4, 4]])
    [7, 15, -1]
    >>> best_streak_with_edits([-3, -2], [[1, 0, 1]])
    [-2]
    """
