from itertools import repeat
from operator import rshift, xor
from typing import List


def widest_xor_pair(values: List[int]) -> int:
    # Decide the answer bit by bit from the top: bit b can be 1 iff two prefixes
    # (values >> b) XOR to (answer so far with bit b set). All set work happens in C.
    top = max(values).bit_length()
    ans = 0
    for b in range(top - 1, -1, -1):
        prefixes = set(map(rshift, values, repeat(b)))
        cand = (ans << 1) | 1
        if not prefixes.isdisjoint(map(xor, prefixes, repeat(cand))):
            ans = cand
        else:
            ans = cand ^ 1
    return ans
