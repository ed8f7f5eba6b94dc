from typing import List


def in_stock_counts(log: List[str]) -> List[int]:
    """Replay a warehouse ledger and answer its queries.

    Every entry of `log` (at most 30 000 entries) is one of
      "IN <sku> <q>"  : q units of product <sku> arrive (1 <= q <= 10**6);
      "OUT <sku> <q>" : q units are requested; min(q, stock) units leave, so stock
                        never drops below 0;
      "COUNT"         : a query.
    A <sku> is 1 to 12 characters from letters, digits and '-'; products never seen
    have stock 0. Fields are separated by single spaces.

    Return, for every "COUNT" in order, the number of distinct products whose stock
    is positive at that moment.

    >>> in_stock_counts(["IN a 5", "IN b 2", "COUNT", "OUT a 9", "COUNT", "OUT zz 1", "COUNT"])
    [2, 1, 1]
    >>> in_stock_counts(["COUNT", "IN x 1", "IN x 1", "OUT x 1", "COUNT"])
    [0, 1]
    """
