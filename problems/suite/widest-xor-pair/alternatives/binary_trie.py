from typing import List


def widest_xor_pair(values: List[int]) -> int:
    # Insert values into a binary trie (top bit first); for each value walk the trie
    # preferring the opposite bit.
    bits = max(values).bit_length()
    root = [None, None]
    best = 0
    first = True
    for v in values:
        if not first:
            node = root
            cur = 0
            for b in range(bits - 1, -1, -1):
                want = ((v >> b) & 1) ^ 1
                if node[want] is not None:
                    cur |= 1 << b
                    node = node[want]
                else:
                    node = node[want ^ 1]
            if cur > best:
                best = cur
        first = False
        node = root
        for b in range(bits - 1, -1, -1):
            bit = (v >> b) & 1
            if node[bit] is None:
                node[bit] = [None, None]
            node = node[bit]
    return best
