from operator import add
from typing import List


def jobs_doable_with_toolbox(bits: int, jobs: List[int], toolboxes: List[int]) -> List[int]:
    # Sum over subsets: after processing bit b, f[m] counts the jobs equal to m outside
    # bits 0..b and a subset of m on them. Each pass adds the "bit off" half to the
    # "bit on" half, using whichever slicing gives fewer Python-level steps.
    size = 1 << bits
    f = [0] * size
    for j in jobs:
        f[j] += 1
    for b in range(bits):
        step = 1 << b
        block = step << 1
        if step <= size // block:
            for r in range(step):
                f[r + step::block] = map(add, f[r + step::block], f[r::block])
        else:
            for base in range(0, size, block):
                mid = base + step
                f[mid:mid + step] = map(add, f[mid:mid + step], f[base:mid])
    return [f[t] for t in toolboxes]
