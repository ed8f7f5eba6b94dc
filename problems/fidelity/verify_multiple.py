#!/usr/bin/env python3
"""How many limit hits a verification multiple lets verify, from one scoring run.

Score the bundled alternatives once with a large multiple, so that every
re-run records how much fuel it needed:

    effgauge score examples/alternatives.jsonl --verify-multiple 64 --out wide.json

then `python3 problems/fidelity/verify_multiple.py wide.json` prints, for each
multiple M up to that one, how many of the limit hits would verify (their
re-run needed at most M times the case's limit), by the alternative's
`slows` (problem.toml), and the fuel the re-runs would spend, then every limit
hit with the multiple it needed. A re-run that did not finish needs more than
the multiple it had. Works on any results file (then kinds show as `?`).
"""
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "examples/alternatives.jsonl"


def alternative_kinds():
    """source text -> (problem, alternative, slows) for every bundled one."""
    kinds = {}
    for toml in sorted((ROOT / "problems/suite").glob("*/problem.toml")):
        meta = tomllib.loads(toml.read_text())
        for alt in meta.get("alternatives", []):
            path = toml.parent / "alternatives" / f"{alt['name']}.py"
            kinds[path.read_text()] = (toml.parent.name, alt["name"], alt.get("slows", "?"))
    return kinds


def limit_hits(results):
    """(problem, alternative, slows, needed multiple, the case's limit, re-run fuel)."""
    wide = results["harness"].get("verify_multiple") or 1
    lines = SAMPLES.read_text().splitlines()
    kinds = alternative_kinds()
    rows = []
    for model in results["models"]:
        for problem in model["problems"]:
            for sample in problem["samples"]:
                v = sample.get("verification")
                if v is None:
                    continue
                kind = (problem["task_id"], "?", "?")
                file, _, line = sample["id"].rpartition(":")
                if file == SAMPLES.name and int(line) <= len(lines):
                    source = json.loads(lines[int(line) - 1])["solution"]
                    kind = kinds.get(source, kind)
                limit = v["fuel_limit"] / wide
                needed = v["fuel"] / limit if v["status"] == "ok" else float("inf")
                rows.append((*kind, needed, limit, v["fuel"]))
    return wide, rows


def main(path):
    wide, rows = limit_hits(json.loads(Path(path).read_text()))
    print(f"{len(rows)} limit hits, re-run at up to {wide}x their limit")
    print(f"{'M':>4}  {'verify':>9}  {'complexity':>10}  {'constant':>9}  re-run fuel")
    for m in [2**i for i in range(1, 11) if 2**i <= wide]:
        share = lambda rs: f"{sum(r[3] <= m for r in rs)}/{len(rs)}"
        spent = sum(r[5] if r[3] <= m else m * r[4] for r in rows)
        print(
            f"{m:>4}  {share(rows):>9}  {share([r for r in rows if r[2] == 'complexity']):>10}  "
            f"{share([r for r in rows if r[2] == 'constant']):>9}  {spent:.2e}"
        )
    for r in sorted(rows, key=lambda r: r[3]):
        print(f"  {r[0]:<34} {r[1]:<32} {r[2]:<10} needs {r[3]:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1])
