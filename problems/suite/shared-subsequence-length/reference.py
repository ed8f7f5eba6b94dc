def shared_subsequence_length(first: str, second: str) -> int:
    # Bit-parallel LCS: one machine-word-style big integer holds a whole DP row.
    if len(first) < len(second):
        first, second = second, first
    m = len(second)
    if m == 0:
        return 0
    masks = {}
    for i, ch in enumerate(second):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    v = full
    get = masks.get
    for ch in first:
        pm = get(ch)
        if pm:
            u = v & pm
            v = ((v + u) | (v - u)) & full
    return m - bin(v).count("1")
