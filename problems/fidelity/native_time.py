"""Times solutions natively, for `effgauge problems fidelity`.

Run by effgauge with the host's CPython 3.11 as `python3.11 native_time.py
JOB.json`; prints one JSON object on stdout. The job names the problem's entry
point, the cases (files of marshal data: the argument tuple of one call, the
very bytes the sandbox decodes) and, per solution, its source file and the
cases to time.

Each call gets a fresh module (the solution's code executed into a new
namespace, so no cache survives from one call to the next, as in the
sandbox's fresh instance per case) and freshly decoded arguments (a solution
may mutate its input); both are made outside the timed region. A timing is
`time.perf_counter_ns` around the call. Calls shorter than `min_ns` are
repeated inside one timing (a loop over prepared calls, until the loop lasts
at least `min_ns`) and the total divided by the repetitions: a single call of
a few microseconds is dominated by the timer and the scheduler. Each case is
timed `runs` times; the figure is the smallest per-call time.
"""

import gc
import json
import marshal
import math
import random
import sys
import threading
import time
import traceback

# Bound on the marshal bytes decoded ahead of one timed batch.
BATCH_BYTES = 16 << 20
MAX_REPS = 1_000_000


def fresh_function(code, entry):
    namespace = {"__name__": "solution", "__builtins__": __builtins__}
    exec(code, namespace)
    return namespace[entry]


def timed(code, entry, data, reps, seed):
    """Total ns of `reps` calls, each on a fresh module and fresh arguments."""
    per_batch = max(1, min(reps, BATCH_BYTES // max(1, len(data))))
    total = 0
    done = 0
    while done < reps:
        n = min(per_batch, reps - done)
        calls = [(fresh_function(code, entry), marshal.loads(data)) for _ in range(n)]
        random.seed(seed)
        gc.collect()
        start = time.perf_counter_ns()
        for f, args in calls:
            f(*args)
        total += time.perf_counter_ns() - start
        done += n
        del calls
    return total


def time_case(code, entry, data, runs, min_ns, seed):
    first = timed(code, entry, data, 1, seed)
    if first >= min_ns:
        # Long calls: the first timing counts as the first run.
        times = [first] + [timed(code, entry, data, 1, seed) for _ in range(runs - 1)]
        return min(times), 1
    reps = min(MAX_REPS, max(2, math.ceil(min_ns / max(first, 1))))
    times = [timed(code, entry, data, reps, seed) / reps for _ in range(runs)]
    return min(times), reps


def main():
    with open(sys.argv[1]) as f:
        job = json.load(f)
    entry = job["entry_point"]
    runs = job["runs"]
    min_ns = job["min_ns"]
    seed = job["seed"]
    cases = {c["index"]: c["path"] for c in job["cases"]}
    out = []
    for solution in job["solutions"]:
        item = {"name": solution["name"], "times": [], "error": None}
        out.append(item)
        try:
            with open(solution["path"]) as f:
                code = compile(f.read(), solution["path"], "exec")
            fresh_function(code, entry)
        except BaseException:
            item["error"] = "failed to load: " + traceback.format_exc(limit=2)
            continue
        for index in solution["cases"]:
            with open(cases[index], "rb") as f:
                data = f.read()
            try:
                ns, reps = time_case(code, entry, data, runs, min_ns, seed)
            except BaseException as e:
                item["error"] = f"case {index}: {type(e).__name__}: {e}"
                break
            item["times"].append({"case": index, "ns": ns, "reps": reps})
    result = {
        "python": sys.version.split()[0],
        "implementation": sys.implementation.name,
        "solutions": out,
    }
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    # Deep recursion must not overflow the main thread's 8 MiB C stack (the
    # sandbox's interpreter has a 64 MiB one): run in a thread with room.
    threading.stack_size(512 << 20)
    failure = []

    def run():
        try:
            main()
        except BaseException:
            failure.append(traceback.format_exc())

    t = threading.Thread(target=run)
    t.start()
    t.join()
    if failure:
        sys.stderr.write(failure[0])
        sys.exit(1)
