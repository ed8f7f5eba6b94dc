def shortest_front_palindrome(s: str) -> str:
    """Return the shortest palindrome that can be obtained by inserting characters only at the front of s.

    `s` has 0 to 100 000 lowercase ASCII letters. The result must end with
    `s` and read the same backwards; among all such strings return the
    shortest one (it is unique).

    >>> shortest_front_palindrome("abacd")
    'dcabacd'
    >>> shortest_front_palindrome("aab")
    'baab'
    >>> shortest_front_palindrome("")
    ''
    """
