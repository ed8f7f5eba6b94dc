from typing import List


def count_anagram_pairs(words: List[str]) -> int:
    """Count the index pairs (i, j), i < j, such that words[i] and words[j] are anagrams.

    Two words are anagrams when one is a rearrangement of the other, i.e. they
    contain exactly the same letters with the same multiplicities (identical
    words count as anagrams too). Every word consists of 0 to 12 lowercase
    ASCII letters, and there are at most 50 000 words.

    >>> count_anagram_pairs(["tops", "spot", "post", "stop", "pots", "top"])
    10
    >>> count_anagram_pairs(["ab", "ba", "ab", "abb"])
    3
    >>> count_anagram_pairs(["x"])
    0
    """
