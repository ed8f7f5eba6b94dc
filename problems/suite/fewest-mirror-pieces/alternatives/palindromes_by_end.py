def fewest_mirror_pieces(s: str) -> int:
    n = len(s)
    # every palindromic piece s[l:r + 1], filed by its last index r as its start l
    starts = [[] for _ in range(n)]
    for c in range(n):
        for l, r in ((c, c), (c, c + 1)):
            while l >= 0 and r < n and s[l] == s[r]:
                starts[r].append(l)
                l -= 1
                r += 1
    # best[i] = fewest pieces for s[:i]
    best = [0] * (n + 1)
    for i in range(1, n + 1):
        best[i] = min(best[l] for l in starts[i - 1]) + 1
    return best[n]
