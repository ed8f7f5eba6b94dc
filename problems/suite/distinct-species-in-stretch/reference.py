from typing import List


def distinct_species_in_stretch(samples: List[int], stretches: List[List[int]]) -> List[int]:
    # A species is counted in [lo, hi] at the first point i in the stretch where it
    # appears, i.e. where its previous occurrence prev[i] < lo. Since every i < lo has
    # prev[i] < i < lo, the answer is #{i <= hi : prev[i] < lo} - lo.
    # Sweep i upward, inserting prev[i] into a Fenwick tree over values, and answer
    # each stretch when the sweep reaches its hi: one update and one query per item.
    n = len(samples)
    by_hi = [[] for _ in range(n)]
    for qi, (lo, hi) in enumerate(stretches):
        by_hi[hi].append((lo, qi))
    tree = [0] * (n + 1)  # Fenwick over prev[i] + 1 in 1..n-1 (index = prev + 1)
    last = {}
    answer = [0] * len(stretches)
    firsts = 0  # points with no previous occurrence (prev = -1 < any lo)
    get = last.get
    for i in range(n):
        s = samples[i]
        prev = get(s)
        last[s] = i
        if prev is None:
            firsts += 1
        else:
            j = prev + 1
            while j <= n:
                tree[j] += 1
                j += j & -j
        qs = by_hi[i]
        if qs:
            for lo, qi in qs:
                tot = firsts - lo
                j = lo  # prev < lo  <=>  prev + 1 <= lo
                while j:
                    tot += tree[j]
                    j &= j - 1
                answer[qi] = tot
    return answer
