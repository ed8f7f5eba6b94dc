from collections import Counter


def count_repeated_snippets(s, k):
    n = len(s)
    if k > n:
        return 0
    counts = Counter(map(s.__getitem__, map(slice, range(n - k + 1), range(k, n + 1))))
    return sum([1 for c in counts.values() if c > 1])
