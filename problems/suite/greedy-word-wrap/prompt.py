from typing import List


def wrap_words(text: str, width: int) -> List[str]:
    """Wrap `text` greedily into lines of at most `width` characters (1 <= width <= 200).

    `text` (at most 600 000 characters, at most 60 000 words) holds words of
    printable non-space ASCII characters separated by runs of spaces and newlines;
    leading and trailing white space may be present. Words are taken in order. A
    line holds the next word, then keeps taking the following words, joined by
    single spaces, as long as the line stays at most `width` characters long. A
    word longer than `width` therefore sits alone on its line. Return the list of
    lines (empty if the text has no word).

    >>> wrap_words("the quick brown fox jumps over the lazy dog", 10)
    ['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']
    >>> wrap_words("  a\\n  bb   extraordinary c ", 5)
    ['a bb', 'extraordinary', 'c']
    >>> wrap_words("   ", 3)
    []
    """
