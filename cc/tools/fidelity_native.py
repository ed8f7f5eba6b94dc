#!/usr/bin/env python3
"""How well does fuel rank C++ (or C) programs the way native time does? (a benchmark, not the judge)

    python3 cc/tools/fidelity_native.py [--language cpp|c] [--problems a,b,c] [--quick] [--budget 840]
                                        [--level top|highest-uncensored] [--scratch /tmp/fid]
                                        [--validate-json /tmp/fid/validate.json] [--revalidate]

Fuel side: the validator's JSON report of the C++ tracks
(`effgauge problems validate --language cpp --json`, run by this script into
--validate-json if that file is missing or --revalidate is given; the binary
is $EFFGAUGE_BIN if set, else /tmp/effgauge-validate or target/debug/effgauge,
the first that exists). For every
problem, the top weighted level (the last one) and every alternative that is
uncensored there give one pair: its fuel ratio = the alternative's fuel /
the reference's fuel (each the largest over the level's cases).

Native side, for each pair: the top level's cases (the very inputs the
validator used, read from effgauge's prepared-problem cache when its entry
for the problem's current content hash exists, else regenerated with the
validator's seeds), the reference and the alternative each built with
clang++-19 -O2 -std=c++17 -fno-exceptions (plus -fPIC -shared
-fvisibility=hidden) into a shared library with effgauge's glue, and both
loaded by one timing program. The timing program decodes each case's
arguments once and measures every call with std::chrono::steady_clock,
alternating reference and alternative (ref, alt, ref, alt...): a call under
~10 ms is repeated in a batch of >= ~10 ms and divided; a call that mutates
its arguments gets a fresh copy before each call (untimed for single calls;
inside a batch, the copies are timed alone too and subtracted). The native
ratio of a pair = the alternative's median per-call time / the reference's,
each on its dearest case of the level (the largest median over the cases,
as fuel takes the largest fuel). Answers of the alternative are compared
with the reference's natively.

The whole native measurement is done twice; the agreement of the two
repetitions is the noise floor. Printed: a Markdown table (pairs, Spearman
rho, share of pairs within 1.5x, for fuel vs native and for the noise
floor, and the machine) and the 5 pairs where fuel and native disagree most.

--level highest-uncensored takes each alternative at the highest level where
it is uncensored instead (its fuel ratio and the reference's fuel there, and
that level's cases natively): on tracks whose alternatives are censored at
the top (most C tracks, at 10x), the top level alone leaves few pairs.

--language c measures the C tracks the same way (`validate --language c`;
c/reference.c against c/alternatives/*.c). A C source is built as effgauge
builds a C candidate (cc/src/compile.rs): its file with the entry point's C
declaration appended, compiled alone as C17 (clang-19 -O2 -std=c17 -fPIC
-fvisibility=hidden) into an object, linked into the shared library with a
C++ unit holding the C adapter `effgauge_call` (check_native.py's port of
cc/src/c_abi.rs: the decoded arguments lent to the function LeetCode style,
its result copied back) and the timing interface. Two things only the
native side needs, since the sandbox gives every case a fresh instance and
the timer calls a function many times in one process: the result is reset
before each call (the adapter appends to it), and the C object's malloc,
calloc, realloc, free, strdup and strndup are renamed (llvm-objcopy, after
the compiler optimised with the real ones) to thin wrappers that keep what
the call allocated on a list, and free what is left at the end of each call,
inside the timed call, as a C++ program's destructors are; without them the
results and scratch a C program never frees (nothing needs to, per case)
pile up over thousands of calls.

Scratch files go to /tmp/fid/ for C++ and /tmp/fid-c/ for C (builds are
cached there by content; --scratch names another folder).
"""
import argparse
import concurrent.futures
import glob
import hashlib
import importlib.util
import json
import marshal
import math
import os
import pathlib
import random
import shutil
import statistics
import struct
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # loading check_native.py and generators must not write into the tree

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SUITE = ROOT / "problems" / "suite"
SCRATCH = pathlib.Path("/tmp/fid")  # set by --scratch / --language in main()


