#!/usr/bin/env python3.11
"""Peak memory of the bundled alternatives against their references, natively.

Standalone (CPython 3.11 on the host, standard library only):

    python3.11 problems/fidelity/memory_native.py [--json FILE] [--all-pairs]

For every problem of the suite (problems/suite by default) that declares an
alternative with `slows = "memory"` in problem.toml, it makes the cases of the
problem's largest weighted level with the problem's own generator, seeded as
effgauge seeds it (unsalted: the first 8 bytes of SHA-256("{id}/{level}/{case}"),
big-endian, seed both the `rng` passed to `generate(level, case, rng)` and the
module-level `random`), then runs the reference and each such alternative on
every case:

* memory: `tracemalloc` started just before the call and stopped just after
  it; the figure is `get_traced_memory()[1]`, the peak of the bytes traced
  while the call ran (its answer included, its arguments not: they are
  decoded before the start, a fresh deep copy per run from the marshal
  bytes the sandbox would decode, and the solution's module is executed
  afresh before it too);
* time: `time.perf_counter` around the call, without tracing, best of
  `--runs` (3), each run on a fresh module and fresh arguments;
* answers: the alternative's must equal the reference's on every case.

It prints one line per (problem, alternative): the peak of the reference and
of the alternative (each the largest over the level's cases), their ratio,
the smallest per-case ratio, and the time ratio (the alternative's summed best
times over the reference's). `--json FILE` writes the same figures as a list of
objects with keys problem, alternative, level, ref_peak, alt_peak, peak_ratio,
time_ratio (plus min_case_ratio, input_bytes: the largest case's arguments as
traced while decoded, slows, and agree), for a comparison with effgauge's own
memory figures; an alternative that failed or timed out on a case has its
figures over the cases before it, or null. `--all-pairs` does the same for every alternative of every problem,
whatever it declares (for a rank correlation later). The exit status is 1 when
a memory alternative disagrees with its reference or has a peak ratio below
`--min-ratio` (3).
"""

