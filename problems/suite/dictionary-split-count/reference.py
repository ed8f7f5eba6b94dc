MOD = 1_000_000_007


def count_splits(text, words):
    # a trie of dicts; the key None marks the end of a word
    root = {}
    for w in words:
        node = root
        for ch in w:
            nxt = node.get(ch)
            if nxt is None:
                nxt = node[ch] = {}
            node = nxt
        node[None] = True
    n = len(text)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(n):
        w = ways[i]
        if not w:
            continue
        node = root
        j = i
        while j < n:
            node = node.get(text[j])
            if node is None:
                break
            j += 1
            if None in node:
                ways[j] = (ways[j] + w) % MOD
    return ways[n]
