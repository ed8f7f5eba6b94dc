def stutter_free_multiples(bound: str, m: int) -> int:
    """Call a positive integer stutter-free when no two neighbouring digits of its
    decimal representation (written without leading zeros) are equal: 1210 is
    stutter-free, 1223 is not, and every one-digit number is.

    `bound` is a positive integer N written in decimal without leading zeros (at most
    200 digits), and 1 <= m <= 30. Count the stutter-free integers x with 1 <= x <= N
    that are multiples of m, and return the count modulo 1 000 000 007.

    >>> stutter_free_multiples("30", 5)
    6
    >>> stutter_free_multiples("100", 11)
    0
    >>> stutter_free_multiples("1000", 1)
    819
    """
