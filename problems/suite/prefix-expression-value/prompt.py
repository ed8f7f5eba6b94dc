def prefix_value(expr: str) -> int:
    """Evaluate an arithmetic expression written in prefix (Polish) notation.

    `expr` is a sequence of tokens separated by single spaces (at most 80 000
    tokens). A token is an operator '+', '-' or '*', or a decimal integer in
    [0, 10**9] without sign or leading zeros. An expression is either an integer,
    or an operator followed by two expressions (its left and right operand). The
    whole string is exactly one expression, nested at most 100 operators deep.

    Return its value modulo 1 000 000 007, as an integer in [0, 1 000 000 006]
    (the exact value may be huge or negative; '-' is left operand minus right).

    >>> prefix_value("- * 3 4 + 5 6")
    1
    >>> prefix_value("- 2 7")
    1000000002
    >>> prefix_value("42")
    42
    """
