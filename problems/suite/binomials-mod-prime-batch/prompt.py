from typing import List, Tuple


def binomials_mod_prime_batch(queries: List[Tuple[int, int]]) -> List[int]:
    """Answer a batch of binomial-coefficient queries modulo the prime 1 000 000 007.

    Each query is a pair (n, k) of integers with 0 <= n <= 20 000 and
    0 <= k <= 20 000; its answer is C(n, k) mod 1 000 000 007, the number of ways
    to choose k items out of n, which is 0 when k > n. There are at most
    2 000 queries. Return the answers in the order of the queries.

    >>> binomials_mod_prime_batch([(5, 2), (10, 0), (3, 4), (0, 0)])
    [10, 1, 0, 1]
    >>> binomials_mod_prime_batch([(100, 50)])
    [538992043]
    >>> binomials_mod_prime_batch([])
    []
    """
