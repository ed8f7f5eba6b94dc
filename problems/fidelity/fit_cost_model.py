#!/usr/bin/env python3
"""Fits the cost model's weights to native CPython time, without overfitting.

Input: the JSON of `effgauge problems fidelity --cost-model plain --work --json`
(fuel of WebAssembly operators only, and per pair the bytes moved,
allocations and bytes allocated of each level's most expensive case).

The suite's problems are split in two by `held_out` (the rule of the
benchmark itself): the fitting half fits, the held-out half checks. A model's
cost of a case is
    fuel + (w_moved * moved_bytes + w_alloc * allocations
            + w_alloc_bytes * allocated_bytes) / 1000
(weights in thousandths of a fuel unit, as in the sandbox's cost_model.rs;
plain fuel already charges one unit per byte of a bulk copy or fill, so a
per-byte weight of -500 means half a unit per byte in all).
The weights minimise, on the fitting half, the mean squared log of
fuel ratio / time ratio; the script prints the figures of the benchmark
(Spearman rho, within 1.5x, same side of 2x and 1x) for plain fuel and the
fitted model on both halves. With `--classes` in the run, it also fits
integer per-class operator costs (wasmtime's operator-cost table) with the
same split.

From a run whose first model is `cache-v1` (`--cost-models cache-v1,cost-v1
--work`), it fits `cache-v1`'s two miss prices instead: per simulated cache
miss (fuel) and per miss of a copy's line (milli-fuel). Each case's cost at
other prices is its `cache-v1` fuel with the run's prices
(`--run-miss-price`, default 250; `--run-stream-miss-price`, default 16000)
swapped for them (exact up to rounding: `cache-v1` fuel is
`cost-v1` fuel plus the two charges), a level's cost is the largest over its
cases, and the prices minimise the same loss on the fitting half; prices 0
are `cost-v1`.

Usage: fit_cost_model.py FIDELITY.json [--run-miss-price P] [--run-stream-miss-price Q]
"""
import hashlib
import itertools
import json
import math
import sys


def held_out(problem_id):
    """Whether a problem is in the held-out half: the low bit of the first
    byte of the SHA-256 of its id is 1. The twin of Rust's
    `effgauge_problems::fidelity::held_out`, which marks each pair's
    `held_out` and splits the benchmark's figures; the two must stay the same
    rule (harness/tests/fidelity_cli.rs checks them against each other)."""
    return hashlib.sha256(problem_id.encode()).digest()[0] & 1 == 1


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2.0
        i = j + 1
    return r


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    n = len(a)
    if n < 2:
        return float("nan")
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra)
    vb = sum((y - mb) ** 2 for y in rb)
    return cov / math.sqrt(va * vb) if va and vb else float("nan")


def cost(level_work, w):
    work = level_work["work"]
    extra = (w[0] * work["moved_bytes"] + w[1] * work["allocations"]
             + w[2] * work["allocated_bytes"]) / 1000.0
    return level_work["fuel"] + extra


def ratios(pairs, w):
    return [(cost(p["alternative_work"], w) / cost(p["reference_work"], w), p["time_ratio"])
            for p in pairs]


def mean_square_log(rs):
    """Mean squared log of fuel ratio / time ratio over (fuel, time) ratios."""
    return sum(math.log(f / t) ** 2 for f, t in rs) / len(rs)


def loss(pairs, w):
    return mean_square_log(ratios(pairs, w))


def figures_of(rs):
    """The benchmark's figures of (fuel ratio, time ratio) pairs."""
    n = len(rs)
    side = lambda x, c: (x > c) - (x < c)
    return {
        "pairs": n,
        "rho": spearman([math.log(f) for f, _ in rs], [math.log(t) for _, t in rs]),
        "within_1_5x": sum(max(f / t, t / f) <= 1.5 for f, t in rs) / n,
        "same_side_2x": sum(side(f, 2.0) == side(t, 2.0) for f, t in rs) / n,
        "same_side_1x": sum(side(f, 1.0) == side(t, 1.0) for f, t in rs) / n,
        "rms_log": math.sqrt(mean_square_log(rs)),
    }


def figures(pairs, w):
    return figures_of(ratios(pairs, w))


def show(name, f):
    print(f"  {name:<24} pairs {f['pairs']:>3}  rho {f['rho']:.3f}  within 1.5x "
          f"{100 * f['within_1_5x']:5.1f} %  side 2x {100 * f['same_side_2x']:5.1f} %  "
          f"side 1x {100 * f['same_side_1x']:5.1f} %  rms log {f['rms_log']:.3f}")


CLASSES = ["local", "global", "const", "load", "store", "call", "branch", "other"]


def class_cost(level_work, w, per_byte):
    """Largest over the level's cases of sum(w[c] * count[c]) + per_byte * moved."""
    counts = level_work["classes"]
    best = 0.0
    for i, case in enumerate(level_work["cases"]):
        c = sum(w[k] * counts[k][i] for k in CLASSES) + per_byte * case["moved_bytes"]
        best = max(best, c)
    return best


def class_ratios(pairs, w, per_byte):
    return [(class_cost(p["alternative_work"], w, per_byte)
             / class_cost(p["reference_work"], w, per_byte), p["time_ratio"]) for p in pairs]


def class_figures(pairs, w, per_byte):
    return figures_of(class_ratios(pairs, w, per_byte))


