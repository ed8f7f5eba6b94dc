def count_palindromic_substrings(s):
    n = len(s)
    rev = s[::-1]
    total = 0

    def mirrored(a, b):
        # is s[a:b] a palindrome?  compare with the matching slice of the reversed string
        return s[a:b] == rev[n - b:n - a]

    for centre in range(2 * n - 1):
        lo = centre // 2
        hi = lo + centre % 2
        # largest r such that s[lo - r + 1 : hi + r] is a palindrome (r of them centred here)
        top = min(lo + 1, n - hi)
        good, bad = 0, top + 1
        while bad - good > 1:
            mid = (good + bad) // 2
            if mirrored(lo - mid + 1, hi + mid):
                good = mid
            else:
                bad = mid
        total += good
    return total
