def longest_repeat(s):
    def has_repeat(length):
        seen = set()
        for i in range(len(s) - length + 1):
            piece = s[i:i + length]
            if piece in seen:
                return True
            seen.add(piece)
        return False

    lo, hi = 0, len(s) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if has_repeat(mid):
            lo = mid
        else:
            hi = mid - 1
    return max(lo, 0)
