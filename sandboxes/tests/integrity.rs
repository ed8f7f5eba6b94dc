//! The instrument's integrity, one test per class of attack an optimiser
//! paid by the score would try: work hidden outside the metered region,
//! state carried from one case to the next, a limit hit dressed up as
//! slowness, guest text posing as the harness, and hosts blown up by small
//! guests. Each asserts the exact verdict; honest controls keep their fuel.

mod common;

use common::*;
use effgauge_sandboxes::{CallSpec, ErrorOrigin, Job, Limits, PyValue, Status, DESCRIBE_FUEL};

/// An honest O(n²) loop: the work the attacks below try to hide.
const HONEST: &str = "def f(n):\n    s = 0\n    for i in range(n):\n        for j in range(n):\n            s += i ^ j\n    return s\n";

fn honest_fuel(n: i64) -> u64 {
    let r = run(HONEST, &[n]);
    assert_eq!(r.calls[0].status, Status::Ok);
    r.calls[0].cost.fuel
}

/// Every attack's cost must include the hidden work (allowing for the
/// difference between the loop and its wrapping).
fn assert_metered(source: &str, n: i64) {
    let floor = honest_fuel(n) * 9 / 10;
    let r = run(source, &[n]);
    let call = &r.calls[0];
    assert!(
        call.cost.fuel >= floor || call.status == Status::Timeout,
        "hidden work escaped the meter: {call:?} (honest: ≥ {floor})"
    );
}

#[test]
fn destructor_appended_to_the_input_runs_inside_the_region() {
    // The attack: leave an object with a __del__ in the input list, return
    // an empty list and fill it from __del__ once the harness lets go.
    let src = r#"
class Later:
    def __init__(self, out, n):
        self.out, self.n = out, n
    def __del__(self):
        s = 0
        for i in range(self.n):
            for j in range(self.n):
                s += i ^ j
        self.out.append(s)
def f(xs):
    out = []
    xs.append(Later(out, len(xs)))
    return out
"#;
    let n = 300;
    let floor = honest_fuel(n) * 9 / 10;
    let input = PyValue::List((0..n).map(int).collect());
    let mut job = Job::new(src, "f", vec![CallSpec::new(&[input])]);
    job.limits = limits();
    let r = run_job(job);
    let call = &r.calls[0];
    assert_eq!(call.status, Status::Ok);
    // The arguments are released right after the call returns, inside the
    // region: __del__ has run (and filled the list) before the encoding.
    assert!(matches!(&call.output, Some(PyValue::List(v)) if v.len() == 1));
    assert!(call.cost.fuel >= floor, "{call:?} vs {floor}");
}

#[test]
fn weakref_finalizer_and_gc_callback_run_inside_the_region() {
    let finalize = r#"
import weakref
def work(n):
    s = 0
    for i in range(n):
        for j in range(n):
            s += i ^ j
class Box: pass
def f(n):
    b = Box()
    weakref.finalize(b, work, n)
    return n
"#;
    assert_metered(finalize, 300);
    let callback = r#"
import gc
state = {'n': 0, 'fired': False}
def hook(phase, info):
    if not state['fired'] and state['n']:
        state['fired'] = True
        s = 0
        for i in range(state['n']):
            for j in range(state['n']):
                s += i ^ j
gc.callbacks.append(hook)
def f(n):
    state['n'] = n
    gc.set_threshold(1)
    return frozenset(range(n))
"#;
    assert_metered(callback, 300);
}

#[test]
fn work_left_for_finalisation_or_cycles_never_runs() {
    // Nothing runs after the region: atexit hooks and finalisers of
    // uncollected cycles never execute, so no work can hide there, and a
    // result they would fill stays empty.
    let src = r#"
import atexit
OUT = []
atexit.register(lambda: OUT.append(1))
class Cycle:
    def __del__(self):
        OUT.append(2)
def f(n):
    a = Cycle(); b = Cycle(); a.b = b; b.a = a
    del a, b
    return OUT
"#;
    let r = run(src, &[0]);
    assert_eq!(r.calls[0].status, Status::Ok);
    assert_eq!(r.calls[0].output, Some(PyValue::List(vec![])));
}

