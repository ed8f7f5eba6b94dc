def covered_length(intervals):
    blocks = []  # disjoint [start, end] blocks, unordered
    for a, b in intervals:
        kept = []
        for c, d in blocks:
            if d < a or b < c:
                kept.append([c, d])
            else:
                # overlapping or touching: absorb the block into the new one
                if c < a:
                    a = c
                if d > b:
                    b = d
        kept.append([a, b])
        blocks = kept
    return sum(d - c for c, d in blocks)
