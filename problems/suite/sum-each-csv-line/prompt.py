from typing import List


def line_sums(text: str) -> List[int]:
    """Return, for every line of `text`, the sum of the integers written on it.

    `text` (at most 2 000 000 characters) is a sequence of lines, each one
    terminated by a single '\\n' (so an empty text has no lines). A line is
    either empty (its sum is 0) or a list of decimal integers separated by
    single commas, with no spaces; an integer is an optional '-' followed by
    1 to 12 digits (leading zeros are possible). Return the list of line sums
    in order.

    >>> line_sums("1,2,3\\n-4,10\\n\\n007\\n")
    [6, 6, 0, 7]
    >>> line_sums("-5,-5\\n")
    [-10]
    >>> line_sums("")
    []
    """
