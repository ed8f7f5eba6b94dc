def count_anagram_pairs(words):
    # Keep a plain list of (sorted letters, count) groups and search it linearly.
    keys = []
    counts = []
    for w in words:
        key = sorted(w)
        for idx in range(len(keys)):
            if keys[idx] == key:
                counts[idx] += 1
                break
        else:
            keys.append(key)
            counts.append(1)
    return sum(c * (c - 1) // 2 for c in counts)
