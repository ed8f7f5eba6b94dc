from bisect import bisect_left


def longest_known_prefix(words, queries):
    ordered = sorted(set(words))
    n = len(ordered)
    result = []
    append = result.append
    for q in queries:
        # the best word is a neighbour of the query's place in sorted order
        i = bisect_left(ordered, q)
        best = 0
        for j in (i - 1, i):
            if 0 <= j < n:
                k = 0
                for x, y in zip(ordered[j], q):
                    if x != y:
                        break
                    k += 1
                if k > best:
                    best = k
        append(best)
    return result
