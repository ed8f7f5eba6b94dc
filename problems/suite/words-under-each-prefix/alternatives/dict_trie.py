def count_words_with_prefix(words, prefixes):
    root = {}
    counts = {}
    # a trie of nested dicts; every node remembers how many words pass through it
    for w in words:
        node = root
        counts[id(node)] = counts.get(id(node), 0) + 1
        for ch in w:
            node = node.setdefault(ch, {})
            counts[id(node)] = counts.get(id(node), 0) + 1
    result = []
    for p in prefixes:
        node = root
        for ch in p:
            node = node.get(ch)
            if node is None:
                break
        result.append(0 if node is None else counts.get(id(node), 0))
    return result
