"""Times a problem's reference and alternatives natively, in pairs, for
`effgauge problems fidelity`.

Run by effgauge with the host's CPython 3.11 as `python3.11 native_time.py
JOB.json` (once per repetition, each in a fresh process); prints one JSON
object on stdout. The job names the problem's entry point, the cases (files
of marshal data: the argument tuple of one call, the very bytes the sandbox
decodes), the reference's source file and, per alternative, its source file
and the cases to time it on.

The machine's speed drifts (up to 2x between minutes on a shared 2-core VM),
so timing the reference and an alternative minutes apart measures the drift
as much as the programs. Each case of an alternative is therefore timed
*paired*: reference and alternative in turn, in this one process, in the
order ABBA ABBA... (so neither always runs first, right after the other's
garbage), `timings` timings each, and the figure of each is the median
per-call time. The reference is timed again beside every alternative that
runs on the case.

Each call gets a fresh module (the solution's code executed into a new
namespace, so no cache survives from one call to the next, as in the
sandbox's fresh instance per case) and freshly decoded arguments (a solution
may mutate its input); both are made outside the timed region, and the
random module is seeded and the garbage collected before each timing. A
timing is `time.perf_counter_ns` around the calls. Calls shorter than
`min_ns` are repeated inside one timing (a loop over prepared calls, until
the loop lasts at least `min_ns`) and the total divided by the repetitions: a
single call of a few microseconds is dominated by the timer and the
scheduler.
"""

import gc
import json
import marshal
import math
import random
import statistics
import sys
import threading
import time
import traceback

# Bound on the marshal bytes decoded ahead of one timed batch.
BATCH_BYTES = 16 << 20
MAX_REPS = 1_000_000


class SolutionFailed(Exception):
    """A program raised on a case; `side` says which one."""

    def __init__(self, side, message):
        super().__init__(message)
        self.side = side


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


class Program:
    """One side of a pair: its code, and which side it is."""

    def __init__(self, side, code):
        self.side = side
        self.code = code

    def per_call_ns(self, entry, data, reps, seed):
        try:
            return timed(self.code, entry, data, reps, seed) / reps
        except BaseException as e:
            raise SolutionFailed(self.side, f"{type(e).__name__}: {e}") from e


def batch_size(first_ns, min_ns):
    """Calls per timing so that a timing lasts at least `min_ns`."""
    if first_ns >= min_ns:
        return 1
    return min(MAX_REPS, max(2, math.ceil(min_ns / max(first_ns, 1))))


def time_pair(programs, entry, data, timings, min_ns, seed):
    """Median per-call ns of each of the two programs on one case, and the
    calls per timing of each, timed in turn in the order ABBA ABBA..."""
    # One call of each, to size the batches (and, as it comes, to warm up).
    first = [p.per_call_ns(entry, data, 1, seed) for p in programs]
    # A short first call is also a cold one: size its batch from a second,
    # warm call if that is quicker, or its timings fall short of `min_ns`.
    for i, p in enumerate(programs):
        if first[i] < min_ns:
            first[i] = min(first[i], p.per_call_ns(entry, data, 1, seed))
    reps = [batch_size(ns, min_ns) for ns in first]
    samples = [[], []]
    done = 0
    if reps == [1, 1]:
        # Long calls: the sizing call is the first pair, in the order AB.
        for s, ns in zip(samples, first):
            s.append(ns)
        done = 1
    for k in range(done, timings):
        order = (0, 1) if k % 2 == 0 else (1, 0)
        for i in order:
            samples[i].append(programs[i].per_call_ns(entry, data, reps[i], seed))
    return [statistics.median(s) for s in samples], reps


def load(path, entry):
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    fresh_function(code, entry)
    return code


def time_alternative(reference, alternative, indices, job, cases):
    """The paired times of one alternative on the cases `indices`; raises
    SolutionFailed when either program raises."""
    out = []
    programs = [reference, alternative]
    for index in indices:
        with open(cases[index], "rb") as f:
            data = f.read()
        try:
            (ref_ns, alt_ns), (ref_reps, alt_reps) = time_pair(
                programs, job["entry_point"], data, job["timings"], job["min_ns"], job["seed"])
        except SolutionFailed as e:
            e.args = (f"case {index}: {e.args[0]}",)
            raise
        out.append({
            "case": index,
            "reference_ns": ref_ns,
            "alternative_ns": alt_ns,
            "reference_reps": ref_reps,
            "alternative_reps": alt_reps,
        })
    return out


def main():
    with open(sys.argv[1]) as f:
        job = json.load(f)
    entry = job["entry_point"]
    cases = {c["index"]: c["path"] for c in job["cases"]}
    result = {
        "python": sys.version.split()[0],
        "implementation": sys.implementation.name,
        "reference_error": None,
        "alternatives": [],
    }
    try:
        reference = Program("reference", load(job["reference"], entry))
    except BaseException:
        result["reference_error"] = "failed to load: " + traceback.format_exc(limit=2)
        reference = None
    for alt in job["alternatives"] if reference else []:
        item = {"name": alt["name"], "times": [], "error": None}
        result["alternatives"].append(item)
        try:
            alternative = Program("alternative", load(alt["path"], entry))
        except BaseException:
            item["error"] = "failed to load: " + traceback.format_exc(limit=2)
            continue
        try:
            item["times"] = time_alternative(reference, alternative, alt["cases"], job, cases)
        except SolutionFailed as e:
            if e.side == "reference":
                result["reference_error"] = str(e)
                break
            item["error"] = str(e)
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
