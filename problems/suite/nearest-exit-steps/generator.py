import random

CORNER = [
    ["E"],
    ["."],
    ["#"],
    ["E.#.E"],
    ["E", ".", "#", "."],
    ["...", ".E.", "..."],
    ["E#.", "##.", "..."],
    ["E....", "####.", ".....", ".####", "....E"],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    side = {1: 14, 2: 45, 3: 130}[level]
    rows, cols = side, side
    cells = [['.'] * cols for _ in range(rows)]
    if case == 0:
        # scattered shelves, many exits
        for r in range(rows):
            for c in range(cols):
                x = rng.random()
                if x < 0.22:
                    cells[r][c] = '#'
                elif x < 0.28:
                    cells[r][c] = 'E'
    elif case == 1:
        # long aisles: shelf rows with a gap at alternating ends, exits spread along aisles
        for r in range(1, rows, 2):
            gap = cols - 1 if (r // 2) % 2 == 0 else 0
            for c in range(cols):
                if c != gap:
                    cells[r][c] = '#'
        for r in range(0, rows, 2):
            for c in range(cols):
                if rng.random() < 0.08:
                    cells[r][c] = 'E'
    else:
        # open floor, exits everywhere, a few walled-off pockets
        for r in range(rows):
            for c in range(cols):
                if rng.random() < 0.05:
                    cells[r][c] = 'E'
        for _ in range(max(1, side // 10)):
            r0, c0 = rng.randrange(rows - 3), rng.randrange(cols - 3)
            for r in range(r0, r0 + 3):
                for c in range(c0, c0 + 3):
                    cells[r][c] = '#'
            cells[r0 + 1][c0 + 1] = '.'
    return [[''.join(row) for row in cells]]
