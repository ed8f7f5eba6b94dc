def fewest_mirror_pieces(s: str) -> int:
    """A banner carries the text `s` (1 <= len(s) <= 4 000, lowercase letters). It is
    to be cut into consecutive pieces so that every piece reads the same forwards and
    backwards (a single letter always does).

    Return the smallest possible number of pieces.

    >>> fewest_mirror_pieces("abacdc")
    2
    >>> fewest_mirror_pieces("abc")
    3
    >>> fewest_mirror_pieces("noon")
    1
    """
