def deepest_bracket_nesting(text: str) -> int:
    """Return the deepest bracket nesting of `text`, or -1 if its brackets are not well formed.

    `text` consists of lowercase letters, spaces and the bracket characters
    ( ) [ ] { }. Letters and spaces are ignored. The brackets are well formed
    when every closing bracket closes the most recent still-open bracket of
    the same kind and no bracket is left open at the end. The nesting depth
    at a position is the number of brackets open there; return the largest
    depth reached (0 for a text without brackets). If the brackets are not
    well formed, return -1. `text` has at most 100 000 characters.

    >>> deepest_bracket_nesting("f(a[b]{c (d)}) (e)")
    3
    >>> deepest_bracket_nesting("([)]")
    -1
    >>> deepest_bracket_nesting("no brackets")
    0
    >>> deepest_bracket_nesting("(()")
    -1
    """
