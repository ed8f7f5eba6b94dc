"""How fuel prices copying, per copy class and size class, against native
CPython 3.11 wall time.

Each *copy class* is a small program: `setup(size)` builds the data,
`run(n, size, d)` makes `n` copies of `size` elements in a loop, and the
entry point `f(n, size)` is `run(n, size, setup(size))`. For every size in
SIZES and for the baseline size S0 (the smallest that still makes a fresh
object in every class) we measure the cost of one copy:

* fuel: `effgauge exec` under each cost model, calls `f(0, S)` and
  `f(nS, S)`; per copy = (fuel(nS) - fuel(0)) / nS (the setup cancels
  exactly, fuel is deterministic). The work the runtime reported (bytes
  moved by memcpy/memmove/memset, simulated cache misses) is kept too.
* native: /usr/bin/python3.11 times `run(nS, S, d)` in a fresh process per
  class, `d` built outside the timed region, gc.collect() before each
  timing, the baseline (n0, S0) and the size (nS, S) interleaved ABBA ...,
  `--reps` timings each, median per copy; nS is sized so that one timing
  lasts about `--target-ms`.

Marginal price per element = (per copy at S - per copy at S0) / (S - S0),
for fuel and for ns. A class is *mispriced by x* when its ns per fuel unit
divided by the suite's global ns per fuel unit (median over the distinct
references of a fidelity run's JSON, reference_ns / reference fuel, per
model) is x or 1/x: x > 1 means fuel charges too little for that copy, x < 1
too much.

Usage (after a fidelity run wrote FULL.json; the native timing wants a
quiet machine):

    nice -n 5 /usr/bin/python3.11 problems/fidelity/copy_classes.py \\
        --eg target/release/effgauge --fidelity FIDELITY.json \\
        [--classes a,b] [--sizes 16,64,...] [--target-ms 20] [--reps 9] \\
        [--work-dir /tmp/copy_classes] [--repeat-native str_slice] [--fit-min-size 4096]
    /usr/bin/python3.11 problems/fidelity/copy_classes.py --from RESULTS.json \\
        --fidelity FIDELITY.json          # re-print a saved run

Everything it writes (programs, inputs, raw results) goes under --work-dir.
"""

import argparse
import tempfile
import gc
import json
import math
import os
import statistics
import subprocess
import sys
import time

MODELS = ["cost-v1", "cache-v1"]
SIZES = [16, 64, 256, 4096, 65536, 1 << 20]
# The baseline size: 2, not 0 or 1, because empty and 1-character slices
# are cached singletons (no allocation, no copy) in several classes.
S0 = 2
# cost-v1's price of a byte moved by memcpy/memmove/memset, fuel.
COST_V1_PER_MOVED_BYTE = 0.5

