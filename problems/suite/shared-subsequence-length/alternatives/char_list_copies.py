def shared_subsequence_length(first: str, second: str) -> int:
    # Bit-parallel LCS over lists of the characters.
    a = list(first)
    b = list(second)
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return 0
    masks = {}
    for i, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    v = full
    for ch in a:
        pm = masks.get(ch, 0)
        if pm:
            u = v & pm
            v = ((v + u) | (v - u)) & full
    return m - bin(v).count("1")
