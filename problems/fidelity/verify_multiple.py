#!/usr/bin/env python3
"""How many limit hits a verification multiple lets verify, from one scoring run.

Score the bundled alternatives with a large multiple, so that every re-run
records how much fuel it needed:

    effgauge score examples/alternatives.jsonl --verify-multiple 1024 --out wide.json

then `python3 problems/fidelity/verify_multiple.py wide.json` prints, for
each multiple M, how many censored-or-unverified samples would verify (their
re-run needed at most M times the case's limit), by the alternative's kind
(problem.toml's `slows`), and the re-runs' fuel. A re-run that did not finish
within 1024x (or the 1e11 fuel cap) needs more than any multiple listed.
"""
import json
import sys
import tomllib
from pathlib import Path

MULTIPLES = [1, 2, 4, 8, 16, 32, 64, 1024]
ROOT = Path(__file__).resolve().parents[2]


def alternative_kinds():
    """source text -> (problem, name, slows) for every bundled alternative."""
    kinds = {}
    for toml in sorted((ROOT / "problems/suite").glob("*/problem.toml")):
        meta = tomllib.loads(toml.read_text())
        for alt in meta.get("alternatives", []):
            path = toml.parent / "alternatives" / f"{alt['name']}.py"
            kinds[path.read_text()] = (toml.parent.name, alt["name"], alt.get("slows", "?"))
    return kinds


def main(path):
    results = json.loads(Path(path).read_text())
    wide = results["harness"].get("verify_multiple") or 1
    samples = ROOT / "examples/alternatives.jsonl"
    by_task = {}
    for line in samples.read_text().splitlines():
        row = json.loads(line)
        by_task.setdefault(row["task_id"], []).append(row["solution"])
    kinds = alternative_kinds()
    rows = []
    for model in results["models"]:
        for problem in model["problems"]:
            for sample in problem["samples"]:
                v = sample.get("verification")
                if v is None:
                    continue
                line = int(sample["id"].rsplit(":", 1)[1])
                task, name, slows = "?", "?", "?"
                source = samples.read_text().splitlines()[line - 1]
                task, name, slows = kinds.get(json.loads(source)["solution"], (problem["task_id"], "?", "?"))
                limit = v["fuel_limit"] / wide
                needed = v["fuel"] / limit if v["status"] == "ok" else float("inf")
                rows.append((task, name, slows, v["status"], needed, v["fuel"]))
    print(f"{len(rows)} limit hits re-run at up to {wide}x their limit")
    header = "multiple " + " ".join(f"{k:>12}" for k in ["all", "complexity", "constant", "fuel of re-runs"])
    print(header)
    for m in MULTIPLES:
        ok = [r for r in rows if r[4] <= m]
        cx = [r for r in rows if r[2] == "complexity"]
        co = [r for r in rows if r[2] == "constant"]
        spent = sum(min(r[5], m * (r[5] / r[4]) if r[4] != float("inf") else r[5]) for r in rows)
        print(
            f"{m:>8} "
            f"{len(ok):>5}/{len(rows):<6} "
            f"{sum(r[4] <= m for r in cx):>5}/{len(cx):<6} "
            f"{sum(r[4] <= m for r in co):>5}/{len(co):<6} "
        )
    for r in sorted(rows, key=lambda r: r[4]):
        print(f"  {r[0]:<34} {r[1]:<30} {r[2]:<10} {r[3]:<9} needs {r[4]:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1])
