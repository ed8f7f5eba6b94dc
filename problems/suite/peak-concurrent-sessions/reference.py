from operator import itemgetter


def peak_concurrency(sessions):
    if not sessions:
        return 0
    starts = sorted(map(itemgetter(0), sessions))
    ends = sorted(map(itemgetter(1), sessions))
    # Just after the i-th start, i sessions have opened and `closed` of them
    # have ended (end <= start). closed < i always, so ends[closed] exists.
    best = 0
    closed = 0
    opened = 0
    for s in starts:
        opened += 1
        while ends[closed] <= s:
            closed += 1
        if opened - closed > best:
            best = opened - closed
    return best
