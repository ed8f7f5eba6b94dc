def count_palindromic_substrings(s):
    n = len(s)
    if n == 0:
        return 0
    # Manacher on "^#a#b#...#$": the sentinels stop every expansion without bounds checks
    t = "^#" + "#".join(s) + "#$"
    m = len(t) - 1
    rad = [0] * m
    center = right = 0
    for i in range(1, m):
        if i < right:
            k = rad[2 * center - i]
            if k < right - i:
                rad[i] = k
                continue
            k = right - i
        else:
            k = 0
        while t[i + k + 1] == t[i - k - 1]:
            k += 1
        rad[i] = k
        center = i
        right = i + k
    # a radius r in t stands for ceil(r / 2) palindromes; r is odd exactly at the n letters
    return (sum(rad) + n) // 2
