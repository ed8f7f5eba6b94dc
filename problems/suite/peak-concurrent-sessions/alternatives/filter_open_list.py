def peak_concurrency(sessions):
    ordered = sorted(sessions, key=lambda p: p[0])
    open_ends = []
    best = 0
    for s, e in ordered:
        # drop everything that has closed by time s, then add this session
        open_ends = [x for x in open_ends if x > s]
        open_ends.append(e)
        if len(open_ends) > best:
            best = len(open_ends)
    return best
