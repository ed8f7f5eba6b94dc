#!/usr/bin/env python3
"""COFFE's rules, run natively, next to effgauge's figures (effgauge issue 22, item 3).

For each problem of an imported COFFE function suite and each model's answer (the samples files
`effgauge import coffe --samples-out` wrote), this applies COFFE's own rules with the machine's
CPython instead of effgauge's sandbox:

1. correctness: the answer runs on COFFE's correctness tests (`testcases.json`), its output compared
   with the output COFFE *states* by COFFE's rule (`code_execution.is_equal`, re-implemented here
   without numpy), each test in a fresh module namespace of a worker process, with a timeout;
2. cost: answers correct under (1) and COFFE's best solution are timed on COFFE's stress tests
   (`stressful_testcases.json`, each input evaluated after `random.seed(1024)`), interleaved in one
   process (the order alternates round by round), short calls batched to at least `--batch` seconds,
   the median of the rounds taken per test; the whole measurement is done twice (two passes over
   every problem, each problem in a new process) and the two passes' per-problem ratios are compared
   (Spearman's rho, share within 1.5x) as the noise floor. COFFE counts CPU instructions with perf;
   this runs where there is no PMU, so the cost is the CPU time of the call (`time.process_time`,
   `--clock wall` for `perf_counter`), the mean of the two passes.
3. COFFE's metrics: pass@1, efficient@1 (correct and summed stress cost strictly below the best
   solution's; a failed or timed-out stress call costs infinity as in COFFE), speedup = sum best /
   sum model over the problems the model gets right (infinite sums skipped, as COFFE does); printed
   next to effgauge's figures from a results file, with its 95 % intervals;
4. the per-problem disagreements with effgauge, by cause.

Standard library only (Python 3.11). Runs untrusted model code natively with resource limits but no
sandbox: run it in a throw-away container or VM.

    python3.11 harness/benches/coffe_native.py --coffe COFFE_DIR --suite coffe-fn \\
        --samples coffe-fn-samples/GPT-4o.jsonl coffe-fn-samples/Llama3.1_405B.jsonl \\
        --results results.json [--problems ids.txt] [--sample N --seed S] --out native.json

Written from COFFE's code (JohnnyPeng18/Coffe, Apache-2.0: coffe/code_execution.py is_equal and
check_output, coffe/evaluator.py Metrics.cal); nothing of it is copied.
"""

import argparse
import ast
import concurrent.futures
import copy
import gc
import io
import json
import math
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

INF = float("inf")
HERE = os.path.abspath(__file__)

# --------------------------------------------------------------------------------------------
# COFFE's comparison rule (code_execution.is_equal with atol = 0, as check_output calls it)
# --------------------------------------------------------------------------------------------


def _tuples_to_lists(x):
    if isinstance(x, (list, tuple)):
        return [_tuples_to_lists(v) for v in x]
    if isinstance(x, dict):
        return {k: _tuples_to_lists(v) for k, v in x.items()}
    return x


def _is_floats(x):
    # COFFE: a float, or a list/tuple all of whose items are floats (an empty one too)
    if isinstance(x, float):
        return True
    if isinstance(x, (list, tuple)):
        return all(isinstance(v, float) for v in x)
    return False


def _allclose(actual, desired, atol, rtol=1e-7):
    """numpy.testing.assert_allclose(actual, desired, atol) on floats / flat lists of floats:
    |actual - desired| <= atol + rtol * |desired| elementwise, NaN equal to NaN, a scalar broadcast
    against a list, lists of different lengths unequal."""
    a_list = isinstance(actual, (list, tuple))
    d_list = isinstance(desired, (list, tuple))
    if a_list and d_list:
        if len(actual) != len(desired):
            return False
        pairs = list(zip(actual, desired))
    elif a_list:
        pairs = [(v, desired) for v in actual]
    elif d_list:
        pairs = [(actual, v) for v in desired]
    else:
        pairs = [(actual, desired)]
    for x, y in pairs:
        x, y = float(x), float(y)
        if math.isnan(x) or math.isnan(y):
            if not (math.isnan(x) and math.isnan(y)):
                return False
            continue
        if math.isinf(x) or math.isinf(y):
            if x != y:
                return False
            continue
        if abs(x - y) > atol + rtol * abs(y):
            return False
    return True


def _strip(s):
    return s.replace("\n", "").replace(" ", "").replace("[", "").replace("]", "")


def coffe_equal(out, expected):
    """COFFE's is_equal(out, expected): returns the branch that accepted, or None."""
    if out == expected:
        return "eq"
    if isinstance(out, str) and isinstance(expected, str) and _strip(out) == _strip(expected):
        return "str"
    if _tuples_to_lists(out) == _tuples_to_lists(expected):
        return "tuple"
    if _is_floats(out) and _is_floats(expected):
        try:
            # COFFE: np.testing.assert_allclose(b, a, atol=1e-6) with a = output, b = expected
            if _allclose(expected, out, 1e-6):
                return "float"
        except Exception:
            return None
    return None


