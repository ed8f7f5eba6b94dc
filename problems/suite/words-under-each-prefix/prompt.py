from typing import List


def count_words_with_prefix(words: List[str], prefixes: List[str]) -> List[int]:
    """For every string in `prefixes`, count the words of `words` that start with it.

    Return a list whose i-th entry is the number of indices j such that
    words[j] starts with prefixes[i] (a word starts with itself, and every
    word starts with the empty prefix; equal words are counted separately).
    Words and prefixes consist of 0 to 12 lowercase ASCII letters; there are
    at most 2 500 words and at most 2 500 prefixes.

    >>> count_words_with_prefix(["car", "cart", "cat", "dog", "car"], ["ca", "car", "d", "", "cars"])
    [4, 3, 1, 5, 0]
    >>> count_words_with_prefix([], ["a"])
    [0]
    """
