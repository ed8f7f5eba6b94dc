import random

CORNER = [
    [],
    ["###", "###"],
    ["....", "....", "...."],
    ["..#......#.."],
    [".", ".", "#", ".", ".", "."],
    [".#.#", "#.#.", ".#.#"],
    ["#.#", "...", "#.#"],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    side = (20, 100, 220)[level - 1]
    rnd = rng.random
    if case == 0:
        grid = [['#' if rnd() < 0.01 else '.' for _ in range(side)] for _ in range(side)]
    elif case == 1:
        grid = [['.'] * side for _ in range(side)]
        for _ in range(4):
            r = rng.randrange(side)
            c = rng.randrange(side)
            h = rng.randint(1, side // 4)
            w = rng.randint(1, side // 4)
            for y in range(r, min(side, r + h)):
                for x in range(c, min(side, c + w)):
                    grid[y][x] = '#'
    else:
        grid = [['#' if rnd() < 0.3 else '.' for _ in range(side)] for _ in range(side)]
    return [[''.join(row) for row in grid]]