def typed_equal(a, b):
    """effgauge's `equivalent`, for diagnosis: Python's == on builtin values except that bool,
    int and float differ; a list equals a tuple; sets and dicts by content."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) or isinstance(b, (int, float)):
        return type(a) is type(b) and (a == b or (isinstance(a, float) and a != a and b != b))
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(typed_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(typed_equal(a[k], b[k]) for k in a)
    if isinstance(a, (set, frozenset)) and isinstance(b, (set, frozenset)):
        return a == b
    if type(a) is not type(b):
        return False
    return a == b


# --------------------------------------------------------------------------------------------
# Worker side (runs the code; started by the driver as `coffe_native.py _worker SPEC OUT`)
# --------------------------------------------------------------------------------------------


class _Timeout(BaseException):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


class _Sink(io.TextIOBase):
    def write(self, s):
        return len(s)

    def writable(self):
        return True

    def readable(self):
        return False

    def read(self, *a):
        raise OSError("stdin is closed")

    readline = read


def _call_limited(seconds, fn, *args):
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _load(code, entry):
    """exec the code in a fresh namespace (COFFE: `exec(code, {})`, so `__name__` is not
    "__main__") and return the function COFFE would call: COFFE renames the top-level function
    named after the instance's entry point to `solution` (MBPP rows carry one too), so an answer
    without a function of that name has no `solution` and fails."""
    ns = {}
    exec(compile(code, "<answer>", "exec"), ns)
    fn = ns.get(entry)
    if callable(fn):
        return fn, entry
    raise NameError("no function %r (COFFE: no `solution`)" % entry)


def _short(x, n=160):
    try:
        s = repr(x)
    except BaseException as e:  # noqa
        s = "<repr failed: %s>" % type(e).__name__
    return s if len(s) <= n else s[:n] + "..."


def _err(e):
    return "%s: %s" % (type(e).__name__, _short(str(e), 120))


def worker_correct(spec):
    """Best solution and each answer on COFFE's correctness tests; each test in a fresh namespace."""
    tests = spec["tests"]
    timeout = spec["timeout"]
    out = {"best": [], "answers": {}}
    best_outputs = []
    parts = [("best", spec["best"], "solution")] + [
        (m, code, spec["entry"]) for m, code in spec["answers"].items()
    ]
    for name, code, entry in parts:
        rows = []
        for i, t in enumerate(tests):
            row = {"case": i}
            try:
                args = json.loads(t["input"])
                expected = json.loads(t["output"])[0]
                fn, called = _call_limited(timeout, _load, code, entry)
                if called != entry:
                    row["called"] = called
                result = _call_limited(timeout, fn, *args)
            except _Timeout:
                row.update(status="timeout")
                rows.append(row)
                if name == "best":
                    best_outputs.append(None)
                continue
            except RecursionError as e:
                row.update(status="error", error=_err(e), kind="RecursionError")
                rows.append(row)
                if name == "best":
                    best_outputs.append(None)
                continue
            except MemoryError as e:
                row.update(status="error", error=_err(e), kind="MemoryError")
                rows.append(row)
                if name == "best":
                    best_outputs.append(None)
                continue
            except BaseException as e:  # noqa: model code may raise anything
                row.update(status="error", error=_err(e), kind=type(e).__name__)
                rows.append(row)
                if name == "best":
                    best_outputs.append(None)
                continue
            try:
                branch = coffe_equal(result, expected)
            except BaseException as e:  # noqa
                branch = None
                row["compare_error"] = _err(e)
            row["status"] = "pass" if branch else "wrong"
            row["branch"] = branch
            try:
                row["typed_eq_stated"] = typed_equal(result, expected)
            except BaseException:  # noqa
                row["typed_eq_stated"] = False
            if name == "best":
                best_outputs.append(result)
            else:
                ref = best_outputs[i] if i < len(best_outputs) else None
                try:
                    row["typed_eq_best"] = ref is not None and typed_equal(result, ref)
                    row["coffe_eq_best"] = ref is not None and coffe_equal(result, ref) is not None
                except BaseException:  # noqa
                    row["typed_eq_best"] = row["coffe_eq_best"] = False
            if branch is None or branch != "eq" or not row["typed_eq_stated"]:
                row["output"] = _short(result)
                row["expected"] = _short(expected)
            rows.append(row)
        if name == "best":
            out["best"] = rows
        else:
            out["answers"][name] = rows
    return out


def _measure(fn, args, k, mutating, clock, timeout, clock_cost):
    """Per-call seconds of fn(*args), k calls; inputs copied outside the timed region when the
    function mutates them."""
    gc.collect()
    if not mutating:
        signal.setitimer(signal.ITIMER_REAL, timeout * k + 1)
        try:
            t0 = clock()
            for _ in range(k):
                fn(*args)
            t1 = clock()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        return (t1 - t0) / k
    total = 0.0
    for _ in range(k):
        a = copy.deepcopy(args)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            t0 = clock()
            fn(*a)
            t1 = clock()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        total += max(0.0, t1 - t0 - clock_cost)
        del a
    return total / k


