from typing import List


def largest_banner(heights: List[int]) -> int:
    """Return the largest area of an axis-aligned rectangle that fits inside a skyline.

    The skyline is a row of buildings of width 1 standing side by side on the
    ground; building i has height heights[i] (0 <= heights[i] <= 10**9,
    0 <= len(heights) <= 100 000). A rectangle resting on the ground and
    spanning buildings i..j (inclusive) can be at most min(heights[i..j]) tall,
    so the answer is the maximum of (j - i + 1) * min(heights[i..j]) over all
    i <= j, or 0 if there are no buildings.

    >>> largest_banner([2, 4, 5, 1, 3, 3])
    8
    >>> largest_banner([6])
    6
    >>> largest_banner([0, 0])
    0
    """