import argparse
import gc
import hashlib
import json
import marshal
import multiprocessing
import os
import random
import sys
import threading
import time
import tomllib
import traceback
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def case_seed(problem_id, level, case):
    """effgauge's unsalted case seed (problems/src/prepare/guest.rs)."""
    digest = hashlib.sha256(f"{problem_id}/{level}/{case}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def largest_weighted_level(meta):
    weighted = [i for i, lv in enumerate(meta["levels"]) if lv.get("weight", 0) > 0]
    return weighted[-1] if weighted else len(meta["levels"]) - 1


def make_cases(folder, meta, level):
    """The marshal bytes of every case's argument tuple at `level`."""
    source = (folder / "generator.py").read_text()
    code = compile(source, str(folder / "generator.py"), "exec")
    size = meta["levels"][level].get("size")
    out = []
    for case in range(meta["levels"][level]["cases"]):
        seed = case_seed(meta["id"], level, case)
        namespace = {"__name__": "generator", "__builtins__": __builtins__,
                     "_effgauge_salted": False}
        exec(code, namespace)
        random.seed(seed)
        if meta.get("convention", "level-case-rng") == "size-level-case":
            args = namespace["generate_input"](size, level, case)
        else:
            args = namespace["generate"](level, case, random.Random(seed))
        if type(args) not in (list, tuple):
            raise TypeError(f"{meta['id']}: the generator returned {type(args).__name__}")
        out.append(marshal.dumps(tuple(args)))
    return out


def fresh_function(code, entry):
    namespace = {"__name__": "solution", "__builtins__": __builtins__}
    exec(code, namespace)
    return namespace[entry]


def input_bytes(data):
    """Bytes traced while the arguments are decoded: their size in memory."""
    gc.collect()
    tracemalloc.start()
    args = marshal.loads(data)
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del args
    return size


def peak_of(code, entry, data, seed):
    """(peak traced bytes of one call, its answer)."""
    f = fresh_function(code, entry)
    args = marshal.loads(data)
    random.seed(seed)
    gc.collect()
    tracemalloc.start()
    try:
        answer = f(*args)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, answer


def best_time(code, entry, data, seed, runs, give_up):
    best = None
    for _ in range(runs):
        f = fresh_function(code, entry)
        args = marshal.loads(data)
        random.seed(seed)
        gc.collect()
        start = time.perf_counter()
        f(*args)
        t = time.perf_counter() - start
        best = t if best is None else min(best, t)
        if give_up and t > give_up:
            break
    return best


def one_case(code, entry, data, seed, runs, give_up):
    """(best time, peak, answer) of one solution on one case."""
    t = best_time(code, entry, data, seed, runs, give_up)
    peak, answer = peak_of(code, entry, data, seed)
    return t, peak, answer


def limited(work, timeout):
    """`work()` in a forked child killed after `timeout` seconds (0: in this
    process, unlimited). The child also keeps one case's garbage and caches
    away from the next."""
    if not timeout:
        return work()
    parent, child = multiprocessing.get_context("fork").Pipe(duplex=False)

    def run():
        try:
            out = ("ok", work())
        except BaseException as e:  # noqa: BLE001 - a solution may raise anything
            out = ("error", f"{type(e).__name__}: {e}")
        try:
            child.send(out)
        except BaseException as e:  # noqa: BLE001 - e.g. an answer that does not pickle
            child.send(("error", f"answer not sent back: {type(e).__name__}: {e}"))
        os._exit(0)

    proc = multiprocessing.get_context("fork").Process(target=run)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise TimeoutError(f"no answer within {timeout:g} s")
        status, value = parent.recv()
    except EOFError:
        raise RuntimeError(f"the child died (exit code {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    if status != "ok":
        raise RuntimeError(value)
    return value


def measure(name, path, entry, cases, seed, runs, give_up, timeout):
    """Per-case peaks, best times and answers of one solution (or its error:
    then the figures of the cases before it)."""
    item = {"name": name, "peaks": [], "times": [], "answers": [], "error": None}
    try:
        code = compile(Path(path).read_text(), str(path), "exec")
        for data in cases:
            t, peak, answer = limited(
                lambda: one_case(code, entry, data, seed, runs, give_up), timeout)
            item["times"].append(t)
            item["peaks"].append(peak)
            item["answers"].append(answer)
    except BaseException as e:  # noqa: BLE001 - a solution may raise anything
        item["error"] = f"case {len(item['peaks'])}: {type(e).__name__}: {e}"
    return item


def fmt(x, spec, width=0):
    """`x` formatted, or `-` where there is no figure."""
    return f"{'-' if x is None else format(x, spec):>{width}}"


def problems_to_check(suite, only, all_pairs):
    for toml in sorted(suite.glob("*/problem.toml")):
        meta = tomllib.loads(toml.read_text())
        if only and meta["id"] not in only:
            continue
        if meta.get("protocol", "function") != "function":
            continue
        alts = meta.get("alternatives", [])
        if not all_pairs:
            alts = [a for a in alts if a.get("slows") == "memory"]
        if not alts:
            continue
        # alternatives/ files without a table count too under --all-pairs
        if all_pairs:
            named = {a["name"] for a in alts}
            for f in sorted((toml.parent / "alternatives").glob("*.py")):
                if f.stem not in named:
                    alts.append({"name": f.stem})
        yield toml.parent, meta, alts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--suite", type=Path, default=ROOT / "problems/suite")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument("--all-pairs", action="store_true",
                    help="every alternative of every problem, not only memory ones")
    ap.add_argument("--problem", action="append", default=[],
                    help="only this problem (repeatable)")
    ap.add_argument("--level", type=int,
                    help="this level instead of the largest weighted one")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per case (best of)")
    ap.add_argument("--give-up", type=float, default=0.0,
                    help="stop re-timing a case after one run longer than this many seconds")
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="seconds one solution may take on one case (its runs and the traced "
                         "one, in a forked child); 0: no limit, in this process")
    ap.add_argument("--min-ratio", type=float, default=3.0,
                    help="smallest peak ratio a memory alternative must reach")
    ap.add_argument("--cases", action="store_true",
                    help="also print every case's peaks and times")
    args = ap.parse_args()

    rows = []
    failures = []
    print(f"{'problem':<30} {'alternative':<28} {'slows':<10} {'lvl':>3} "
          f"{'ref peak':>11} {'alt peak':>11} {'ratio':>7} {'min/case':>8} {'time':>6}  ok")
    for folder, meta, alts in problems_to_check(args.suite, set(args.problem), args.all_pairs):
        level = args.level if args.level is not None else largest_weighted_level(meta)
        entry = meta["entry_point"]
        seed = case_seed(meta["id"], sys.maxsize * 2 + 1, sys.maxsize * 2 + 1)
        try:
            cases = make_cases(folder, meta, level)
        except BaseException as e:  # noqa: BLE001
            failures.append(f"{meta['id']}: generator failed: {e}")
            print(f"{meta['id']:<30} generator failed: {type(e).__name__}: {e}")
            continue
        sizes = [input_bytes(d) for d in cases]
        ref = measure("reference", folder / "reference.py", entry, cases, seed,
                      args.runs, args.give_up, args.timeout)
        if ref["error"]:
            failures.append(f"{meta['id']}: reference failed: {ref['error']}")
            print(f"{meta['id']:<30} reference failed: {ref['error']}")
            continue
        for alt in alts:
            slows = alt.get("slows", "?")
            item = measure(alt["name"], folder / "alternatives" / f"{alt['name']}.py", entry,
                           cases, seed, args.runs, args.give_up, args.timeout)
            done = len(item["peaks"])
            agree = item["error"] is None and item["answers"] == ref["answers"]
            if done:
                ref_peak = max(ref["peaks"][:done])
                alt_peak = max(item["peaks"])
                ratio = alt_peak / max(ref_peak, 1)
                per_case = min(a / max(r, 1) for a, r in zip(item["peaks"], ref["peaks"]))
                t_ratio = sum(item["times"]) / max(sum(ref["times"][:done]), 1e-9)
            else:
                ref_peak = alt_peak = ratio = per_case = t_ratio = None
            note = "ok" if agree else (item["error"] or "answers differ")
            if slows == "memory" and (not agree or ratio is None or ratio < args.min_ratio):
                failures.append(f"{meta['id']}/{alt['name']}: {note}, peak ratio {fmt(ratio, '.2f')}")
            print(f"{meta['id']:<30} {alt['name']:<28} {slows:<10} {level:>3} "
                  f"{fmt(ref_peak, ',', 11)} {fmt(alt_peak, ',', 11)} {fmt(ratio, '.2f', 7)} "
                  f"{fmt(per_case, '.2f', 8)} {fmt(t_ratio, '.2f', 6)}  {note}", flush=True)
            if args.cases:
                for i in range(done):
                    print(f"{'':<30}   case {i}: input {sizes[i]:>11,}  peaks {ref['peaks'][i]:>11,}"
                          f" {item['peaks'][i]:>11,}  times {ref['times'][i]:.4f}s"
                          f" {item['times'][i]:.4f}s")
            rows.append({
                "problem": meta["id"],
                "alternative": alt["name"],
                "level": level,
                "ref_peak": ref_peak,
                "alt_peak": alt_peak,
                "peak_ratio": ratio,
                "time_ratio": t_ratio,
                "min_case_ratio": per_case,
                "input_bytes": max(sizes),
                "slows": slows,
                "agree": agree,
            })
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")
    if failures:
        print("\nfailures:", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    # Deep recursion must not overflow the main thread's 8 MiB C stack (the
    # sandbox's interpreter has a 64 MiB one): run in a thread with room, as
    # native_time.py does.
    threading.stack_size(512 << 20)
    status = []

    def run():
        try:
            status.append(main())
        except SystemExit as e:  # --help, or a usage error
            status.append(e.code if isinstance(e.code, int) else 2)
        except BaseException:
            traceback.print_exc()
            status.append(2)

    t = threading.Thread(target=run)
    t.start()
    t.join()
    sys.exit(status[0] if status else 2)
