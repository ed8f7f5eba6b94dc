def fewest_mirror_pieces(s: str) -> int:
    n = len(s)
    dp = [0] + [float("inf")] * n
    for j in range(1, n + 1):
        for i in range(j):
            piece = s[i:j]
            if piece == piece[::-1]:
                dp[j] = min(dp[j], dp[i] + 1)
    return dp[n]
