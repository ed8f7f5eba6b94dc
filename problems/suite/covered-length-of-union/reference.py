from operator import itemgetter


def covered_length(intervals):
    if not intervals:
        return 0
    starts = sorted(map(itemgetter(0), intervals))
    ends = sorted(map(itemgetter(1), intervals))
    # Pairing the i-th smallest start with the i-th smallest end yields intervals
    # with the same union (starts[i] < ends[i] holds). With both lists sorted, the
    # union of the first i of them ends at ends[i - 1], so the only holes are the
    # gaps where starts[i] > ends[i - 1].
    total = ends[-1] - starts[0]
    for s, e in zip(starts[1:], ends):
        if s > e:
            total -= s - e
    return total
