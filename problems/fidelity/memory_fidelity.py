#!/usr/bin/env python3.11
"""How effgauge's memory meter ranks programs against native tracemalloc.

    python3.11 problems/fidelity/memory_native.py --all-pairs --json native.json
    effgauge score examples/reference.jsonl examples/alternatives.jsonl --out results.json
    python3.11 problems/fidelity/memory_fidelity.py native.json results.json

For every (problem, alternative) pair that both measured at the problem's
largest weighted level, it takes the peak ratio alternative / reference twice:
natively (`memory_native.py`: tracemalloc's peak around the call on CPython
3.11) and in the sandbox (the results file of scoring the bundled examples:
each level's peak live bytes, the largest case's, for the alternative's sample
and for the reference). Both sides floor their peaks at 4 KiB, as the memory
scores do. It prints the Spearman rank correlation of the two ratios, the
share of pairs whose ratios agree within 1.5× and 2×, the pairs that disagree
most, and for the alternatives declared `slows = "memory"` how many score
mem@1 below the reference (memory score < 1). Standard library only.
"""

import argparse
import json
import math
import sys
from pathlib import Path

# The rank correlation of the cost model's fit, beside this script.
from fit_cost_model import spearman  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FLOOR = 4096.0


def sample_names(examples: Path, suite: Path):
    """`alternatives.jsonl:LINE` → (task, alternative name), by the text."""
    names = {}
    for line_no, line in enumerate(examples.read_text().splitlines(), 1):
        row = json.loads(line)
        folder = suite / row["task_id"] / "alternatives"
        for path in sorted(folder.glob("*.py")):
            if path.read_text() == row["solution"]:
                names[f"{examples.name}:{line_no}"] = (row["task_id"], path.stem)
    return names


def effgauge_pairs(results: Path, names):
    """(task, alternative) → (reference peak, alternative peak, memory score)
    at the top weighted level, from the model `alternatives`."""
    data = json.loads(results.read_text())
    pairs = {}
    for model in data["models"]:
        if model["model"] != "alternatives":
            continue
        for p in model["problems"]:
            ref = p.get("reference_memory")
            if not ref:
                continue
            top = len(ref["peak_live_bytes"]) - 1
            for s in p["samples"]:
                key = names.get(s["id"])
                mem = s.get("memory")
                if key is None or mem is None:
                    continue
                peak = mem["levels"]["peak_live_bytes"][top]
                pairs[key] = (ref["peak_live_bytes"][top], peak, mem["score"], s["verdict"])
    return pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("native", type=Path, help="memory_native.py --all-pairs --json output")
    ap.add_argument("results", type=Path, help="effgauge's results of the bundled examples")
    ap.add_argument("--examples", type=Path, default=ROOT / "examples/alternatives.jsonl")
    ap.add_argument("--suite", type=Path, default=ROOT / "problems/suite")
    args = ap.parse_args()

    native = {(r["problem"], r["alternative"]): r for r in json.loads(args.native.read_text())}
    ours = effgauge_pairs(args.results, sample_names(args.examples, args.suite))
    rows = []
    for key, n in sorted(native.items()):
        e = ours.get(key)
        if e is None or e[1] is None or n.get("ref_peak") is None or n.get("alt_peak") is None:
            continue
        native_ratio = max(n["alt_peak"], FLOOR) / max(n["ref_peak"], FLOOR)
        our_ratio = max(e[1], FLOOR) / max(e[0], FLOOR)
        rows.append((key, native_ratio, our_ratio, n.get("slows"), e[2]))
    if len(rows) < 3:
        sys.exit(f"only {len(rows)} pairs measured on both sides")
    a = [r[1] for r in rows]
    b = [r[2] for r in rows]
    within = lambda f: sum(1 for x, y in zip(a, b) if max(x / y, y / x) <= f) / len(rows)
    print(f"pairs measured on both sides: {len(rows)}")
    print(f"Spearman rho of the peak ratios (alternative / reference): {spearman(a, b):.3f}")
    print(f"within 1.5x: {100 * within(1.5):.0f} %   within 2x: {100 * within(2.0):.0f} %")
    memory = [r for r in rows if r[3] == "memory"]
    if memory:
        ρ = spearman([r[1] for r in memory], [r[2] for r in memory]) if len(memory) > 2 else float("nan")
        below = sum(1 for r in memory if r[4] < 1.0)
        print(f"memory slips: {len(memory)} pairs, Spearman rho {ρ:.3f}; "
              f"memory score below the reference's (mem@1 < 1): {below}/{len(memory)}")
        for key, x, y, _, score in memory:
            print(f"  {key[0]}/{key[1]}: native {x:.1f}x, effgauge {y:.1f}x, memory score {score:.3f}")
    print("largest disagreements:")
    worst = sorted(rows, key=lambda r: -abs(math.log(r[1] / r[2])))[:8]
    for key, x, y, slows, _ in worst:
        print(f"  {key[0]}/{key[1]} ({slows}): native {x:.2f}x, effgauge {y:.2f}x")


if __name__ == "__main__":
    main()
