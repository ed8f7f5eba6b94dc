MOD = 1_000_000_007


def bounded_shelf_fillings(shelves: int, capacity: int, books: int) -> int:
    # Shelf-by-shelf DP with a running window sum maintained in a plain loop.
    ways = [0] * (books + 1)
    ways[0] = 1
    for _ in range(shelves):
        new = [0] * (books + 1)
        window = 0
        for s in range(books + 1):
            window += ways[s]
            if s - capacity - 1 >= 0:
                window -= ways[s - capacity - 1]
            new[s] = window % MOD
        ways = new
    return ways[books]
