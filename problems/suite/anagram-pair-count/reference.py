from collections import Counter


def count_anagram_pairs(words):
    counts = Counter(map("".join, map(sorted, words)))
    return sum([c * (c - 1) for c in counts.values() if c > 1]) // 2
