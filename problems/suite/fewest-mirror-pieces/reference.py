def fewest_mirror_pieces(s: str) -> int:
    # best[i] = fewest pieces for s[:i]. Expand every palindrome around its centre once
    # (centres in increasing order, so best[l] is final when it is read): the work is
    # n plus the number of palindromic substrings.
    n = len(s)
    best = list(range(n + 1))
    for c in range(n):
        # odd length, centre c
        l = r = c
        while l >= 0 and r < n and s[l] == s[r]:
            v = best[l] + 1
            if v < best[r + 1]:
                best[r + 1] = v
            l -= 1
            r += 1
        # even length, centre between c and c + 1
        l, r = c, c + 1
        while l >= 0 and r < n and s[l] == s[r]:
            v = best[l] + 1
            if v < best[r + 1]:
                best[r + 1] = v
            l -= 1
            r += 1
    return best[n]
