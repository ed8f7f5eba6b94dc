def shortest_front_palindrome(s):
    n = len(s)
    rev = s[::-1]
    for k in range(n, 0, -1):
        if s[:k] == rev[n - k:]:
            return rev[:n - k] + s
    return s
