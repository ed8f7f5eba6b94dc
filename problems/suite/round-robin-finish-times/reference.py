def finish_times(bursts, quantum):
    # Job i needs r_i = ceil(b_i / q) slices and finishes in round r_i, where every
    # round serves the jobs still unfinished in index order. Up to that moment a job
    # j has used: b_j if r_j < r_i, or if r_j == r_i and j <= i; r_i * q if
    # r_j > r_i and j < i; (r_i - 1) * q if r_j >= r_i and j > i. Jobs are taken in
    # decreasing r; a Fenwick tree counts earlier-indexed jobs with a larger r.
    n = len(bursts)
    q = quantum
    rounds = [(b + q - 1) // q for b in bursts]
    order = sorted(range(n), key=rounds.__getitem__)  # by r, then by index
    finish = [0] * n
    tree = [0] * (n + 1)
    remaining = sum(bursts)  # bursts of the jobs not yet handled (r <= current)
    greater = 0  # number of jobs with a larger r
    end = n
    while end:
        r = rounds[order[end - 1]]
        start = end - 1
        while start and rounds[order[start - 1]] == r:
            start -= 1
        group = order[start:end]  # the jobs with this r, by index
        m = len(group)
        gsum = sum([bursts[i] for i in group])
        remaining -= gsum
        full = r * q
        part = full - q
        acc = remaining  # bursts of all jobs with a smaller r
        after = greater + m - 1
        if greater:
            for i in group:
                c = 0
                x = i
                while x:
                    c += tree[x]
                    x &= x - 1
                acc += bursts[i]
                finish[i] = acc + full * c + part * (after - c)
                after -= 1
            for i in group:
                x = i + 1
                while x <= n:
                    tree[x] += 1
                    x += x & -x
        else:
            for i in group:
                acc += bursts[i]
                finish[i] = acc + part * after
                after -= 1
            for i in group:
                x = i + 1
                while x <= n:
                    tree[x] += 1
                    x += x & -x
        greater += m
        end = start
    return finish
