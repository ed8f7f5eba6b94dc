def longest_known_prefix(words, queries):
    prefixes = set()
    for w in words:
        for k in range(1, len(w) + 1):
            prefixes.add(w[:k])
    result = []
    for q in queries:
        k = len(q)
        while k > 0 and q[:k] not in prefixes:
            k -= 1
        result.append(k)
    return result
