from operator import sub
from typing import List

MOD = 1_000_000_007


def stutter_free_multiples(bound: str, m: int) -> int:
    digits = [ord(ch) - 48 for ch in bound]
    L = len(digits)
    # free[k][a][r]: k-digit strings (leading zeros allowed) with no two equal
    # neighbours, first digit a, value = r (mod m). Prepending digit a to a (k-1)-digit
    # tail adds a * 10**(k-1), which only rotates the residues: a slice rotation.
    free: List[List[List[int]]] = [[]]
    every: List[List[int]] = [[1 if r == 0 else 0 for r in range(m)]]  # k = 0: the empty tail
    prev_rows = None
    modulo = MOD.__rmod__  # modulo(v) == v % MOD, called from C
    power = 1  # 10**(k-1) mod m
    for k in range(1, L):
        rows = []
        for a in range(10):
            if prev_rows is None:
                src = every[0]
            else:
                src = list(map(sub, every[k - 1], prev_rows[a]))
            s = (a * power) % m
            rows.append(list(map(modulo, src[-s:] + src[:-s] if s else src)))
        free.append(rows)
        every.append(list(map(modulo, map(sum, zip(*rows)))))
        prev_rows = rows
        power = power * 10 % m

    def tails(k: int, after: int, need: int) -> int:
        # k-digit tails whose first digit differs from `after`, value = need (mod m)
        if k == 0:
            return 1 if need == 0 else 0
        return every[k][need] - free[k][after][need]

    answer = 0
    # numbers shorter than the bound: a first digit 1..9, then a free tail
    for length in range(1, L):
        for a in range(1, 10):
            need = (-a * pow(10, length - 1, m)) % m
            answer += tails(length - 1, a, need)
    # numbers with L digits: follow the bound's prefix, then go below it at position i
    prefix_rem = 0
    last = -1
    for i, top in enumerate(digits):
        k = L - i - 1
        scale = pow(10, k + 1, m)
        base = prefix_rem * scale
        p_k = pow(10, k, m)
        for d in range(1 if i == 0 else 0, top):
            if d != last:
                answer += tails(k, d, (-(base + d * p_k)) % m)
        if top == last:
            break
        prefix_rem = (prefix_rem * 10 + top) % m
        last = top
    else:
        if prefix_rem == 0:
            answer += 1  # the bound itself
    return answer % MOD
