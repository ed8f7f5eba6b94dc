def bounded_shelf_fillings(shelves: int, capacity: int, books: int) -> int:
    """`books` identical books are placed on `shelves` distinguishable shelves so that
    every shelf holds between 0 and `capacity` books (inclusive) and all books are
    placed. Two placements differ if some shelf holds a different number of books.
    Constraints: 1 <= shelves <= 10**5, 0 <= capacity <= 10**5, 0 <= books <= 10**6.

    Return the number of placements modulo 1_000_000_007.

    >>> bounded_shelf_fillings(3, 2, 4)
    6
    >>> bounded_shelf_fillings(2, 1, 3)
    0
    >>> bounded_shelf_fillings(1, 5, 0)
    1
    """