def _load_check_native():
    spec = importlib.util.spec_from_file_location("check_native", HERE / "check_native.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CN = _load_check_native()
CXX = CN.CXX
CC = CN.CC
FLAGS = ["-std=c++17", "-O2", "-fno-exceptions", "-I", str(HERE.parent / "include")]
SO_FLAGS = ["-fPIC", "-shared", "-fvisibility=hidden"]
C_OBJ_FLAGS = [*CN.C_FLAGS, "-fPIC", "-fvisibility=hidden"]
OBJCOPY = "llvm-objcopy-19"
# The C object's allocation functions, renamed to the tracking wrappers (C_ALLOC).
C_ALLOC_RENAMES = ["malloc", "calloc", "realloc", "free", "strdup", "strndup"]
LANGUAGES = {"cpp": "C++", "c": "C"}
SPREAD = 1.5  # "within 1.5x": max(a/b, b/a) <= SPREAD


# --------------------------------------------------------------------------
# C++: what each source gets appended, and the timing program
# --------------------------------------------------------------------------

def exports(types, ret, language="cpp"):
    """The C interface a built source exposes to the timing program."""
    args = ", ".join(CN.cpp_type(t) for t in types)
    call = "effgauge_call(a, &eg_result);"
    if language == "c":
        # The C adapter appends to the result, and a C program leaves its
        # blocks allocated: a fresh result, and the blocks freed (C_ALLOC).
        call = "eg_result = EgRet{}; effgauge_call(a, &eg_result); eg_c_release();"
    return f"""
#include "effgauge_glue.hpp"
#include <cstddef>
namespace {{
using EgArgs = std::tuple<{args}>;
using EgRet = {CN.cpp_type(ret)};
EgRet eg_result{{}};
std::string eg_out;
}}
#define EG_EXPORT extern "C" __attribute__((visibility("default")))
EG_EXPORT void* eg_decode(const unsigned char* p, std::size_t n) {{
    effgauge_glue::Reader r{{p, p + n}};
    auto* a = new EgArgs();
    effgauge_glue::Codec<EgArgs>::get(r, *a);
    if (!r.ok) {{ delete a; return nullptr; }}
    return a;
}}
EG_EXPORT void* eg_clone(const void* a) {{ return new EgArgs(*static_cast<const EgArgs*>(a)); }}
EG_EXPORT void eg_assign(void* d, const void* s) {{ *static_cast<EgArgs*>(d) = *static_cast<const EgArgs*>(s); }}
EG_EXPORT void eg_free(void* a) {{ delete static_cast<EgArgs*>(a); }}
EG_EXPORT int eg_equal(const void* a, const void* b) {{
    return *static_cast<const EgArgs*>(a) == *static_cast<const EgArgs*>(b);
}}
EG_EXPORT void eg_call(void* a) {{ {call} }}
EG_EXPORT const char* eg_encode(std::size_t* n) {{
    eg_out.clear();
    effgauge_glue::Codec<EgRet>::put(eg_out, eg_result);
    *n = eg_out.size();
    return eg_out.data();
}}
"""


C_ALLOC = r"""
// What the C object calls for malloc, calloc, realloc, free, strdup and
// strndup (renamed by llvm-objcopy): libc's, with a 32-byte header that keeps
// each live block on a list, so that eg_c_release() frees what a call left.
// A pointer without the mark (libc's own, e.g. from a function not renamed)
// goes to libc untouched.
#include <cstdint>
#include <cstdlib>
#include <cstring>
namespace {
struct EgBlock { EgBlock* prev; EgBlock* next; std::uint64_t pad; std::uint64_t mark; };
static_assert(sizeof(EgBlock) == 32, "16-byte alignment kept");
constexpr std::uint64_t EG_MARK = 0x6566666761756765ULL;
EgBlock eg_live{&eg_live, &eg_live, 0, 0};
inline void* eg_track(void* raw) {
    if (!raw) return nullptr;
    auto* b = static_cast<EgBlock*>(raw);
    b->mark = EG_MARK;
    b->prev = &eg_live; b->next = eg_live.next;
    eg_live.next->prev = b; eg_live.next = b;
    return b + 1;
}
inline EgBlock* eg_block(void* p) {
    auto* b = static_cast<EgBlock*>(p) - 1;
    return b->mark == EG_MARK ? b : nullptr;
}
inline void eg_unlink(EgBlock* b) { b->prev->next = b->next; b->next->prev = b->prev; b->mark = 0; }
}
extern "C" {
void* eg_c_malloc(std::size_t n) { return n > SIZE_MAX - 32 ? nullptr : eg_track(std::malloc(n + 32)); }
void* eg_c_calloc(std::size_t n, std::size_t m) {
    if (m && n > (SIZE_MAX - 32) / m) return nullptr;
    return eg_track(std::calloc(1, n * m + 32));
}
void eg_c_free(void* p) {
    if (!p) return;
    EgBlock* b = eg_block(p);
    if (!b) { std::free(p); return; }
    eg_unlink(b);
    std::free(b);
}
void* eg_c_realloc(void* p, std::size_t n) {
    if (!p) return eg_c_malloc(n);
    EgBlock* b = eg_block(p);
    if (!b) return std::realloc(p, n);
    if (n == 0) { eg_c_free(p); return nullptr; }
    if (n > SIZE_MAX - 32) return nullptr;
    eg_unlink(b);
    void* raw = std::realloc(b, n + 32);
    if (!raw) { eg_track(b); return nullptr; }
    return eg_track(raw);
}
char* eg_c_strndup(const char* s, std::size_t n) {
    std::size_t len = strnlen(s, n);
    auto* d = static_cast<char*>(eg_c_malloc(len + 1));
    if (d) { std::memcpy(d, s, len); d[len] = 0; }
    return d;
}
char* eg_c_strdup(const char* s) { return eg_c_strndup(s, SIZE_MAX); }
}
namespace {
void eg_c_release() {
    for (EgBlock* b = eg_live.next; b != &eg_live;) {
        EgBlock* next = b->next;
        b->mark = 0;
        std::free(b);
        b = next;
    }
    eg_live.prev = eg_live.next = &eg_live;
}
}
"""


TIMER = r"""
// fidelity_native's timing program: loads two or more built sources
// (shared libraries with the eg_* interface), and times their calls on each
// case, alternating between them.
//   timer <cases> <results-dir> <reps-min> <reps-max> <case-budget-ns>
//         <batch-ns> <max-call-ns> <lib>...
// <cases>: u32 count, then per case u32 length + the arguments' bytes.
// Prints one line per (case, program):
//   T <case> <prog> <status> <median-ns> <batch> <mutates> <reps> <result-bytes> <same-as-prog-0>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;
static inline double ns_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::nano>(Clock::now() - t0).count();
}

struct Lib {
    void* (*decode)(const unsigned char*, size_t);
    void* (*clone)(const void*);
    void (*assign)(void*, const void*);
    void (*release)(void*);
    int (*equal)(const void*, const void*);
    void (*call)(void*);
    const char* (*encode)(size_t*);
};

template <class F> static void sym(void* h, const char* name, F& f) {
    void* p = dlsym(h, name);
    if (!p) { std::fprintf(stderr, "missing %s: %s\n", name, dlerror()); std::exit(4); }
    f = reinterpret_cast<F>(p);
}

static Lib open_lib(const char* path) {
    void* h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) { std::fprintf(stderr, "dlopen %s: %s\n", path, dlerror()); std::exit(4); }
    Lib l;
    sym(h, "eg_decode", l.decode); sym(h, "eg_clone", l.clone); sym(h, "eg_assign", l.assign);
    sym(h, "eg_free", l.release); sym(h, "eg_equal", l.equal); sym(h, "eg_call", l.call);
    sym(h, "eg_encode", l.encode);
    return l;
}

struct Prog {
    Lib lib;
    void* orig = nullptr;
    void* work = nullptr;
    bool mutates = false;
    double single = 0;
    long batch = 1;
    std::string result;
    const char* status = "ok";
    std::vector<double> samples;
};

// One sample: the time of one call, in ns.
static double sample(Prog& p) {
    if (p.batch == 1) {
        if (p.mutates) p.lib.assign(p.work, p.orig);  // untimed
        auto t0 = Clock::now();
        p.lib.call(p.work);
        return ns_since(t0);
    }
    if (!p.mutates) {
        auto t0 = Clock::now();
        for (long i = 0; i < p.batch; ++i) p.lib.call(p.work);
        return ns_since(t0) / p.batch;
    }
    // Copy + call, then the copies alone, subtracted.
    auto t0 = Clock::now();
    for (long i = 0; i < p.batch; ++i) { p.lib.assign(p.work, p.orig); p.lib.call(p.work); }
    double both = ns_since(t0);
    auto t1 = Clock::now();
    for (long i = 0; i < p.batch; ++i) p.lib.assign(p.work, p.orig);
    double copies = ns_since(t1);
    return std::max(both - copies, 0.0) / p.batch;
}

int main(int argc, char** argv) {
    if (argc < 9) { std::fprintf(stderr, "usage\n"); return 2; }
    const char* cases_path = argv[1];
    std::string results_dir = argv[2];
    long reps_min = std::atol(argv[3]), reps_max = std::atol(argv[4]);
    double case_budget = std::atof(argv[5]), batch_ns = std::atof(argv[6]), max_call = std::atof(argv[7]);
    std::vector<Prog> progs;
    for (int i = 8; i < argc; ++i) { Prog p; p.lib = open_lib(argv[i]); progs.push_back(std::move(p)); }

    FILE* f = std::fopen(cases_path, "rb");
    if (!f) return 5;
    std::string data;
    char buf[1 << 16];
    size_t got;
    while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, got);
    std::fclose(f);
    const unsigned char* at = reinterpret_cast<const unsigned char*>(data.data());
    uint32_t ncases;
    std::memcpy(&ncases, at, 4); at += 4;

    for (uint32_t c = 0; c < ncases; ++c) {
        uint32_t len;
        std::memcpy(&len, at, 4); at += 4;
        const unsigned char* bytes = at;
        at += len;
        bool any_bad = false;
        for (auto& p : progs) {
            p.status = "ok"; p.samples.clear(); p.batch = 1; p.mutates = false; p.single = 0;
            p.orig = p.lib.decode(bytes, len);
            if (!p.orig) { p.status = "decode-failed"; any_bad = true; continue; }
            p.work = p.lib.clone(p.orig);
            // First call: the answer, whether it mutates its arguments, a first time.
            auto t0 = Clock::now();
            p.lib.call(p.work);
            p.single = ns_since(t0);
            size_t n;
            const char* r = p.lib.encode(&n);
            p.result.assign(r, n);
            p.mutates = !p.lib.equal(p.work, p.orig);
            if (p.single > max_call) { p.status = "too-slow"; any_bad = true; continue; }
            // A second, warm call for the estimate.
            if (p.mutates) p.lib.assign(p.work, p.orig);
            t0 = Clock::now();
            p.lib.call(p.work);
            p.single = std::min(p.single, ns_since(t0));
            if (p.single < batch_ns)
                p.batch = std::max(1L, (long)std::ceil(batch_ns / std::max(p.single, 5.0)));
        }
        if (!any_bad) {
            // What fuel meters besides the call: decoding the arguments (and
            // freeing them), timed alone with the first program's codec.
            Prog& p0 = progs[0];
            auto d0 = Clock::now();
            p0.lib.release(p0.lib.decode(bytes, len));
            double one = ns_since(d0);
            long dbatch = one < batch_ns ? std::max(1L, (long)std::ceil(batch_ns / std::max(one, 5.0))) : 1;
            std::vector<double> ds;
            for (int r = 0; r < 3; ++r) {
                auto t0 = Clock::now();
                for (long i = 0; i < dbatch; ++i) p0.lib.release(p0.lib.decode(bytes, len));
                ds.push_back(ns_since(t0) / dbatch);
            }
            std::sort(ds.begin(), ds.end());
            std::printf("D %u %.1f\n", c, ds[1]);
            double round = 0;
            for (auto& p : progs) round += std::max(p.single, batch_ns) * (p.mutates && p.batch > 1 ? 1.5 : 1.0);
            long reps = (long)(case_budget / std::max(round, 1.0));
            reps = std::max(reps_min, std::min(reps_max, reps));
            for (long r = 0; r < reps; ++r)
                for (auto& p : progs) p.samples.push_back(sample(p));
        }
        for (size_t i = 0; i < progs.size(); ++i) {
            auto& p = progs[i];
            double med = NAN;
            if (!p.samples.empty()) {
                auto s = p.samples;
                std::sort(s.begin(), s.end());
                size_t m = s.size();
                med = m % 2 ? s[m / 2] : 0.5 * (s[m / 2 - 1] + s[m / 2]);
            }
            bool same = p.result == progs[0].result;
            if (!same) {
                for (size_t k : {(size_t)0, i}) {
                    std::string path = results_dir + "/case" + std::to_string(c) + "-prog" + std::to_string(k) + ".bin";
                    FILE* o = std::fopen(path.c_str(), "wb");
                    if (o) { std::fwrite(progs[k].result.data(), 1, progs[k].result.size(), o); std::fclose(o); }
                }
            }
            std::printf("T %u %zu %s %.1f %ld %d %zu %zu %d\n", c, i, p.status, med, p.batch, (int)p.mutates,
                        p.samples.size(), p.result.size(), (int)same);
            std::fflush(stdout);
            if (p.work) p.lib.release(p.work);
            if (p.orig) p.lib.release(p.orig);
            p.work = p.orig = nullptr;
        }
    }
    return 0;
}
"""


def build_timer():
    text = TIMER
    key = hashlib.sha256((text + CXX).encode()).hexdigest()[:16]
    exe = SCRATCH / "build" / f"timer-{key}"
    if not exe.exists():
        src = SCRATCH / "build" / f"timer-{key}.cpp"
        src.write_text(text)
        subprocess.run([CXX, "-std=c++17", "-O2", str(src), "-o", str(exe) + ".tmp", "-ldl"], check=True)
        os.replace(str(exe) + ".tmp", exe)
    return exe


def build_source(source, entry, types, ret, language="cpp", params=None):
    """Builds one source into a shared library (cached by content); returns (path, error).
    For C, `params` are the named parameters (check_native.named_signature)."""
    if language == "c":
        return build_c_source(source, entry, params, ret)
    text = source.read_text() + CN.adapter(entry, types, ret) + exports(types, ret)
    glue = (HERE.parent / "include" / "effgauge_glue.hpp").read_bytes()
    key = hashlib.sha256(text.encode() + glue + " ".join([CXX, *FLAGS, *SO_FLAGS]).encode()).hexdigest()[:20]
    lib = SCRATCH / "build" / f"{key}.so"
    if lib.exists():
        return lib, None
    tu = SCRATCH / "build" / f"{key}.cpp"
    tu.write_text(text)
    run = subprocess.run([CXX, *FLAGS, *SO_FLAGS, str(tu), "-o", str(lib) + ".tmp"], capture_output=True, text=True)
    if run.returncode != 0:
        return None, run.stderr.strip().splitlines()[0] if run.stderr.strip() else f"exit {run.returncode}"
    os.replace(str(lib) + ".tmp", lib)
    return lib, None


def build_c_source(source, entry, params, ret):
    """A C source: its file + the declaration as a C17 object, its allocation functions renamed
    to C_ALLOC's, linked with the C adapter, C_ALLOC and the exports (C++) into a shared library."""
    types = [t for _, t in params]
    c_text = source.read_text() + CN.c_appended(entry, params, ret)
    cpp_text = CN.c_adapter(entry, params, ret) + C_ALLOC + exports(types, ret, "c")
    glue = (HERE.parent / "include" / "effgauge_glue.hpp").read_bytes()
    renames = [x for name in C_ALLOC_RENAMES for x in ("--redefine-sym", f"{name}=eg_c_{name}")]
    key = hashlib.sha256(c_text.encode() + b"\0" + cpp_text.encode() + glue + " ".join(
        [CC, *C_OBJ_FLAGS, OBJCOPY, *renames, CXX, *FLAGS, *SO_FLAGS]).encode()).hexdigest()[:20]
    lib = SCRATCH / "build" / f"{key}.so"
    if lib.exists():
        return lib, None
    c_file, obj, tu = (SCRATCH / "build" / f"{key}{ext}" for ext in (".c", ".o", ".cpp"))
    c_file.write_text(c_text)
    tu.write_text(cpp_text)
    for cmd in ([CC, *C_OBJ_FLAGS, "-c", str(c_file), "-o", str(obj)],
                [OBJCOPY, *renames, str(obj)],
                [CXX, *FLAGS, *SO_FLAGS, str(tu), str(obj), "-o", str(lib) + ".tmp"]):
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:
            return None, run.stderr.strip().splitlines()[0] if run.stderr.strip() else f"exit {run.returncode}"
    os.replace(str(lib) + ".tmp", lib)
    return lib, None


# --------------------------------------------------------------------------
# Cases: the validator's inputs
# --------------------------------------------------------------------------

def content_hash(directory):
    """effgauge's problem content hash (problems/src/format/problem.rs)."""
    files = []

    def collect(path, prefix):
        for e in os.scandir(path):
            if e.name.startswith(".") or e.name == "__pycache__":
                continue
            rel = prefix + e.name
            if e.is_dir():
                collect(e.path, rel + "/")
            else:
                files.append(rel)

    collect(directory, "")
    files.sort()
    h = hashlib.sha256()
    for rel in files:
        b = (pathlib.Path(directory) / rel).read_bytes()
        h.update(rel.encode() + b"\0" + len(b).to_bytes(8, "little") + b)
    return h.hexdigest()


def cache_root():
    if os.environ.get("EFFGAUGE_CACHE_DIR"):
        return pathlib.Path(os.environ["EFFGAUGE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.environ.get("HOME", "/tmp"), ".cache")
    return pathlib.Path(base) / "effgauge"


def case_seed(pid, level, case):
    return int.from_bytes(hashlib.sha256(f"{pid}/{level}/{case}".encode()).digest()[:8], "big")


def top_cases(problem, pid, level):
    """The top level's argument tuples, and where they came from."""
    entries = glob.glob(str(cache_root() / "suite" / f"{content_hash(problem)}-*" / "prepared-v3.marshal"))
    for path in sorted(entries, key=os.path.getmtime, reverse=True):
        try:
            top = marshal.loads(pathlib.Path(path).read_bytes())
            if top[0] != "effgauge-prepared" or top[2] != pid:
                continue
            out = [(c, marshal.loads(args)) for (lv, c, args, _exp, _fuel) in top[4] if lv == level]
            if out:
                return [a for _, a in sorted(out, key=lambda x: x[0])], "cache"
        except Exception:
            continue
    # Regenerate with the validator's (unsalted) seeds (prepare/guest.rs, py/generate.py).
    import tomllib

    manifest = tomllib.loads((problem / "problem.toml").read_text())
    spec = manifest["levels"][level]
    random.seed(case_seed(pid, 2**64 - 1, 2**64 - 1))
    gen = CN.load(problem / "generator.py", f"generator_{pid.replace('-', '_')}")
    out = []
    for case in range(spec["cases"]):
        seed = case_seed(pid, level, case)
        random.seed(seed)
        if hasattr(gen, "generate"):
            args = gen.generate(level, case, random.Random(seed))
        else:
            args = gen.generate_input(spec.get("size"), level, case)
        out.append(tuple(args))
    return out, "generated"


def results_equal(ret, a, b):
    def eq(x, y):
        if isinstance(x, float) or isinstance(y, float):
            return math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9) or (x != x and y != y)
        if isinstance(x, (list, tuple)) and isinstance(y, (list, tuple)):
            return len(x) == len(y) and all(eq(p, q) for p, q in zip(x, y))
        return x == y

    try:
        return eq(CN.decode(ret, a, 0)[0], CN.decode(ret, b, 0)[0])
    except Exception:
        return False


# --------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------

def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(xs, ys):
    if len(xs) < 3:
        return float("nan")
    try:
        from scipy.stats import spearmanr

        return float(spearmanr(xs, ys).statistic)
    except ImportError:
        pass
    rx, ry = ranks(xs), ranks(ys)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else float("nan")


def spread(a, b):
    return max(a / b, b / a)


def within(xs, ys):
    if not xs:
        return float("nan")
    return sum(spread(a, b) <= SPREAD for a, b in zip(xs, ys)) / len(xs)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def run_validator(ids, out, language):
    binaries = [os.environ["EFFGAUGE_BIN"]] if os.environ.get("EFFGAUGE_BIN") else [
        "/tmp/effgauge-validate", str(ROOT / "target" / "debug" / "effgauge")]
    for binary in binaries:
        if not os.path.exists(binary):
            print(f"validator {binary} does not exist", file=sys.stderr)
            continue
        with open(out, "w") as fh:
            run = subprocess.run([binary, "problems", "validate", "--language", language, "--json", *ids],
                                 stdout=fh, stderr=subprocess.DEVNULL, cwd=ROOT)
        try:
            json.loads(pathlib.Path(out).read_text())
            return binary
        except ValueError:
            print(f"validator {binary} failed (exit {run.returncode})", file=sys.stderr)
    raise SystemExit("no validator produced a JSON report")


def machine():
    try:
        cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        cores = str(os.cpu_count())
    model = "?"
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return cores, model


def main():
    global SCRATCH
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--language", choices=sorted(LANGUAGES), default="cpp", help="the tracks measured (default cpp)")
    ap.add_argument("--problems", help="comma-separated problem ids (default: every problem with a track)")
    ap.add_argument("--quick", action="store_true", help="fewer repetitions per case")
    ap.add_argument("--budget", type=float, default=840.0, help="seconds for the whole run (default 840)")
    ap.add_argument("--max-call", type=float, default=2.0, help="skip a pair whose native call takes longer (s)")
    ap.add_argument("--scratch", help="scratch folder (default /tmp/fid, or /tmp/fid-c for C)")
    ap.add_argument("--validate-json", help="the validator's report (default <scratch>/validate.json)")
    ap.add_argument("--revalidate", action="store_true", help="run the validator even if the JSON exists")
    ap.add_argument("--level", choices=["top", "highest-uncensored"], default="top",
                    help="the level of each pair: the top one (default), or each alternative's highest "
                         "uncensored one (more pairs where alternatives are censored at the top)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="parallel builds")
    ap.add_argument("--out", help="per-pair figures, as JSON (default <scratch>/results.json)")
    opts = ap.parse_args()
    language = opts.language
    lang_name = LANGUAGES[language]
    track, ext = CN.TRACKS[language]
    SCRATCH = pathlib.Path(opts.scratch or ("/tmp/fid" if language == "cpp" else f"/tmp/fid-{language}"))
    opts.validate_json = opts.validate_json or str(SCRATCH / "validate.json")
    opts.out = opts.out or str(SCRATCH / "results.json")
    started = time.monotonic()
    deadline = started + opts.budget
    (SCRATCH / "build").mkdir(parents=True, exist_ok=True)
    (SCRATCH / "cases").mkdir(parents=True, exist_ok=True)
    reps_min, reps_max, case_budget = (3, 5, 0.15) if opts.quick else (5, 21, 0.5)
    batch_ns = 10e6

    all_ids = sorted(p.parent.name for p in SUITE.glob(f"*/{track}") if p.is_dir())
    ids = all_ids
    if opts.problems:
        wanted = [x.strip() for x in opts.problems.split(",") if x.strip()]
        unknown = [x for x in wanted if x not in all_ids]
        if unknown:
            print(f"no {lang_name} track: {', '.join(unknown)}", file=sys.stderr)
        ids = [x for x in wanted if x in all_ids]

    vpath = pathlib.Path(opts.validate_json)
    if opts.revalidate or not vpath.exists():
        t0 = time.monotonic()
        binary = run_validator(ids, vpath, language)
        print(f"validator: {binary}, {time.monotonic() - t0:.0f} s", file=sys.stderr)
    report = json.loads(vpath.read_text())
    validated_at = vpath.stat().st_mtime - float(report.get("seconds") or 0)
    by_id = {}
    for p in report.get("problems", []):
        if p["id"].endswith(f" ({track})"):
            by_id[p["id"][: -len(f" ({track})")]] = p

    skipped = {}  # reason -> [names]

    def skip(reason, name):
        skipped.setdefault(reason, []).append(name)

    # Pairs from the validator's report.
    plan = []  # (pid, level, ref fuel, [(alt name, fuel ratio)])
    for pid in ids:
        p = by_id.get(pid)
        if p is None:
            skip("no validator report", pid)
            continue
        problem = SUITE / pid
        newest = max(f.stat().st_mtime for f in problem.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
        if newest > validated_at:
            skip("files changed since the validator ran", pid)
            continue
        top = len(p["levels"]) - 1
        by_level = {}  # level -> [(alt name, fuel ratio)]
        for a in p["alternatives"]:
            at = a["levels"][top] if len(a["levels"]) > top else None
            if opts.level == "highest-uncensored":
                usable = [lv for lv, x in enumerate(a["levels"][: top + 1]) if x and not x["censored"] and x["ratio"]]
                if usable:
                    by_level.setdefault(usable[-1], []).append((a["name"], a["levels"][usable[-1]]["ratio"]))
                else:
                    skip("censored at every level (not used)", f"{pid}/{a['name']}")
            elif at is None:
                skip("alternative without a top-level figure", f"{pid}/{a['name']}")
            elif at["censored"]:
                skip("censored at the top level (not used)", f"{pid}/{a['name']}")
            else:
                by_level.setdefault(top, []).append((a["name"], at["ratio"]))
        for level, alts in sorted(by_level.items()):
            plan.append((pid, level, p["levels"][level]["reference_fuel"], alts))

    # Build everything first (in parallel; nothing is timed meanwhile).
    timer = build_timer()
    jobs = []
    for pid, level, _rf, alts in plan:
        problem = SUITE / pid
        entry, params, ret = CN.named_signature(problem)
        types = [t for _, t in params]
        if language == "c" and CN.c_unsupported(params, ret):
            skip("no C form", f"{pid} ({CN.c_unsupported(params, ret)})")
            continue
        sources = [("reference", problem / track / f"reference.{ext}")]
        sources += [(name, problem / track / "alternatives" / f"{name}.{ext}") for name, _ in alts]
        for name, src in sources:
            if not any(j[:2] == (pid, name) for j in jobs):
                jobs.append((pid, name, src, entry, types, ret, params))
    libs = {}
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futures = {pool.submit(build_source, src, e, t, r, language, pa): (pid, name)
                   for pid, name, src, e, t, r, pa in jobs if src.exists()}
        for pid, name, src, *_ in jobs:
            if not src.exists():
                libs[(pid, name)] = (None, "missing file")
        for fut, key in futures.items():
            try:
                libs[key] = fut.result()
            except Exception as e:  # noqa: BLE001
                libs[key] = (None, str(e))
    built_at = time.monotonic()
    print(f"built {len(jobs)} sources in {built_at - started:.0f} s", file=sys.stderr)

    # Cases, and the pairs that can run.
    pairs = []  # dicts
    for pid, level, ref_fuel, alts in plan:
        problem = SUITE / pid
        entry, types, ret = CN.signature(problem)
        if (pid, "reference") not in libs:
            continue  # no C form (skipped above)
        ref_lib, err = libs[(pid, "reference")]
        if ref_lib is None:
            skip("reference failed to build", f"{pid} ({err})")
            continue
        try:
            cases, origin = top_cases(problem, pid, level)
            blob = bytearray(struct.pack("<I", len(cases)))
            for args in cases:
                data = bytearray()
                for t, a in zip(types, args):
                    CN.encode(t, a, data)
                blob += struct.pack("<I", len(data)) + data
        except Exception as e:  # noqa: BLE001
            skip("cases could not be made", f"{pid} ({type(e).__name__}: {e})")
            continue
        case_file = SCRATCH / "cases" / f"{pid}-L{level}.bin"
        case_file.write_bytes(bytes(blob))
        for name, ratio in alts:
            lib, err = libs[(pid, name)]
            if lib is None:
                skip("alternative failed to build", f"{pid}/{name} ({err})")
                continue
            pairs.append({"problem": pid, "alternative": name, "level": level, "fuel_ratio": ratio,
                          "ref_fuel": ref_fuel,
                          "cases": len(cases), "case_origin": origin, "case_file": str(case_file),
                          "ref_lib": str(ref_lib), "alt_lib": str(lib), "ret": ret, "native": [None, None],
                          "native_with_decode": [None, None],
                          "detail": [None, None]})

    def measure(pair, rep, until):
        if time.monotonic() > until:
            return "budget"
        resdir = SCRATCH / "results" / f"{pair['problem']}--{pair['alternative']}--{rep}"
        shutil.rmtree(resdir, ignore_errors=True)
        resdir.mkdir(parents=True)
        cmd = [str(timer), pair["case_file"], str(resdir), str(reps_min), str(reps_max), str(case_budget * 1e9),
               str(batch_ns), str(opts.max_call * 1e9), pair["ref_lib"], pair["alt_lib"]]
        limit = pair["cases"] * (3 * opts.max_call + (reps_max + 2) * 2 * max(case_budget, opts.max_call)) + 30
        limit = min(limit, max(5.0, until + 60 - time.monotonic()))
        try:
            run = subprocess.run(cmd, capture_output=True, text=True, timeout=limit)
        except subprocess.TimeoutExpired:
            return "timed out"
        if run.returncode != 0:
            return f"timer exited {run.returncode}: {run.stderr.strip()[:120]}"
        rows = {}
        for line in run.stdout.splitlines():
            f = line.split()
            if f and f[0] == "T":
                rows[(int(f[1]), int(f[2]))] = {"status": f[3], "median": float(f[4]), "batch": int(f[5]),
                                                "mutates": f[6] == "1", "reps": int(f[7]), "same": f[9] == "1"}
        decode = {}
        for line in run.stdout.splitlines():
            f = line.split()
            if f and f[0] == "D":
                decode[int(f[1])] = float(f[2])
        if len(rows) != 2 * pair["cases"]:
            return "timer output incomplete"
        for c in range(pair["cases"]):
            for k in (0, 1):
                if rows[(c, k)]["status"] != "ok":
                    return f"{'reference' if k == 0 else 'alternative'} {rows[(c, k)]['status']} on case {c}"
            if not rows[(c, 1)]["same"] and rep == 0:
                a = (resdir / f"case{c}-prog0.bin").read_bytes()
                b = (resdir / f"case{c}-prog1.bin").read_bytes()
                if not results_equal(pair["ret"], a, b):
                    return f"native answer differs from the reference's on case {c}"
        ref = [rows[(c, 0)]["median"] for c in range(pair["cases"])]
        alt = [rows[(c, 1)]["median"] for c in range(pair["cases"])]
        pair["native"][rep] = max(alt) / max(ref)
        dec = [decode.get(c, 0.0) for c in range(pair["cases"])]
        pair["native_with_decode"][rep] = max(a + d for a, d in zip(alt, dec)) / max(r + d for r, d in zip(ref, dec))
        pair["detail"][rep] = {"ref_ns": ref, "alt_ns": alt, "decode_ns": dec,
                               "batch": [[rows[(c, k)]["batch"] for k in (0, 1)] for c in range(pair["cases"])],
                               "mutates": [[rows[(c, k)]["mutates"] for k in (0, 1)] for c in range(pair["cases"])],
                               "reps": [rows[(c, 0)]["reps"] for c in range(pair["cases"])]}
        shutil.rmtree(resdir, ignore_errors=True)
        return None

    # Repetition 1 gets half of what is left, repetition 2 the rest.
    rep_deadline = [time.monotonic() + (deadline - time.monotonic()) / 2, deadline]
    for rep in (0, 1):
        for i, pair in enumerate(pairs):
            if rep == 1 and pair["native"][0] is None:
                continue
            why = measure(pair, rep, rep_deadline[rep])
            name = f"{pair['problem']}/{pair['alternative']}"
            if why:
                pair.setdefault("skipped", f"repetition {rep + 1}: {why}")
                if rep == 0:
                    reason = why.split(" on case")[0] if "too-slow" not in why else f"native call over {opts.max_call:g} s"
                    skip(f"not measured ({reason})", name)
                else:
                    skip("no second repetition (noise floor only)", f"{name}: {why}")
            print(f"[rep {rep + 1}] {i + 1}/{len(pairs)} {name}: fuel {pair['fuel_ratio']:.2f}x, native "
                  + (f"{pair['native'][rep]:.2f}x" if pair["native"][rep] else why), file=sys.stderr, flush=True)

    done = [p for p in pairs if p["native"][0] is not None]
    for p in done:
        ns = [x for x in p["native"] if x is not None]
        p["native_ratio"] = math.exp(statistics.fmean(math.log(x) for x in ns))
        ds = [x for x in p["native_with_decode"] if x is not None]
        p["native_ratio_with_decode"] = math.exp(statistics.fmean(math.log(x) for x in ds))
    both = [p for p in done if p["native"][1] is not None]
    elapsed = time.monotonic() - started

    fuel = [p["fuel_ratio"] for p in done]
    nat = [p["native_ratio"] for p in done]
    f1 = [p["fuel_ratio"] for p in both]
    n1 = [p["native"][0] for p in both]
    n2 = [p["native"][1] for p in both]
    cores, model = machine()
    load = os.getloadavg()

    def fmt(x, pct=False):
        if x != x:
            return "n/a"
        return f"{100 * x:.0f}%" if pct else f"{x:.3f}"

    print()
    where = ("top level, uncensored alternatives" if opts.level == "top"
             else "each alternative's highest uncensored level")
    print(f"## Fuel vs native time, {lang_name} tracks ({where})")
    print()
    print("| comparison | pairs | Spearman rho | within 1.5x |")
    print("|---|---:|---:|---:|")
    print(f"| fuel ratio vs native ratio (geometric mean of the 2 repetitions) | {len(done)} | "
          f"{fmt(spearman(fuel, nat))} | {fmt(within(fuel, nat), True)} |")
    print(f"| fuel ratio vs native ratio, repetition 1 only | {len(both)} | {fmt(spearman(f1, n1))} | "
          f"{fmt(within(f1, n1), True)} |")
    print(f"| fuel ratio vs native ratio, repetition 2 only | {len(both)} | {fmt(spearman(f1, n2))} | "
          f"{fmt(within(f1, n2), True)} |")
    natd = [p["native_ratio_with_decode"] for p in done]
    print(f"| fuel ratio vs native ratio with the argument decode added to both (fuel meters it too) | {len(done)} | "
          f"{fmt(spearman(fuel, natd))} | {fmt(within(fuel, natd), True)} |")
    print(f"| noise floor: native repetition 1 vs repetition 2 | {len(both)} | {fmt(spearman(n1, n2))} | "
          f"{fmt(within(n1, n2), True)} |")
    print()
    print(f"Problems: {len({p['problem'] for p in done})} tracks; pairs planned {len(pairs)}, measured {len(done)}. "
          f"Machine: nproc {cores}, CPU {model}; load average at the end {load[0]:.2f}/{load[1]:.2f}/{load[2]:.2f}. "
          f"Mode: {'quick' if opts.quick else 'default'} (reps {reps_min}-{reps_max} per case, batches >= "
          f"{batch_ns / 1e6:g} ms). Runtime {elapsed:.0f} s.")
    print()
    worst = sorted(done, key=lambda p: spread(p["fuel_ratio"], p["native_ratio"]), reverse=True)[:5]
    print("### Worst 5 pairs (largest disagreement)")
    print()
    print("| problem / alternative | level | fuel ratio | native ratio | native rep 1 / rep 2 | native with decode | disagreement |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for p in worst:
        reps = " / ".join(f"{x:.2f}" if x else "-" for x in p["native"])
        print(f"| {p['problem']} / {p['alternative']} | {p['level']} | {p['fuel_ratio']:.2f} | {p['native_ratio']:.2f} | {reps} | "
              f"{p['native_ratio_with_decode']:.2f} | {spread(p['fuel_ratio'], p['native_ratio']):.2f}x |")
    if skipped:
        print()
        print("### Skipped")
        print()
        for reason, names in skipped.items():
            shown = ", ".join(names) if len(names) <= 12 else ", ".join(names[:12]) + f", ... ({len(names)} in all)"
            print(f"- {reason} ({len(names)}): {shown}")
    origins = {}
    for p in pairs:
        origins[p["case_origin"]] = origins.get(p["case_origin"], 0) + 1
    print()
    print(f"Cases: {', '.join(f'{v} pairs from {k}' for k, v in origins.items())} "
          f"(cache = the validator's own inputs).")
    out = [{k: v for k, v in p.items() if k not in ("ret",)} for p in pairs]
    pathlib.Path(opts.out).write_text(json.dumps({"language": language,
                                                  "machine": {"nproc": cores, "cpu": model}, "elapsed_s": elapsed,
                                                  "skipped": skipped, "pairs": out}, indent=1))


if __name__ == "__main__":
    main()
