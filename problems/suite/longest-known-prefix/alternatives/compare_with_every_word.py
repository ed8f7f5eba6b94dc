def longest_known_prefix(words, queries):
    result = []
    for q in queries:
        best = 0
        for w in words:
            k = 0
            while k < len(w) and k < len(q) and w[k] == q[k]:
                k += 1
            best = max(best, k)
        result.append(best)
    return result
