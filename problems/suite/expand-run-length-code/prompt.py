def expand_runs(code: str) -> str:
    """Expand a run-length code into the text it stands for.

    The code is a sequence of runs. Each run is one lowercase ASCII letter
    followed by an optional count: a decimal number from 1 to 99 without
    leading zeros, saying how many times the letter is repeated. A letter
    without a count stands for itself once. Return the concatenation of the
    expanded runs, in order. `code` is well formed and has at most 80 000
    characters.

    >>> expand_runs("a3bc12d")
    'aaabccccccccccccd'
    >>> expand_runs("x2x1y")
    'xxxy'
    >>> expand_runs("")
    ''
    """