# name -> (native bytes per element, what it does, source). Every run()
# has the same shape: a `for k in range(n)` loop whose body makes one copy.
CLASSES = {
    "str_slice": (1, "s[i:i+size], ASCII str", """
def setup(size):
    base = 'abcdefghijklmnopqrstuvwxyz0123456789'
    return base * ((size + 64) // len(base) + 1)

def run(n, size, s):
    t = None
    for k in range(n):
        i = k & 63
        t = s[i:i + size]
    return n
"""),
    "str_slice_ucs2": (2, "s[i:i+size], UCS-2 str (Greek)", """
def setup(size):
    base = '\\u03b1\\u03b2\\u03b3\\u03b4\\u03b5\\u03b6\\u03b7\\u03b8'
    return base * ((size + 64) // len(base) + 1)

def run(n, size, s):
    t = None
    for k in range(n):
        i = k & 63
        t = s[i:i + size]
    return n
"""),
    "bytes_slice": (1, "b[i:i+size], bytes", """
def setup(size):
    return bytes(range(256)) * ((size + 64) // 256 + 1)

def run(n, size, b):
    t = None
    for k in range(n):
        i = k & 63
        t = b[i:i + size]
    return n
"""),
    "bytearray_slice": (1, "ba[i:i+size], bytearray", """
def setup(size):
    return bytearray(bytes(range(256)) * ((size + 64) // 256 + 1))

def run(n, size, b):
    t = None
    for k in range(n):
        i = k & 63
        t = b[i:i + size]
    return n
"""),
    "list_slice": (8, "lst[i:i+size], list of distinct ints", """
def setup(size):
    return list(range(1000, 1000 + size + 64))

def run(n, size, lst):
    t = None
    for k in range(n):
        i = k & 63
        t = lst[i:i + size]
    return n
"""),
    "list_slice_smallints": (8, "lst[i:i+size], list of 64 distinct small ints repeated", """
def setup(size):
    return list(range(64)) * ((size + 64) // 64 + 1)

def run(n, size, lst):
    t = None
    for k in range(n):
        i = k & 63
        t = lst[i:i + size]
    return n
"""),
    "tuple_slice": (8, "tup[i:i+size], tuple of distinct ints", """
def setup(size):
    return tuple(range(1000, 1000 + size + 64))

def run(n, size, tup):
    t = None
    for k in range(n):
        i = k & 63
        t = tup[i:i + size]
    return n
"""),
    "list_pop0": (8, "lst.append(lst.pop(0)), len size (memmove down)", """
def setup(size):
    return list(range(1000, 1000 + size))

def run(n, size, lst):
    for k in range(n):
        lst.append(lst.pop(0))
    return n
"""),
    "list_insert0": (8, "lst.insert(0, lst.pop()), len size (shift up)", """
def setup(size):
    return list(range(1000, 1000 + size))

def run(n, size, lst):
    for k in range(n):
        lst.insert(0, lst.pop())
    return n
"""),
    "bytes_of_bytearray": (1, "bytes(ba), bytearray of size", """
def setup(size):
    return bytearray(bytes(range(256)) * (size // 256 + 1))[:size]

def run(n, size, ba):
    t = None
    for k in range(n):
        t = bytes(ba)
    return n
"""),
    "str_concat": (1, "a + b, ASCII halves of size/2", """
def setup(size):
    base = 'abcdefghijklmnopqrstuvwxyz0123456789' * (size // 36 + 1)
    return base[:size // 2], base[1:1 + size - size // 2]

def run(n, size, d):
    a, b = d
    t = None
    for k in range(n):
        t = a + b
    return n
"""),
    "str_join": (1, "''.join([a, b]), ASCII halves of size/2", """
def setup(size):
    base = 'abcdefghijklmnopqrstuvwxyz0123456789' * (size // 36 + 1)
    return [base[:size // 2], base[1:1 + size - size // 2]]

def run(n, size, parts):
    t = None
    for k in range(n):
        t = ''.join(parts)
    return n
"""),
}

ENTRY = """
def f(n, size):
    return run(n, size, setup(size))
"""


def program(name):
    return CLASSES[name][2] + ENTRY


# ---------------------------------------------------------------- native ---

def load_class(name):
    ns = {"__name__": "copy_class_" + name}
    exec(compile(program(name), name, "exec"), ns)
    return ns["setup"], ns["run"]


def one_timing(run, n, size, d):
    gc.collect()
    t0 = time.perf_counter_ns()
    run(n, size, d)
    return time.perf_counter_ns() - t0


def calibrate(run, size, d, target_ns):
    """Copies per timing so that a timing lasts about target_ns."""
    n = 1
    one_timing(run, 1, size, d)  # warm up
    while True:
        t = min(one_timing(run, n, size, d) for _ in range(2))
        if t >= target_ns / 8 or n >= 1 << 26:
            break
        n *= 4
    return max(1, round(n * target_ns / max(t, 1)))


def native_class(name, sizes, target_ns, reps):
    setup, run = load_class(name)
    d0 = setup(S0)
    n0 = calibrate(run, S0, d0, target_ns)
    out = {"class": name, "n0": n0, "sizes": []}
    for size in sizes:
        d = setup(size)
        n = calibrate(run, size, d, target_ns)
        base, meas = [], []
        for r in range(reps):
            pair = [(base, run, n0, S0, d0), (meas, run, n, size, d)]
            if r % 2:
                pair.reverse()
            for dest, fn, nn, ss, dd in pair:
                dest.append(one_timing(fn, nn, ss, dd) / nn)
        del d
        gc.collect()
        out["sizes"].append({"size": size, "n": n, "base_ns": base, "ns": meas})
    return out


def native_worker(args):
    sizes = [int(s) for s in args.sizes.split(",")]
    res = native_class(args.native_worker, sizes, args.target_ms * 1e6, args.reps)
    res["python"] = sys.version.split()[0]
    json.dump(res, sys.stdout)


def run_native(name, args):
    cmd = [args.python, os.path.abspath(__file__), "--native-worker", name,
           "--sizes", args.sizes, "--target-ms", str(args.target_ms),
           "--reps", str(args.reps)]
    t0 = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True, check=True)
    res = json.loads(p.stdout)
    res["seconds"] = time.time() - t0
    res["loadavg_after"] = os.getloadavg()[0]
    return res


