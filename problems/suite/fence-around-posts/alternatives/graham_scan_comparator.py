from functools import cmp_to_key
from typing import List


def fence_around_posts(posts: List[List[int]]) -> List[List[int]]:
    # Graham scan: sort by angle around the lowest-leftmost point with a comparator.
    pts = list(set((p[0], p[1]) for p in posts))
    pivot = min(pts)
    if len(pts) <= 2:
        return [list(p) for p in sorted(pts)]
    px, py = pivot

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    def compare(a, b):
        c = cross(pivot, a, b)
        if c > 0:
            return -1
        if c < 0:
            return 1
        da = (a[0] - px) ** 2 + (a[1] - py) ** 2
        db = (b[0] - px) ** 2 + (b[1] - py) ** 2
        return -1 if da < db else (1 if da > db else 0)

    rest = sorted((p for p in pts if p != pivot), key=cmp_to_key(compare))
    stack = [pivot]
    for p in rest:
        while len(stack) >= 2 and cross(stack[-2], stack[-1], p) <= 0:
            stack.pop()
        stack.append(p)
    return [list(p) for p in stack]
