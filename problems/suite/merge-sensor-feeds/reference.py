def merge_order(feeds):
    stamps = []
    sources = []
    for i, feed in enumerate(feeds):
        stamps.extend(feed)
        sources.extend([i] * len(feed))
    # A stable sort by timestamp keeps sensor order, then feed order, among equals;
    # every feed is one sorted run, so timsort only merges the k runs.
    order = sorted(range(len(stamps)), key=stamps.__getitem__)
    return [sources[j] for j in order]