# ------------------------------------------------------------------ fuel ---

def run_fuel(name, native, model, args):
    os.makedirs(args.work_dir, exist_ok=True)
    src = os.path.join(args.work_dir, name + ".py")
    with open(src, "w") as f:
        f.write(program(name))
    inputs = [[0, S0], [native["n0"], S0]]
    for s in native["sizes"]:
        inputs += [[0, s["size"]], [s["n"], s["size"]]]
    inp = os.path.join(args.work_dir, name + ".inputs.json")
    with open(inp, "w") as f:
        json.dump(inputs, f)
    cmd = [args.eg, "exec", src, "--entry", "f", "--inputs", inp,
           "--cost-model", model, "--json", "--timeout", "600"]
    t0 = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{p.stderr[-2000:]}")
    rep = json.loads(p.stdout)
    calls = []
    for args_, c in zip(inputs, rep["calls"]):
        if c.get("error") or c.get("status") != "ok":
            raise SystemExit(f"{name} {model} {args_}: {c.get('status')} {c.get('error')}")
        calls.append({"args": args_, "fuel": c["cost"]["fuel"], "work": c.get("work") or {},
                      "wall_ns": c["cost"].get("wall_ns")})
    return {"calls": calls, "instances": rep.get("instances"),
            "seconds": time.time() - t0}


# -------------------------------------------------------------- analysis ---

def global_scales(path):
    """Median over distinct references of reference_ns / reference fuel, per model."""
    with open(path) as f:
        fid = json.load(f)
    per_model = {}
    for p in fid["pairs"]:
        key = (p["problem"], p["level"])
        fuel = p.get("fuel")
        if isinstance(fuel, dict):
            for m, v in fuel.items():
                ref = v.get("reference") if isinstance(v, dict) else None
                if ref:
                    per_model.setdefault(m, {})[key] = p["reference_ns"] / ref
        elif p.get("reference_fuel"):
            m = fid.get("cost_model", "cost-v1")
            per_model.setdefault(m, {})[key] = p["reference_ns"] / p["reference_fuel"]
    return {m: (statistics.median(v.values()), len(v)) for m, v in per_model.items()}


def fuel_per_copy(calls, size, n):
    by = {tuple(c["args"]): c for c in calls}
    a, b = by[(0, size)], by[(n, size)]
    per = lambda k: ((b["work"].get(k, 0) or 0) - (a["work"].get(k, 0) or 0)) / n
    return (b["fuel"] - a["fuel"]) / n, per("moved_bytes"), per("cache_misses")


def spread(xs):
    """Interquartile range over |median|, in percent."""
    if len(xs) < 4:
        return float("nan")
    q = statistics.quantiles(xs, n=4)
    m = statistics.median(xs)
    return 100 * (q[2] - q[0]) / abs(m) if m else float("inf")


def analyse(res, scales):
    rows = []
    for name, r in res["classes"].items():
        nat = r["native"]
        n0 = nat["n0"]
        f0 = {m: fuel_per_copy(r["fuel"][m]["calls"], S0, n0) for m in r["fuel"]}
        for s in nat["sizes"]:
            size, n = s["size"], s["n"]
            dsz = size - S0
            row = {"class": name, "size": size, "n": n, "n0": n0}
            # Native: marginal per element from the medians, and per ABBA
            # pair (for the spread).
            pairs = [(a - b) / dsz for a, b in zip(s["ns"], s["base_ns"])]
            row["ns_el"] = statistics.median(pairs)
            row["ns_noise_pct"] = spread(pairs)
            row["ns_copy"] = statistics.median(s["ns"])
            for m in r["fuel"]:
                fc, mv, miss = fuel_per_copy(r["fuel"][m]["calls"], size, n)
                fb, mvb, missb = f0[m]
                row[m] = {"fuel_el": (fc - fb) / dsz, "moved_el": (mv - mvb) / dsz,
                          "miss_el": (miss - missb) / dsz, "fuel_copy": fc}
                if m in scales and row[m]["fuel_el"] > 0:
                    row[m]["x"] = row["ns_el"] / row[m]["fuel_el"] / scales[m][0]
                else:
                    row[m]["x"] = float("nan")
                # The whole copy (loop iteration included), for the small
                # sizes where the marginal is ill-conditioned.
                row[m]["x_copy"] = (row["ns_copy"] / fc / scales[m][0]
                                    if m in scales and fc > 0 else float("nan"))
            if "cost-v1" in r["fuel"] and "cost-v1" in scales:
                c1 = row["cost-v1"]
                need = row["ns_el"] / scales["cost-v1"][0]
                row["need_fuel_el"] = need
                ops = c1["fuel_el"] - COST_V1_PER_MOVED_BYTE * c1["moved_el"]
                row["ops_fuel_el"] = ops
                row["need_per_moved_byte"] = ((need - ops) / c1["moved_el"]
                                              if c1["moved_el"] > 0.5 else None)
            rows.append(row)
    return rows


