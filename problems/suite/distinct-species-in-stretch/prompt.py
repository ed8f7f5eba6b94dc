from typing import List


def distinct_species_in_stretch(samples: List[int], stretches: List[List[int]]) -> List[int]:
    """Samples were taken at points 0..n-1 along a transect (1 <= n <= 200 000);
    `samples[i]` is the species id recorded at point i (0 <= id <= 10**9).
    Each entry [lo, hi] of `stretches` (at most 200 000 entries, 0 <= lo <= hi < n)
    asks how many different species were recorded at points lo..hi inclusive.

    Return the answers in the order the stretches are given.

    >>> distinct_species_in_stretch([3, 1, 3, 2, 1], [[0, 2], [1, 4], [2, 2]])
    [2, 3, 1]
    >>> distinct_species_in_stretch([7, 7, 7], [[0, 2], [1, 1]])
    [1, 1]
    """
