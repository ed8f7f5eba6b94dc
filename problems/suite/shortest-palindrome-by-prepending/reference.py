def shortest_front_palindrome(s):
    n = len(s)
    if n < 2:
        return s
    rev = s[::-1]
    # prefix function (failure links) of s
    fail = [0]
    push = fail.append
    k = 0
    for c in s[1:]:
        if s[k] == c:
            k += 1
        elif k:
            k = fail[k - 1]
            while k and s[k] != c:
                k = fail[k - 1]
            if s[k] == c:
                k += 1
        push(k)
    # Feed the reversed string to the matcher: the final state is the longest
    # prefix of s that is also a suffix of rev, i.e. the longest palindromic prefix.
    k = 0
    last = n - 1
    for c in rev:
        if s[k] == c:
            if k == last:
                return s  # s itself is a palindrome
            k += 1
        elif k:
            k = fail[k - 1]
            while k and s[k] != c:
                k = fail[k - 1]
            if s[k] == c:
                k += 1
    return rev[:n - k] + s
