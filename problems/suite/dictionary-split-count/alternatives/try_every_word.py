def count_splits(text, words):
    MOD = 10 ** 9 + 7
    vocab = list(set(words))
    n = len(text)
    dp = [0] * (n + 1)
    dp[0] = 1
    for i in range(n):
        if dp[i]:
            for w in vocab:
                if text.startswith(w, i):
                    dp[i + len(w)] = (dp[i + len(w)] + dp[i]) % MOD
    return dp[n]
