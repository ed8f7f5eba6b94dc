from bisect import bisect_left


def shared_subsequence_length(first: str, second: str) -> int:
    # Hunt-Szymanski: walk over all matching position pairs, maintaining the smallest
    # possible end position in `second` of a common subsequence of each length.
    where = {}
    for j, ch in enumerate(second):
        where.setdefault(ch, []).append(j)
    for ch in where:
        where[ch].reverse()  # descending, so one row cannot extend itself
    ends = []
    for ch in first:
        for j in where.get(ch, ()):
            k = bisect_left(ends, j)
            if k == len(ends):
                ends.append(j)
            else:
                ends[k] = j
    return len(ends)
