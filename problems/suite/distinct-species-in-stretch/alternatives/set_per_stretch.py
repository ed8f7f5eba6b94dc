from typing import List


def distinct_species_in_stretch(samples: List[int], stretches: List[List[int]]) -> List[int]:
    return [len(set(samples[lo:hi + 1])) for lo, hi in stretches]