#[test]
fn exception_formatting_is_bounded_and_stays_an_error() {
    let looping = "class Slow(Exception):\n    def __str__(self):\n        while True: pass\ndef f(n):\n    raise Slow()\n";
    let r = run(looping, &[1]);
    assert_eq!(statuses(&r), [Status::Error]);
    assert_eq!(origin_of(&r, 0), Some(ErrorOrigin::Guest));
    assert!(error_of(&r, 0).starts_with("Slow"), "{r:?}");
    assert!(error_of(&r, 0).contains(&DESCRIBE_FUEL.to_string()));
    let bomb = "class Big(Exception):\n    def __str__(self):\n        return 'x' * (1 << 34)\ndef f(n):\n    raise Big()\n";
    let r = run(bomb, &[1]);
    assert_eq!(statuses(&r), [Status::Error]);
    let fine = "def f(n):\n    raise ValueError('bad n: %d' % n)\n";
    let r = run(fine, &[7]);
    assert_eq!(error_of(&r, 0), "ValueError: bad n: 7");
    assert_eq!(origin_of(&r, 0), Some(ErrorOrigin::Guest));
}

#[test]
fn no_state_crosses_cases() {
    // A module-level counter, an lru_cache and a table filled on the first
    // call: every case starts from the same fresh interpreter.
    let src = r#"
import functools
CALLS = []
TABLE = {}
@functools.lru_cache(None)
def slow(k):
    return sum(i * i for i in range(k))
def f(n):
    CALLS.append(n)
    if not TABLE:
        for k in range(1, 4):
            TABLE[k] = slow(20000 * k)
    return [len(CALLS), slow.cache_info().hits, len(TABLE)]
"#;
    let r = run(src, &[1, 2, 3]);
    let same = PyValue::List(vec![int(1), int(0), int(3)]);
    for call in &r.calls {
        assert_eq!(call.output.as_ref(), Some(&same), "{r:?}");
    }
    let f = fuel(&r);
    assert_eq!(f[0], f[1]);
    assert_eq!(f[1], f[2]);
    // One instance compiles the candidate, one runs each case.
    assert_eq!(r.instances, 4);
}

