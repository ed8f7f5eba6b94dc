from collections import Counter


def count_anagram_pairs(words):
    # the sorted-letter signature of every word, then how often each occurs
    keys = ["".join(sorted(w)) for w in words]
    counts = Counter(keys)
    return sum(c * (c - 1) // 2 for c in counts.values())