def fmt_x(x):
    if x != x:
        return "    n/a    "
    flag = " " if 1 / 1.5 <= x <= 1.5 else ("U" if x > 1.5 else "O")
    return f"{x:6.2f} {flag}  "


def size_label(s):
    if s >= 1 << 20 and s % (1 << 20) == 0:
        return f"{s >> 20}Mi"
    if s >= 1024 and s % 1024 == 0:
        return f"{s >> 10}Ki"
    return str(s)


def report(res, scales, fit_min):
    rows = analyse(res, scales)
    print()
    for m in MODELS:
        if m in scales:
            print(f"global scale {m}: {scales[m][0]:.5f} ns/fuel "
                  f"({1 / scales[m][0]:.1f} fuel/ns), median over {scales[m][1]} references")
    print("x = (native ns/el) / (fuel/el) / global ns-per-fuel: >1 fuel too cheap "
          "(U = under-priced by >1.5x), <1 fuel too dear (O = over-priced by >1.5x)")
    print("per element; B/el = native bytes per element (wasm32 pointers are 4 B); "
          "mv/el = bytes the runtime moved per element (memcpy/memmove/memset)")
    print("need = fuel/el that would price it right under cost-v1's scale; "
          "need/mvB = the same as a price per moved byte, given the class's operator fuel")
    print("noise% = interquartile range / median of the per-pair (ABBA) native marginals; "
          "xcp = x of the whole copy, loop iteration included (per copy, not marginal)")
    print()
    hdr = (f"{'class':<19}{'size':>5} {'B/el':>4} {'ns/el':>8} {'noise%':>6} "
           f"{'c1 f/el':>8} {'mv/el':>5} {'x c1':>9}  {'ca f/el':>8} {'miss/el':>7} {'x ca':>9}  "
           f"{'need':>7} {'need/mvB':>8} {'xcp c1':>6} {'xcp ca':>6}")
    print(hdr)
    print("-" * len(hdr))
    last = None
    for r in rows:
        if last and last != r["class"]:
            print()
        last = r["class"]
        c1, ca = r.get("cost-v1", {}), r.get("cache-v1", {})
        nm = r.get("need_per_moved_byte")
        print(f"{r['class']:<19}{size_label(r['size']):>5} {CLASSES[r['class']][0]:>4} "
              f"{r['ns_el']:8.4f} {r['ns_noise_pct']:6.1f} "
              f"{c1.get('fuel_el', float('nan')):8.3f} {c1.get('moved_el', float('nan')):5.2f} "
              f"{fmt_x(c1.get('x', float('nan')))}"
              f"{ca.get('fuel_el', float('nan')):8.3f} {ca.get('miss_el', float('nan')):7.4f} "
              f"{fmt_x(ca.get('x', float('nan')))}"
              f"{r.get('need_fuel_el', float('nan')):7.3f} "
              f"{('%8.3f' % nm) if nm is not None else '       -'} "
              f"{c1.get('x_copy', float('nan')):6.2f} {ca.get('x_copy', float('nan')):6.2f}")
    # Per class: the price that fits it across size classes >= 64.
    print()
    print(f"per class, sizes >= {fit_min} (where the copy dominates; median over sizes, "
          "the range in brackets):")
    print(f"{'class':<19} {'x c1 median [min..max]':>26} {'x ca median [min..max]':>26} "
          f"{'need fuel/el':>22} {'need per moved byte':>24}")
    for name in res["classes"]:
        rs = [r for r in rows if r["class"] == name and r["size"] >= fit_min]
        if not rs:
            continue

        def med_rng(vals, w=6):
            vals = [v for v in vals if v is not None and v == v]
            if not vals:
                return "-"
            return f"{statistics.median(vals):{w}.3f} [{min(vals):.3f}..{max(vals):.3f}]"
        print(f"{name:<19} {med_rng([r['cost-v1']['x'] for r in rs]):>26} "
              f"{med_rng([r['cache-v1']['x'] for r in rs if 'cache-v1' in r]):>26} "
              f"{med_rng([r.get('need_fuel_el') for r in rs]):>22} "
              f"{med_rng([r.get('need_per_moved_byte') for r in rs]):>24}")
    for name, again in res.get("native_repeats", {}).items():
        first = {s["size"]: s for s in res["classes"][name]["native"]["sizes"]}
        print()
        print(f"native noise, {name} timed twice (a few minutes apart): marginal ns/el")
        for s in again["sizes"]:
            a = first[s["size"]]
            dsz = s["size"] - S0
            m1 = statistics.median([(x - y) / dsz for x, y in zip(a["ns"], a["base_ns"])])
            m2 = statistics.median([(x - y) / dsz for x, y in zip(s["ns"], s["base_ns"])])
            print(f"  {size_label(s['size']):>5}: {m1:.4f} vs {m2:.4f} ns/el "
                  f"(ratio {m2 / m1 if m1 else float('nan'):.2f}); per copy "
                  f"{statistics.median(a['ns']):.0f} vs {statistics.median(s['ns']):.0f} ns, "
                  f"baseline {statistics.median(a['base_ns']):.1f} vs "
                  f"{statistics.median(s['base_ns']):.1f} ns")
    return rows


