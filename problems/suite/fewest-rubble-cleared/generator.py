import random

CORNER = [
    ["."],
    ["#"],
    ["#.#"],
    ["#", "#", "#", "#"],
    ["....", "####", "####", "...."],
    ["..#..", "#.#.#", "#...#", "####.", "....."],
    [".#...", ".#.#.", ".#.#.", ".#.#.", "...#."],
    ["#####", "#####", "#####"],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    side = {1: 13, 2: 40, 3: 120}[level]
    rows = cols = side
    if case == 0:
        # dense random rubble
        cells = [['#' if rng.random() < 0.55 else '.' for _ in range(cols)] for _ in range(rows)]
    elif case == 1:
        # serpentine clear corridor between rubble walls two cells thick: the clear
        # route doubles back on every row, cutting through costs 2 per wall
        cells = [['#'] * cols for _ in range(rows)]
        turn = 0
        for r in range(0, rows, 3):
            for c in range(cols):
                cells[r][c] = '.'
            if r + 3 < rows:
                c = cols - 1 if turn % 2 == 0 else 0
                cells[r + 1][c] = cells[r + 2][c] = '.'
                turn += 1
        for c in range(cols):
            if rows - 1 - (rows - 1) % 3 < rows - 1:
                cells[rows - 1][c] = '.'
    else:
        # rubble everywhere, crossed by random clear tunnels that wind around
        cells = [['#'] * cols for _ in range(rows)]
        for _ in range(side // 2):
            r, c = rng.randrange(rows), rng.randrange(cols)
            for _ in range(side * 2):
                cells[r][c] = '.'
                dr, dc = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
                if 0 <= r + dr < rows and 0 <= c + dc < cols:
                    r, c = r + dr, c + dc
    return [[''.join(row) for row in cells]]