def fit_classes(fit, held, pairs):
    """Per-class costs in quarters of a fuel unit (integers 0..16, the form
    wasmtime's table takes) and a per-byte cost in eighths of a quarter, by
    coordinate descent from plain fuel's 1 per operator (4 quarters)."""
    w = {c: 4 for c in CLASSES}
    per_byte = 4
    def class_loss(w, b):
        return mean_square_log(class_ratios(fit, w, b / 8))
    best = class_loss(w, per_byte)
    for _ in range(4):
        improved = False
        for c in CLASSES + ["bytes"]:
            for v in range(0, 17):
                trial_w, trial_b = dict(w), per_byte
                if c == "bytes":
                    trial_b = v
                else:
                    trial_w[c] = v
                l = class_loss(trial_w, trial_b)
                if l < best - 1e-12:
                    best, w, per_byte, improved = l, trial_w, trial_b, True
        if not improved:
            break
    print(f"per-class costs (in quarters of plain fuel's 1 per operator): {w}; "
          f"per byte moved {per_byte}/8 quarter-units")
    ones = {c: 1 for c in CLASSES}
    for name, part in (("fitting half", fit), ("held-out half", held), ("all", pairs)):
        print(name + ":")
        if part:
            show("operators x1, bytes x1", class_figures(part, ones, 1.0))
            show("fitted classes", class_figures(part, w, per_byte / 8))


def miss_cost(level_work, run, price):
    """A level's cost at `price` = (fuel per miss, milli-fuel per stream
    miss), from the run's prices `run`: the largest over its cases."""
    return max(case["fuel"] + (price[0] - run[0]) * case["cache_misses"]
               + (price[1] - run[1]) * case.get("stream_misses", 0) / 1000.0
               for case in level_work["cases"])


def miss_ratios(pairs, run, price):
    return [(miss_cost(p["alternative_work"], run, price)
             / miss_cost(p["reference_work"], run, price), p["time_ratio"]) for p in pairs]


def fit_miss_price(data, run):
    pairs = [p for p in data["pairs"] if p.get("reference_work") and p.get("alternative_work")]
    fit = [p for p in pairs if not held_out(p["problem"])]
    held = [p for p in pairs if held_out(p["problem"])]
    if not fit:
        sys.exit("no pairs with work to fit on (run the benchmark with --work)")
    grid = [(m, d) for m in range(0, 601, 10) for d in range(0, 64001, 8000)]
    best = min(grid, key=lambda w: mean_square_log(miss_ratios(fit, run, w)))
    print(f"{len(pairs)} pairs with work: fit on {len(fit)}, held out {len(held)}")
    print(f"best prices: {best[0]} fuel per simulated miss, {best[1]} milli-fuel per stream "
          f"miss (grid 0..600 by 10, 0..64000 by 8000; the run's: {run[0]}, {run[1]})")
    for name, part in (("fitting half", fit), ("held-out half", held), ("all", pairs)):
        print(name + ":")
        if part:
            show("cost-v1 (prices 0)", figures_of(miss_ratios(part, run, (0, 0))))
            show(f"the run's {run}", figures_of(miss_ratios(part, run, run)))
            show(f"fitted {best}", figures_of(miss_ratios(part, run, best)))
    print("held-out figures by price per miss (stream misses at the fitted price):")
    for m in (0, 25, 50, 100, 150, 200, 250, 300, 400, 600):
        f = figures_of(miss_ratios(held, run, (m, best[1]))) if held else None
        if f:
            print(f"  {m:>5}: rho {f['rho']:.3f}  within 1.5x {100 * f['within_1_5x']:5.1f} %  "
                  f"rms log {f['rms_log']:.3f}")


def main():
    data = json.load(open(sys.argv[1]))
    if data.get("cost_model") == "cache-v1":
        run = [250, 16000]
        for i, flag in enumerate(("--run-miss-price", "--run-stream-miss-price")):
            if flag in sys.argv:
                run[i] = int(sys.argv[sys.argv.index(flag) + 1])
        fit_miss_price(data, tuple(run))
        return
    if data.get("cost_model") != "plain":
        sys.exit("fit from a run under --cost-model plain (fuel of operators only)")
    pairs = [p for p in data["pairs"] if p.get("reference_work") and p.get("alternative_work")]
    problems = sorted({p["problem"] for p in pairs})
    fit_ids = {p for p in problems if not held_out(p)}
    fit = [p for p in pairs if p["problem"] in fit_ids]
    held = [p for p in pairs if p["problem"] not in fit_ids]
    grid = itertools.product(
        [-1000, -875, -750, -625, -500, -375, -250, -125, 0, 250, 500, 1000, 2000],
        [0, 2500, 5000, 10000, 15000, 20000, 30000, 40000, 60000, 80000, 120000, 160000, 240000],
        [0, 10, 30, 60, 100, 200, 400, 1000],
    )
    if not fit:
        sys.exit("no pairs with work to fit on (run the benchmark with --work)")
    best = min(grid, key=lambda w: loss(fit, w))
    print(f"{len(pairs)} pairs with work, {len(problems)} problems: "
          f"fit on {len(fit)} pairs ({len(fit_ids)} problems), held out {len(held)}")
    print(f"best weights (milli-fuel): per moved byte {best[0]}, per allocation {best[1]}, "
          f"per allocated byte {best[2]}")
    for name, part in (("fitting half", fit), ("held-out half", held), ("all", pairs)):
        print(name + ":")
        if not part:
            print("  no pairs")
            continue
        show("plain", figures(part, (0, 0, 0)))
        show("fitted", figures(part, best))
    if fit and all(p["reference_work"].get("classes") and p["alternative_work"].get("classes")
                   for p in pairs):
        print("\nper-class costs (a run with --classes):")
        fit_classes(fit, held, pairs)


if __name__ == "__main__":
    main()
