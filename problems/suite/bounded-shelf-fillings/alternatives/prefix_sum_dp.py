from itertools import accumulate

MOD = 1_000_000_007


def bounded_shelf_fillings(shelves: int, capacity: int, books: int) -> int:
    # ways[s] = placements of s books on the shelves seen so far; adding a shelf is a
    # window sum of width capacity + 1, taken from prefix sums.
    if books > shelves * capacity:
        return 0
    ways = [1] + [0] * books
    w = capacity + 1
    for _ in range(shelves):
        pre = [0] + list(accumulate(ways))
        ways = [(pre[s + 1] - pre[max(0, s + 1 - w)]) % MOD for s in range(books + 1)]
    return ways[books]
