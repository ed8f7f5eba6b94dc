# Written by effgauge for suites imported from ENAMEL's dataset. ENAMEL's
# generators run with a few helpers in scope (random balanced parentheses,
# a probable-prime test, random probable primes, primality inputs); these are
# effgauge's own versions, which draw the same random numbers in the same
# order, so that the inputs are ENAMEL's exactly. They use a private alias of
# the module-level `random`, which the wrapper below seeds as ENAMEL does.
import random
import string
import time
import random as _enamel_random


def rand_parens(size, valid=True, par="()", sep=""):
    if not valid:
        assert sep == ""
        half = (size + 1) // 2 - 1
        left = rand_parens(half, True, par)
        right = rand_parens(half, True, par)
        return left + par[1] + par[0] + right
    if size % 2:
        size += 1
    groups = []
    depth = 0
    for i in range(size):
        # A coin is tossed only when both moves are possible.
        opening = depth == 0 or (depth < size - i and _enamel_random.randint(0, 1))
        if opening:
            if depth == 0:
                groups.append("")
            groups[-1] += par[0]
            depth += 1
        else:
            groups[-1] += par[1]
            depth -= 1
    return groups if sep is None else sep.join(groups)


def miller_rabin(n, k=5):
    if n in (2, 3):
        return True
    if n == 1 or n % 2 == 0:
        return False
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(k):
        x = pow(_enamel_random.randint(2, n - 2), d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def rand_probably_prime(lb, ub=None):
    if ub is None:
        ub = max(lb, 3)
        lb = ub // 2
    else:
        lb = max(lb, 0)
        ub = max(2 * lb, ub, 3)
    while True:
        p = _enamel_random.randint(lb, ub)
        if miller_rabin(p):
            return p


def rand_primality(size, lid, cid):
    size = max(size, 4)
    fixed = {0: 30031, 1: 561, 2: 2, 3: 125}
    if lid == 0 and cid in fixed:
        return fixed[cid]
    root = int(size ** 0.5 + 1)
    kind = cid % 3
    if kind == 0:
        return rand_probably_prime(size)
    if kind == 1:
        return rand_probably_prime(root) ** 2
    first = rand_probably_prime(root)
    return first * rand_probably_prime(root)
