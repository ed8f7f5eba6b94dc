def fewest_mirror_pieces(s: str) -> int:
    n = len(s)
    # pal[i][j]: s[i..j] is a palindrome
    pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            if s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1]):
                pal[i][j] = True
    cuts = [0] * (n + 1)
    for j in range(1, n + 1):
        best = j
        for i in range(j):
            if pal[i][j - 1] and cuts[i] + 1 < best:
                best = cuts[i] + 1
        cuts[j] = best
    return cuts[n]