def worker_time(spec):
    clock = time.process_time if spec["clock"] == "process" else time.perf_counter
    timeout = spec["timeout"]
    batch = spec["batch"]
    rmax = spec["repeats"]
    budget_per_test = spec["budget"] / max(1, len(spec["stress"]))
    samples = []
    for _ in range(1000):
        t0 = clock()
        samples.append(clock() - t0)
    clock_cost = sorted(samples)[len(samples) // 2]
    names = list(spec["codes"])
    fns = {}
    res = {n: {"tests": [], "load_error": None} for n in names}
    for n in names:
        try:
            fns[n] = _call_limited(timeout, _load, spec["codes"][n], spec["entries"][n])[0]
        except BaseException as e:  # noqa
            res[n]["load_error"] = _err(e)
    dead = set()
    for ti, expr in enumerate(spec["stress"]):
        random.seed(1024)
        try:
            pristine = eval(expr, {"random": random, "math": math})
        except BaseException as e:  # noqa
            for n in names:
                res[n]["tests"].append({"status": "input_error", "error": _err(e), "time": INF})
            continue
        live = []
        info = {}
        shared = {}

        def shared_input(n, pristine, mutating):
            if mutating:
                return pristine
            if n not in shared:
                shared[n] = copy.deepcopy(pristine)
            return shared[n]

        for n in names:
            if n not in fns:
                info[n] = {"status": "error", "error": res[n]["load_error"], "time": INF}
                continue
            if n in dead:
                # one infinite test makes the sum infinite (COFFE's INF): skip the rest
                info[n] = {"status": "skipped", "time": INF}
                continue
            a = copy.deepcopy(pristine)
            try:
                gc.collect()
                t0 = clock()
                _call_limited(timeout, fns[n], *a)
                t1 = clock()
            except _Timeout:
                info[n] = {"status": "timeout", "time": INF}
                dead.add(n)
                continue
            except BaseException as e:  # noqa
                info[n] = {"status": "error", "error": _err(e), "time": INF}
                dead.add(n)
                continue
            try:
                mutating = not (a == pristine)
            except BaseException:  # noqa
                mutating = True
            single = t1 - t0
            copy_cost = 0.0
            cap = 1000000
            if mutating:
                # every call gets a fresh deep copy, made outside the timed region: keep the
                # copying (wall time, not measured) to about half a second per batch
                c0 = time.perf_counter()
                copy.deepcopy(pristine)
                copy_cost = time.perf_counter() - c0
                cap = max(1, min(2000, int(0.5 / max(copy_cost + single, 1e-9))))
            # calibrate like timeit's autorange: grow k until one batch takes `batch` seconds
            k = 1
            try:
                while single * k < batch and k < cap:
                    k = min(cap, max(k * 2, math.ceil(k * batch / max(single * k, 1e-9) * 1.1)))
                    single = _measure(fns[n], shared_input(n, pristine, mutating), k, mutating,
                                      clock, timeout, clock_cost)
            except _Timeout:
                info[n] = {"status": "timeout", "time": INF}
                dead.add(n)
                continue
            except BaseException as e:  # noqa
                info[n] = {"status": "error", "error": _err(e), "time": INF}
                dead.add(n)
                continue
            info[n] = {"status": "ok", "single": single, "k": k, "mutating": mutating,
                       "copy": copy_cost, "runs": []}
            live.append(n)
        round_cost = sum(max(info[n]["k"] * (info[n]["single"] + info[n]["copy"]), batch)
                         for n in live) or batch
        rounds = max(1, min(rmax, int(budget_per_test // round_cost)))
        for r in range(rounds):
            order = live if r % 2 == 0 else live[::-1]
            for n in order:
                if info[n]["status"] != "ok":
                    continue
                x = info[n]
                try:
                    per = _measure(fns[n], shared_input(n, pristine, x["mutating"]), x["k"],
                                   x["mutating"], clock, timeout, clock_cost)
                except _Timeout:
                    x.update(status="timeout", time=INF)
                    dead.add(n)
                    continue
                except BaseException as e:  # noqa
                    x.update(status="error", error=_err(e), time=INF)
                    dead.add(n)
                    continue
                x["runs"].append(per)
        for n in names:
            x = info[n]
            if x["status"] == "ok":
                runs = sorted(x["runs"])
                x["time"] = runs[len(runs) // 2] if len(runs) % 2 else (
                    runs[len(runs) // 2 - 1] + runs[len(runs) // 2]) / 2
                x["rounds"] = len(runs)
            res[n]["tests"].append(x)
        del pristine, shared
    return res


def worker_main(spec_path, out_path):
    sys.set_int_max_str_digits(1000000)
    sys.setrecursionlimit(1000000)
    signal.signal(signal.SIGALRM, _on_alarm)
    with open(spec_path) as f:
        spec = json.load(f)
    real_out = sys.stdout
    sys.stdout = sys.stderr = _Sink()
    sys.stdin = _Sink()
    os.chdir(os.path.dirname(os.path.abspath(spec_path)))  # the driver's scratch folder
    result = worker_correct(spec) if spec["kind"] == "correct" else worker_time(spec)
    with open(out_path, "w") as f:
        json.dump(result, f)
    real_out.flush()
    os._exit(0)


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------


def _limits(mem_bytes):
    def apply():
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
        try:
            resource.setrlimit(resource.RLIMIT_STACK, (1 << 30, 1 << 30))
        except (ValueError, OSError):
            pass
        os.setsid()
    return apply


def run_worker(spec, wall_timeout, mem_bytes, workdir):
    fd, spec_path = tempfile.mkstemp(suffix=".json", dir=workdir)
    with os.fdopen(fd, "w") as f:
        json.dump(spec, f)
    out_path = spec_path[:-5] + ".out.json"
    proc = subprocess.Popen([sys.executable, HERE, "_worker", spec_path, out_path],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, preexec_fn=_limits(mem_bytes))
    try:
        _, err = proc.communicate(timeout=wall_timeout)
        status = None
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        status = "worker_timeout"
    result = None
    if os.path.exists(out_path):
        with open(out_path) as f:
            result = json.load(f)
        os.unlink(out_path)
    os.unlink(spec_path)
    if result is None:
        status = status or "worker_crash(rc=%s)" % proc.returncode
    return result, status


def coffe_id(row):
    if row["dataset"] == "openai_humaneval":
        return "humaneval-" + row["task_id"].split("/")[1]
    return "mbpp-%s" % row["task_id"]


def load_problems(coffe_dir, suite_dir, ids):
    d = os.path.join(coffe_dir, "datasets", "function")
    data = json.load(open(os.path.join(d, "data.json")))
    tests = json.load(open(os.path.join(d, "testcases.json")))
    stress = json.load(open(os.path.join(d, "stressful_testcases.json")))
    best = json.load(open(os.path.join(d, "best_solutions.json")))
    problems = {}
    for row in data:
        pid = coffe_id(row)
        if ids is not None and pid not in ids:
            continue
        prompt = row["final_prompt"]
        if prompt not in tests or prompt not in best or not tests[prompt]:
            continue
        p = {
            "id": pid,
            "entry": row["entry_point"],
            "best": best[prompt][0],
            # the JSON texts, so that each test decodes its own fresh copy
            "tests": [{"input": json.dumps(t["input"]), "output": json.dumps(t["output"])}
                      for t in tests[prompt]],
            "stress": [t["input"] for t in stress.get(prompt, [])],
        }
        ref = os.path.join(suite_dir, pid, "reference.py")
        if os.path.exists(ref):
            p["suite_reference_matches"] = open(ref).read().startswith(p["best"])
        problems[pid] = p
    return problems


def load_samples(paths):
    models = {}
    for path in paths:
        with open(path) as f:
            for line in f:
                if line.strip():
                    s = json.loads(line)
                    models.setdefault(s["model"], {}).setdefault(s["task_id"], s["solution"])
    return models


def spearman(x, y):
    def ranks(v):
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
                j += 1
            for k in range(i, j + 1):
                r[order[k]] = (i + j) / 2 + 1
            i = j + 1
        return r
    if len(x) < 3:
        return float("nan")
    rx, ry = ranks(x), ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sx = math.sqrt(sum((a - mx) ** 2 for a in rx))
    sy = math.sqrt(sum((b - my) ** 2 for b in ry))
    return sxy / (sx * sy) if sx and sy else float("nan")


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def phase_correct(problems, models, args, workdir):
    results = {}

    def one(pid):
        p = problems[pid]
        answers = {m: models[m][pid] for m in models if pid in models[m]}
        spec = {"kind": "correct", "tests": p["tests"], "best": p["best"], "entry": p["entry"],
                "answers": answers, "timeout": args.timeout}
        wall = args.timeout * len(p["tests"]) * (1 + len(answers)) + 30
        res, status = run_worker(spec, wall, args.memory << 30, workdir)
        return pid, res, status

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        for n, (pid, res, status) in enumerate(ex.map(one, sorted(problems)), 1):
            results[pid] = {"result": res, "status": status}
            if n % 50 == 0:
                log("correctness: %d/%d" % (n, len(problems)))
    return results


def passes(rows):
    # a row with "called" comes from an older version that fell back to another function
    return bool(rows) and all(r["status"] == "pass" and not r.get("called") for r in rows)


def phase_time(problems, models, correct, args, workdir, rep):
    out = {}
    todo = []
    for pid in sorted(problems):
        p = problems[pid]
        c = correct[pid]["result"]
        if c is None or not p["stress"]:
            continue
        ok = [m for m in models if m in c["answers"] and passes(c["answers"][m])]
        if not ok:
            continue
        todo.append((pid, ok))
    if args.shuffle_seed is not None:
        random.Random(args.shuffle_seed + rep).shuffle(todo)

    def one(item):
        pid, ok = item
        p = problems[pid]
        codes = {"best": p["best"]}
        entries = {"best": "solution"}
        for m in ok:
            codes[m] = models[m][pid]
            entries[m] = p["entry"]
        spec = {"kind": "time", "codes": codes, "entries": entries, "stress": p["stress"],
                "timeout": args.timeout, "batch": args.batch, "repeats": args.repeats,
                "budget": args.budget, "clock": args.clock}
        wall = args.budget * 2 + args.timeout * len(p["stress"]) * len(codes) * 3 + 60
        t0 = time.time()
        res, status = run_worker(spec, wall, args.memory << 30, workdir)
        return pid, res, status, time.time() - t0

    with concurrent.futures.ThreadPoolExecutor(args.timing_jobs) as ex:
        for n, (pid, res, status, secs) in enumerate(ex.map(one, todo), 1):
            out[pid] = {"result": res, "status": status, "seconds": round(secs, 2)}
            if n % 25 == 0:
                log("timing pass %d: %d/%d" % (rep + 1, n, len(todo)))
    return out


def total_cost(timing, pid, name):
    t = timing.get(pid)
    if not t or t["result"] is None or name not in t["result"]:
        return INF
    tests = t["result"][name]["tests"]
    if not tests:
        return INF
    return sum(x["time"] for x in tests)


def effgauge_view(results_path):
    d = json.load(open(results_path))
    view = {}
    for m in d["models"]:
        per = {}
        for p in m["problems"]:
            s = p["samples"][0] if p["samples"] else None
            per[p["task_id"]] = {
                "verdict": s and s["verdict"], "status": s and s["status"],
                "failed_at": s and s["failed_at"], "error": s and s.get("error"),
                "efficient": bool(s and s["efficient"]),
                "cost": s and s["level_cost"], "ref_cost": p["reference_level_cost"],
                "speedup": p.get("speedup"),
            }
        view[m["model"]] = {"problems": per, "summary": m["summary"],
                            "tie_margin": d["harness"].get("tie_margin", 0.03),
                            "tie_floor": d["harness"].get("tie_floor", 30000.0)}
    return view


def classify_pass(pid, model, native_rows, eg, has_checker):
    """Why effgauge and COFFE's rule disagree on one answer's correctness."""
    eg_ok = eg["verdict"] in ("correct", "censored")
    native_ok = passes(native_rows)
    fa = eg["failed_at"] or {}
    err = eg.get("error") or ""
    if eg_ok and not native_ok:
        head = "effgauge passes / COFFE fails: "
        bad = next(r for r in native_rows if r["status"] != "pass") if native_rows else {}
        if bad.get("status") == "timeout":
            return head + "native timeout (limits)"
        if bad.get("status") == "error":
            return head + "native %s" % bad.get("kind", "error")
        if bad.get("typed_eq_best"):
            return head + "COFFE's stated output != its best solution's (COFFE's data)"
        if has_checker:
            return head + "tolerance (effgauge's checker)"
        return head + "other"
    if native_ok and not eg_ok:
        head = "effgauge fails / COFFE passes: "
        lvl = fa.get("level")
        if lvl == 1:
            if eg["status"] == "wrong" or "answered wrong" in err:
                return head + "stress output != reference's (COFFE never checks stress outputs)"
            if eg["status"] == "error":
                return head + ("raises on a stress input (COFFE's pass@1 ignores stress tests; "
                               "its cost is then INF)")
            return head + ("limits: out of fuel on a stress test even at 16x (effgauge %s; "
                           "COFFE's pass@1 ignores stress tests)" % eg["status"])
        case = fa.get("case", 0)
        row = native_rows[case] if case < len(native_rows) else None
        if row is None:
            return head + "other"
        if row.get("typed_eq_best"):
            return head + "level 0: native output equals the reference's (effgauge %s)" % eg["status"]
        br = row.get("branch")
        if br in ("eq", "tuple") and row.get("typed_eq_stated"):
            return head + "reference's output != COFFE's stated output (COFFE's data)"
        if br in ("eq", "tuple"):
            return head + "1 == 1.0 == True (COFFE's ==; effgauge tells int, float, bool apart)"
        if br == "str":
            return head + "string rule (COFFE ignores spaces, newlines, brackets)"
        if br == "float":
            return head + "float tolerance"
        return head + "other"
    return None


def effgauge_subset(e, pids):
    """effgauge's pass@1, efficient@1 and ratio of sums recomputed on a subset of its problems."""
    per = e["problems"]
    pids = [p for p in pids if p in per]
    if not pids:
        return None
    ok = [p for p in pids if per[p]["verdict"] in ("correct", "censored")]
    eff = [p for p in pids if per[p]["efficient"]]
    num = den = 0.0
    for p in pids:
        if per[p]["verdict"] != "correct":
            continue
        ref, cost = per[p]["ref_cost"][-1], per[p]["cost"][-1]
        if abs(cost - ref) <= max(e["tie_margin"] * ref, e["tie_floor"]):
            cost = ref  # effgauge's tie: the reference's own cost
        num += ref
        den += cost
    return {"pass@1": len(ok) / len(pids), "efficient@1": len(eff) / len(pids),
            "ratio_of_sums": num / den if den else float("nan"), "n": len(pids)}


def fmt_ci(m):
    if m.get("ci_low") is None:
        return "%.3f (no CI)" % m["value"]
    return "%.3f [%.3f, %.3f]" % (m["value"], m["ci_low"], m["ci_high"])


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "_worker":
        worker_main(sys.argv[2], sys.argv[3])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--coffe", help="root of a COFFE copy (datasets/function/)")
    ap.add_argument("--suite", help="the imported suite (effgauge import coffe)")
    ap.add_argument("--samples", nargs="+", help="samples .jsonl, one per model")
    ap.add_argument("--from", dest="from_json",
                    help="print the table again from a file --out wrote (measures nothing)")
    ap.add_argument("--results", help="effgauge's results file to compare with")
    ap.add_argument("--problems", help="file of problem ids to use (whitespace separated)")
    ap.add_argument("--sample", type=int, help="a fixed random sample of this many problems")
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--out", help="write everything measured here (JSON)")
    ap.add_argument("--correct-only", action="store_true", help="stop after correctness")
    ap.add_argument("--jobs", type=int, default=2, help="parallel correctness workers")
    ap.add_argument("--timing-jobs", type=int, default=1, help="parallel timing workers")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per call")
    ap.add_argument("--batch", type=float, default=0.010, help="min seconds per timed batch")
    ap.add_argument("--repeats", type=int, default=7, help="max rounds per stress test")
    ap.add_argument("--budget", type=float, default=60.0, help="seconds of rounds per problem")
    ap.add_argument("--memory", type=int, default=4, help="GiB address space per worker")
    ap.add_argument("--margin", type=float, default=0.03,
                    help="also report efficient@1 with this tie margin on time")
    ap.add_argument("--clock", choices=["process", "wall"], default="process")
    ap.add_argument("--shuffle-seed", type=int, default=None,
                    help="time problems in a seeded random order (per pass)")
    args = ap.parse_args()
    if not args.from_json and not (args.coffe and args.suite and args.samples):
        ap.error("--coffe, --suite and --samples are needed (or --from)")
    started = time.time()

    if args.from_json:
        saved = json.load(open(args.from_json))
        pids = saved["problems"]
        model_names = list(saved["models"])
        correct = saved.get("correct_raw") or _correct_from_report(saved)
        timing = saved["timing_raw"]
        secs = saved.get("timing_seconds", {})
        t_correct, t_total = secs.get("correctness", float("nan")), secs.get("total", float("nan"))
    else:
        ids = None
        if args.problems:
            ids = set(re.split(r"[\s,]+", open(args.problems).read().strip()))
        problems = load_problems(args.coffe, args.suite, ids)
        if args.sample and args.sample < len(problems):
            keep = random.Random(args.seed).sample(sorted(problems), args.sample)
            problems = {k: problems[k] for k in keep}
        models = load_samples(args.samples)
        mism = [p for p in problems if problems[p].get("suite_reference_matches") is False]
        log("%d problems, models %s; suite references differing from COFFE's best: %d"
            % (len(problems), ", ".join(models), len(mism)))
        workdir = tempfile.mkdtemp(prefix="coffe-native-")
        correct = phase_correct(problems, models, args, workdir)
        t_correct = time.time() - started
        log("correctness done in %.0f s" % t_correct)
        timing = [{}, {}]
        if not args.correct_only:
            for rep in range(2):
                timing[rep] = phase_time(problems, models, correct, args, workdir, rep)
                log("timing pass %d done at %.0f s" % (rep + 1, time.time() - started))
        pids = sorted(problems)
        model_names = list(models)
        t_total = time.time() - started
        shutil.rmtree(workdir, ignore_errors=True)
    timed = any(timing[0].values()) or any(timing[1].values())
    report, text = render(args, pids, model_names, correct, timing, timed, t_correct, t_total)
    print(text)
    if args.out and not args.from_json:
        with open(args.out, "w") as f:
            json.dump(report, f, default=lambda x: None)


def _correct_from_report(saved):
    """Rebuild the correctness results from a report written without `correct_raw`."""
    correct = {}
    for m, r in saved["models"].items():
        for pid, rec in r["problems"].items():
            c = correct.setdefault(pid, {"result": {"best": [], "answers": {}},
                                         "status": rec.get("worker")})
            c["result"]["best"] = [{"status": "pass" if rec.get("best_passes_stated") else "wrong"}]
            c["result"]["answers"][m] = rec["tests"]
    return correct


def render(args, pids, model_names, correct, timing, timed, t_correct, t_total):
    eg = effgauge_view(args.results) if args.results else {}
    report = {"args": vars(args), "problems": pids, "models": {}, "correct_raw": correct}
    n = len(pids)
    for m in model_names:
        per = {}
        npass = 0
        eff = [0, 0, 0]  # combined, pass A, pass B
        sums = [0.0, 0.0]
        ratios = []
        pass_dis = {}
        eff_dis = {}
        timeouts = {"best": 0, "model": 0}
        errors = 0
        eff_margin = flips = 0
        common = [0.0, 0.0]
        for pid in pids:
            c = correct[pid]["result"]
            rows = c["answers"].get(m, []) if c else []
            ok = passes(rows)
            rec = {"pass": ok, "tests": rows, "worker": correct[pid]["status"],
                   "best_passes_stated": passes(c["best"]) if c else None}
            if ok:
                npass += 1
                ga = [total_cost(timing[r], pid, "best") for r in range(2)]
                ma = [total_cost(timing[r], pid, m) for r in range(2)]
                g = (ga[0] + ga[1]) / 2
                mm = (ma[0] + ma[1]) / 2
                rec.update(best_cost=ga, model_cost=ma)
                for r in range(2):
                    if timing[r].get(pid) and timing[r][pid]["result"]:
                        for x in timing[r][pid]["result"][m]["tests"]:
                            timeouts["model"] += x["status"] == "timeout"
                            errors += x["status"] == "error"
                        for x in timing[r][pid]["result"]["best"]["tests"]:
                            timeouts["best"] += x["status"] == "timeout"
                rec["efficient"] = g > mm
                eff_margin += mm < (1 - args.margin) * g
                flips += (ga[0] > ma[0]) != (ga[1] > ma[1])
                if (eg and m in eg and pid in eg[m]["problems"]
                        and eg[m]["problems"][pid]["verdict"] == "correct"
                        and g < INF and mm < INF):
                    common[0] += g
                    common[1] += mm
                eff[0] += g > mm
                eff[1] += ga[0] > ma[0]
                eff[2] += ga[1] > ma[1]
                if g < INF and mm < INF:
                    sums[0] += g
                    sums[1] += mm
                if all(x < INF for x in ga + ma) and min(ma) > 0:
                    ratios.append((pid, ga[0] / ma[0], ga[1] / ma[1]))
            if eg and m in eg and pid in eg[m]["problems"]:
                e = eg[m]["problems"][pid]
                has_checker = bool(args.suite) and os.path.exists(os.path.join(args.suite, pid, "checker.py"))
                cause = classify_pass(pid, m, rows, e, has_checker)
                if cause:
                    pass_dis.setdefault(cause, []).append(pid)
                    rec["pass_disagreement"] = cause
                elif ok and timed:
                    eg_eff = e["efficient"]
                    nat = rec["efficient"]
                    if eg_eff != nat:
                        ref1, c1 = e["ref_cost"][-1], (e["cost"] or [None, None])[-1]
                        strict = c1 is not None and c1 < ref1
                        split = (ga[0] > ma[0]) != (ga[1] > ma[1])
                        if nat and strict and not eg_eff:
                            why = ("native faster, fuel lower but a tie: within 3 %"
                                   if ref1 - c1 <= eg[m]["tie_margin"] * ref1 else
                                   "native faster, fuel lower but a tie: within the %d-fuel floor"
                                   % eg[m]["tie_floor"])
                        elif e["verdict"] == "censored":
                            why = "effgauge censored (limit hit on stress)"
                        elif split:
                            why = ("native faster in one pass only (noise)" if nat else
                                   "native slower in one pass only (noise)")
                        elif nat:
                            why = "native faster, fuel says slower (fuel vs time)"
                        else:
                            why = "fuel says faster, native slower (fuel vs time)"
                        key = ("effgauge efficient / native not: " if eg_eff else
                               "native efficient / effgauge not: ") + why
                        eff_dis.setdefault(key, []).append(pid)
                        rec["efficient_disagreement"] = key
            per[pid] = rec
        sp = sums[0] / sums[1] if sums[1] else float("nan")
        rho = spearman([r[1] for r in ratios], [r[2] for r in ratios])
        within = (sum(1 for r in ratios if max(r[1] / r[2], r[2] / r[1]) <= 1.5) / len(ratios)
                  if ratios else float("nan"))
        report["models"][m] = {
            "pass@1": npass / n, "efficient@1": eff[0] / n,
            "efficient@1_pass_A": eff[1] / n, "efficient@1_pass_B": eff[2] / n,
            "speedup": sp, "noise_spearman": rho, "noise_within_1.5x": within,
            "efficient@1_time_margin": eff_margin / n, "efficient_flips": flips,
            "speedup_on_effgauge_set": common[0] / common[1] if common[1] else float("nan"),
            "noise_problems": len(ratios), "timeouts": timeouts, "stress_errors": errors,
            "pass_disagreements": pass_dis, "efficient_disagreements": eff_dis, "problems": per,
        }

    # the table
    out = []
    out.append("COFFE's rules natively (%d problems; cost = %s time of the call, paired, "
               "no PMU) next to effgauge (fuel)" % (n, "CPU" if args.clock == "process" else "wall"))
    out.append("| model | pass@1 COFFE-native | pass@1 effgauge | efficient@1 native (pass A / B) "
               "| efficient@1 effgauge | speedup native | speedup effgauge (ratio of sums; geo) "
               "| eff@1 effgauge |")
    out.append("|" + "---|" * 8)
    subset_note = None
    for m, r in report["models"].items():
        e = eg.get(m)
        egcols = ("-",) * 4
        if e:
            mets = {x["name"]: x for x in e["summary"]["metrics"]}
            sp = e["summary"].get("speedup") or {}
            if set(pids) == set(e["problems"]):
                egcols = (fmt_ci(mets["pass@1"]), fmt_ci(mets["efficient@1"]),
                          "%.3f; %.3f" % (sp.get("ratio_of_sums", float("nan")),
                                          sp.get("geometric_mean", float("nan"))),
                          fmt_ci(mets["eff@1"]))
            else:
                sub = effgauge_subset(e, pids)
                r["effgauge_subset"] = sub
                subset_note = ("effgauge's figures recomputed on these %d problems (no intervals: "
                               "the results file's are over its %d); its full-set 95 %% intervals "
                               "in brackets" % (sub["n"], len(e["problems"])))
                egcols = ("%.3f (all: %s)" % (sub["pass@1"], fmt_ci(mets["pass@1"])),
                          "%.3f (all: %s)" % (sub["efficient@1"], fmt_ci(mets["efficient@1"])),
                          "%.3f (all: %.3f; geo %.3f)" % (sub["ratio_of_sums"],
                                                          sp.get("ratio_of_sums", float("nan")),
                                                          sp.get("geometric_mean", float("nan"))),
                          "(all: %s)" % fmt_ci(mets["eff@1"]))
        if timed:
            nat = "%.3f (%.3f / %.3f)" % (r["efficient@1"], r["efficient@1_pass_A"],
                                          r["efficient@1_pass_B"])
            spn = "%.3f" % r["speedup"]
        else:
            nat = spn = "not timed"
        out.append("| %s | %.3f | %s | %s | %s | %s | %s | %s |" % (
            m, r["pass@1"], egcols[0], nat, egcols[1], spn, egcols[2], egcols[3]))
    if subset_note:
        out.append(subset_note)
    out.append("")
    for m, r in report["models"].items():
        if timed:
            out.append("%s: noise floor over %d problems timed in both passes: Spearman rho %.3f "
                       "of the passes' per-problem ratios (best/model), %.1f %% within 1.5x; "
                       "stress calls timed out: best %d, model %d; raised: %d"
                       % (m, r["noise_problems"], r["noise_spearman"],
                          100 * r["noise_within_1.5x"], r["timeouts"]["best"],
                          r["timeouts"]["model"], r["stress_errors"]))
            out.append("  efficient in one pass only: %d problems; efficient@1 native with a %g %% "
                       "margin on time (effgauge's rule): %.3f; native speedup over the problems "
                       "effgauge counts (correct there, uncensored): %.3f"
                       % (r["efficient_flips"], 100 * args.margin, r["efficient@1_time_margin"],
                          r["speedup_on_effgauge_set"]))
        else:
            out.append("%s:" % m)
        for title, dis in (("pass@1", r["pass_disagreements"]),
                           ("efficient@1", r["efficient_disagreements"])):
            for cause, ps in sorted(dis.items(), key=lambda kv: -len(kv[1])):
                out.append("  %s %3d  %s  e.g. %s" % (title, len(ps), cause, ", ".join(ps[:4])))
    best_bad = [pid for pid in pids if correct[pid]["result"]
                and not passes(correct[pid]["result"]["best"])]
    out.append("COFFE's best solution fails COFFE's stated outputs natively: %d %s"
               % (len(best_bad), ", ".join(sorted(best_bad)[:8])))
    report["best_fails_stated"] = sorted(best_bad)
    report["timing_seconds"] = {"correctness": round(t_correct, 1), "total": round(t_total, 1)}
    report["timing_raw"] = timing
    out.append("runtime: correctness %.0f s, total %.0f s" % (t_correct, t_total))
    return report, "\n".join(out)


if __name__ == "__main__":
    main()
