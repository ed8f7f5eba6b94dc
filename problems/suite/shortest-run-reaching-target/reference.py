from itertools import accumulate


def shortest_run_reaching(values, target):
    # Candidate left ends: prefix sums kept increasing in a queue
    # (parallel lists of sums and positions, with a moving head).
    sums = []
    where = []
    push_s = sums.append
    push_w = where.append
    pop_s = sums.pop
    pop_w = where.pop
    head = 0
    size = 0
    none = len(values) + 1
    best = none
    j = 0
    for p in accumulate(values, initial=0):
        t = p - target
        while head < size and sums[head] <= t:
            d = j - where[head]
            if d < best:
                best = d
            head += 1
        while size > head and sums[-1] >= p:
            pop_s()
            pop_w()
            size -= 1
        push_s(p)
        push_w(j)
        size += 1
        j += 1
    return best if best < none else 0
