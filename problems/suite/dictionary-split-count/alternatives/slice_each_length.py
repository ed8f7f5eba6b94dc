def count_splits(text, words):
    MOD = 10 ** 9 + 7
    vocab = set(words)
    lengths = sorted({len(w) for w in vocab})
    n = len(text)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(n):
        w = ways[i]
        if w:
            for length in lengths:
                if i + length > n:
                    break
                if text[i:i + length] in vocab:
                    ways[i + length] = (ways[i + length] + w) % MOD
    return ways[n]
