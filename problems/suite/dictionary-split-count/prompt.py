from typing import List


def count_splits(text: str, words: List[str]) -> int:
    """Count the ways to cut `text` into pieces that are all dictionary words, modulo 1 000 000 007.

    A split is a sequence of non-empty strings, each equal to some entry of
    `words`, whose concatenation is `text`; a dictionary word may be used any
    number of times. Two splits differ when their cut positions differ
    (duplicate entries in `words` do not create extra splits). The empty
    text has exactly one split. `text` has at most 10 000 lowercase ASCII
    letters; `words` has at most 500 entries, each of 1 to 20 lowercase
    ASCII letters.

    >>> count_splits("catsand", ["cat", "cats", "sand", "and", "s"])
    3
    >>> count_splits("aaaa", ["a", "aa"])
    5
    >>> count_splits("abc", ["ab", "a"])
    0
    """
