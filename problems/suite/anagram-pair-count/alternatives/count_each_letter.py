LETTERS = "abcdefghijklmnopqrstuvwxyz"


def count_anagram_pairs(words):
    groups = {}
    for w in words:
        key = tuple(w.count(ch) for ch in LETTERS)
        groups[key] = groups.get(key, 0) + 1
    total = 0
    for c in groups.values():
        total += c * (c - 1) // 2
    return total