# ------------------------------------------------------------------ main ---

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eg", default="target/release/effgauge", help="effgauge binary")
    ap.add_argument("--fidelity",
                    help="a `problems fidelity --json` run, for the global ns-per-fuel scales")
    ap.add_argument("--python", default="/usr/bin/python3.11", help="native CPython 3.11")
    ap.add_argument("--classes", default=",".join(CLASSES))
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument("--target-ms", type=float, default=20.0,
                    help="native duration of one timing (sets n per size)")
    ap.add_argument("--reps", type=int, default=9, help="native timings per size and baseline")
    ap.add_argument("--repeat-native", default="str_slice",
                    help="classes timed natively a second time, at the end, for the noise")
    ap.add_argument("--work-dir", default=os.path.join(tempfile.gettempdir(), "copy_classes"))
    ap.add_argument("--fit-min-size", type=int, default=4096,
                    help="smallest size in the per-class summary")
    ap.add_argument("--from", dest="from_", help="re-print a saved results JSON")
    ap.add_argument("--native-worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.native_worker:
        return native_worker(args)
    if not args.fidelity:
        ap.error("--fidelity FIDELITY.json is needed (a `problems fidelity --json` run)")
    scales = global_scales(args.fidelity) if os.path.exists(args.fidelity) else {}
    if args.from_:
        with open(args.from_) as f:
            res = json.load(f)
        report(res, scales, args.fit_min_size)
        return
    os.makedirs(args.work_dir, exist_ok=True)
    names = [c for c in args.classes.split(",") if c]
    models = [m for m in args.models.split(",") if m]
    res = {"sizes": args.sizes, "S0": S0, "target_ms": args.target_ms, "reps": args.reps,
           "eg": args.eg, "classes": {}}
    t0 = time.time()
    # Native first, all classes (nothing else running), then the fuel runs.
    for name in names:
        nat = run_native(name, args)
        res["classes"][name] = {"native": nat, "fuel": {}}
        print(f"[native] {name}: n0={nat['n0']} n={[s['n'] for s in nat['sizes']]} "
              f"({nat['seconds']:.1f} s, load {nat['loadavg_after']:.1f})", file=sys.stderr, flush=True)
    for name in names:
        for m in models:
            fu = run_fuel(name, res["classes"][name]["native"], m, args)
            res["classes"][name]["fuel"][m] = fu
            print(f"[fuel] {name} {m}: {fu['seconds']:.1f} s, instances {fu['instances']}",
                  file=sys.stderr, flush=True)
    res["native_repeats"] = {}
    for name in [c for c in args.repeat_native.split(",") if c in res["classes"]]:
        res["native_repeats"][name] = run_native(name, args)
        print(f"[native again] {name}", file=sys.stderr, flush=True)
    res["seconds"] = time.time() - t0
    out = os.path.join(args.work_dir, "results.json")
    with open(out, "w") as f:
        json.dump(res, f, indent=1)
    print(f"raw results: {out} ({res['seconds']:.0f} s)", file=sys.stderr)
    report(res, scales, args.fit_min_size)


if __name__ == "__main__":
    main()