#[test]
fn a_reused_instance_slot_starts_as_fresh_as_a_new_one() {
    // Instances reuse pooled memory slots whose written pages are restored
    // in place, not unmapped. A case that grows memory far, fills the heap
    // and dirties the C stack deep down must leave nothing the next case on
    // the slot could see: not its heap, not the memory size, not the
    // allocator's state (which fuel would show).
    let src = r#"
import sys
JUNK = []
def deep(k):
    return 0 if k == 0 else 1 + deep(k - 1)
def f(n):
    if n:
        sys.setrecursionlimit(20000)
        deep(15000)
        JUNK.append(bytearray(b"x" * n))
        JUNK.append([str(i) for i in range(n // 10000)])
    return [len(JUNK), sys.getrecursionlimit(), sum(len(j) for j in JUNK)]
"#;
    let roomy = |args: &[i64]| {
        let mut job = job(src, args);
        job.limits.fuel_per_call = Some(5_000_000_000);
        run_job(job)
    };
    let alone = roomy(&[0]);
    let after_mess = roomy(&[300_000_000, 0, 200_000_000, 0]);
    let quiet = &alone.calls[0];
    for call in [&after_mess.calls[1], &after_mess.calls[3]] {
        assert_eq!(call.status, Status::Ok, "{call:?}");
        assert_eq!(call.output, quiet.output);
        assert_eq!(call.cost.fuel, quiet.cost.fuel);
        assert_eq!(call.peak_memory_bytes, quiet.peak_memory_bytes);
    }
    assert_eq!(after_mess.calls[0].status, Status::Ok);
    assert!(after_mess.calls[0].peak_memory_bytes > 300_000_000);
}

#[test]
fn more_concurrent_runs_than_pool_slots_queue_and_all_succeed() {
    // The engine keeps POOL_SLOTS instance slots; runs beyond that wait for
    // a slot instead of failing to instantiate.
    let n = effgauge_sandboxes::POOL_SLOTS as usize + 8;
    // A busy loop of some milliseconds: with more threads than cores, runs
    // are preempted while they hold a slot, so they overlap.
    let src = "def f(n):\n    for _ in range(300000):\n        pass\n    return n * 2\n";
    let start = std::sync::Barrier::new(n);
    let reports: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..n)
            .map(|i| {
                let start = &start;
                scope.spawn(move || {
                    start.wait();
                    run(src, &[i as i64])
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (i, r) in reports.iter().enumerate() {
        assert_eq!(r.calls[0].status, Status::Ok, "{r:?}");
        assert_eq!(r.calls[0].output, Some(int(2 * i as i64)));
    }
}

#[test]
fn precomputing_every_answer_at_import_is_charged_to_every_case() {
    // A table of answers built at import costs what it costs, in each case.
    let table = "ANSWERS = {}\nfor n in range(200, 203):\n    s = 0\n    for i in range(n):\n        for j in range(n):\n            s += i ^ j\n    ANSWERS[n] = s\ndef f(n):\n    return ANSWERS[n]\n";
    let r = run(table, &[200, 201, 202]);
    let honest = honest_fuel(200);
    for call in &r.calls {
        assert_eq!(call.status, Status::Ok);
        assert!(call.cost.fuel > 2 * honest, "{call:?} vs {honest}");
    }
}

#[test]
fn compiling_above_the_allowance_and_the_whole_import_are_charged() {
    // A long comment costs compiling and nothing else.
    let comment = format!("# {}\n", "x".repeat(20_000));
    let src =
        format!("{comment}import bisect\nX = [i for i in range(1000)]\ndef f(n):\n    return n\n");
    let mut job = job(&src, &[]);
    let only_import = run_job(job.clone());
    assert!(only_import.calls.is_empty());
    assert!(only_import.import_error.is_none());
    let (compile, import) = (only_import.compile.fuel, only_import.import.fuel);
    assert!(
        compile > 100_000,
        "compiling 20 KB costs something: {compile}"
    );
    assert!(import > 0);
    job.calls = std::sync::Arc::new(vec![CallSpec::new(&[int(1)])]);
    let full = run_job(job.clone()).calls[0].cost.fuel;
    assert!(
        full >= compile + import / 2,
        "{full} vs {compile} + {import}"
    );
    job.compile_allowance = compile;
    let allowed = run_job(job.clone()).calls[0].cost.fuel;
    assert_eq!(full - allowed, compile);
    // A compile cheaper than the allowance is no credit on the call.
    job.compile_allowance = compile + 5_000_000;
    assert_eq!(run_job(job.clone()).calls[0].cost.fuel, allowed);
    // And the limit still holds on the call: a loop hits it exactly.
    job.source = "def f(n):\n    while True: pass\n".into();
    let r = run_job(job);
    assert_eq!(r.calls[0].status, Status::Timeout);
    assert!(
        r.calls[0].cost.fuel >= FUEL && r.calls[0].cost.fuel < FUEL + 1000,
        "{r:?}"
    );
}

#[test]
fn the_import_counts_against_the_case_fuel_limit() {
    let src = "X = 0\nwhile True:\n    X += 1\ndef f(n):\n    return n\n";
    let r = run(src, &[1]);
    assert_eq!(statuses(&r), [Status::Timeout]);
    assert!(r.calls[0].cost.fuel >= FUEL);
}

#[test]
fn memory_and_stack_hits_carry_what_they_cost() {
    let bomb = "def f(n):\n    return 'x' * (n << 20)\n";
    let limits = Limits {
        memory_bytes: 256 << 20,
        ..limits()
    };
    let r = run_with(bomb, "f", &[512], limits);
    assert_eq!(statuses(&r), [Status::Memory]);
    // An instant bomb has spent next to nothing: the caller can tell it
    // from honest slowness.
    assert!(r.calls[0].cost.fuel < 10_000_000, "{r:?}");
    let deep = "import functools, sys\ndef f(n):\n    sys.setrecursionlimit(10**8)\n    @functools.lru_cache(None)\n    def r(k):\n        return r(k + 1) + 1\n    return r(0)\n";
    let limits = Limits {
        fuel_per_call: Some(5_000_000_000),
        ..Limits::default()
    };
    let r = run_with(deep, "f", &[0], limits);
    assert_eq!(statuses(&r), [Status::Stack]);
    assert!(r.calls[0].cost.fuel > 0);
}

#[test]
fn an_oversized_output_is_wrong_without_being_decoded() {
    let src = "def f(n):\n    return [[None] * 6000] * 6000\n";
    let mut job = job(src, &[]);
    // Checking and encoding 36 M items is the call's own work: give it room.
    job.limits.fuel_per_call = Some(20_000_000_000);
    job.calls = std::sync::Arc::new(vec![CallSpec {
        max_output_bytes: Some(1 << 20),
        ..CallSpec::new(&[int(0)])
    }]);
    let r = run_job(job);
    assert_eq!(statuses(&r), [Status::Wrong]);
    assert_eq!(origin_of(&r, 0), Some(ErrorOrigin::Harness));
    assert!(r.calls[0].output.is_none());
}

#[test]
fn gathered_writes_hit_the_output_cap() {
    let src = "import os\ndef f(n):\n    os.writev(1, [b'x' * (1 << 20)] * 1024)\n    return n\n";
    let r = run(src, &[0]);
    assert_eq!(statuses(&r), [Status::Output]);
}

#[test]
fn a_huge_integer_crosses_exactly() {
    let src = "def f(n):\n    return 1 << n\n";
    let r = run(src, &[8_000_000]);
    assert_eq!(r.calls[0].status, Status::Ok);
    let Some(PyValue::Int(big)) = &r.calls[0].output else {
        panic!("{r:?}")
    };
    assert_eq!(big.bits(), 8_000_001);
}

#[test]
fn sleeping_for_ages_saturates_the_virtual_clock() {
    let src = "import select, time\ndef f(n):\n    for _ in range(3):\n        select.select([], [], [], 9e9)\n    return time.monotonic() > 0 and time.time() > 0\n";
    let r = run(src, &[0]);
    assert_eq!(r.calls[0].status, Status::Ok, "{r:?}");
    assert_eq!(r.calls[0].output, Some(PyValue::Bool(true)));
}

#[test]
fn only_bytes_is_bytes() {
    let src = "import array\ndef f(n):\n    if n == 0: return bytearray(b'ab')\n    if n == 1: return memoryview(b'ab')\n    if n == 2: return array.array('b', [1, 2])\n    if n == 3: return [1, (2, {3: bytearray()})]\n    return b'ab'\n";
    let r = run(src, &[0, 1, 2, 3, 4]);
    assert_eq!(
        statuses(&r),
        [
            Status::Error,
            Status::Error,
            Status::Error,
            Status::Error,
            Status::Ok
        ]
    );
    for (i, name) in ["bytearray", "memoryview", "array.array", "bytearray"]
        .iter()
        .enumerate()
    {
        assert!(error_of(&r, i).contains(name), "{r:?}");
        assert_eq!(origin_of(&r, i), Some(ErrorOrigin::Harness));
    }
    assert_eq!(r.calls[4].output, Some(PyValue::Bytes(b"ab".to_vec())));
}

#[test]
fn guest_errors_cannot_pose_as_the_harness() {
    let src = "class HarnessError(Exception): pass\ndef f(n):\n    if n == 0: raise HarnessError('host sent a malformed input')\n    raise RuntimeError('fuel limit exceeded')\n";
    let r = run(src, &[0, 1]);
    assert_eq!(statuses(&r), [Status::Error, Status::Error]);
    for i in 0..2 {
        assert_eq!(origin_of(&r, i), Some(ErrorOrigin::Guest));
    }
    assert!(error_of(&r, 0).starts_with("HarnessError"));
}

#[test]
fn honest_controls_keep_their_fuel() {
    let runs: Vec<_> = (0..2).map(|_| run(HONEST, &[50, 150])).collect();
    assert_eq!(fuel(&runs[0]), fuel(&runs[1]));
    assert!(fuel(&runs[0])[0] < fuel(&runs[0])[1]);
    assert_eq!(runs[0].import.fuel, runs[1].import.fuel);
}

#[test]
fn the_decoded_input_is_the_only_thing_the_case_starts_with() {
    // Inputs arrive decoded before the candidate exists; the candidate sees
    // exactly its own arguments.
    let src = "def f(*args):\n    return list(args)\n";
    let mut job = Job::new(
        src,
        "f",
        vec![CallSpec::new(&[int(1), PyValue::Str("a".into())])],
    );
    job.limits = limits();
    let r = run_job(job);
    assert_eq!(
        r.calls[0].output,
        Some(PyValue::List(vec![int(1), PyValue::Str("a".into())]))
    );
}
