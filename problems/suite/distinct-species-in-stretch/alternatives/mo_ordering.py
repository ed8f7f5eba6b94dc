from typing import List


def distinct_species_in_stretch(samples: List[int], stretches: List[List[int]]) -> List[int]:
    # Mo's algorithm: answer the stretches in block order while moving a window.
    n = len(samples)
    ids = {}
    vals = [ids.setdefault(s, len(ids)) for s in samples]
    block = max(1, int(n ** 0.5))
    order = sorted(range(len(stretches)),
                   key=lambda q: (stretches[q][0] // block, stretches[q][1]))
    count = [0] * len(ids)
    distinct = 0
    cur_lo, cur_hi = 0, -1
    answer = [0] * len(stretches)
    for q in order:
        lo, hi = stretches[q]
        while cur_hi < hi:
            cur_hi += 1
            v = vals[cur_hi]
            if count[v] == 0:
                distinct += 1
            count[v] += 1
        while cur_lo > lo:
            cur_lo -= 1
            v = vals[cur_lo]
            if count[v] == 0:
                distinct += 1
            count[v] += 1
        while cur_hi > hi:
            v = vals[cur_hi]
            count[v] -= 1
            if count[v] == 0:
                distinct -= 1
            cur_hi -= 1
        while cur_lo < lo:
            v = vals[cur_lo]
            count[v] -= 1
            if count[v] == 0:
                distinct -= 1
            cur_lo += 1
        answer[q] = distinct
    return answer
