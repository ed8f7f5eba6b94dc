//! The memory meter: peak live bytes per case, counted by the runtime's
//! allocation hooks from the start of the metered region, and the live
//! bytes × fuel integral. Exact and deterministic, so the tests compare
//! figures with what the programs provably hold.

mod common;

use common::{run, statuses};
use effgauge_sandboxes::{MemoryUse, RunReport, Status};

fn memory(report: &RunReport) -> Vec<MemoryUse> {
    report.calls.iter().map(|c| c.memory).collect()
}

fn peaks(report: &RunReport) -> Vec<u64> {
    memory(report).iter().map(|m| m.peak_live_bytes).collect()
}

#[test]
fn a_block_held_during_the_call_is_its_peak() {
    // bytearray(n): one block of n + 1 bytes plus the object's header.
    let report = run(
        "def f(n):\n    b = bytearray(n)\n    return len(b)\n",
        &[100_000, 1_000_000],
    );
    assert_eq!(statuses(&report), vec![Status::Ok; 2]);
    let p = peaks(&report);
    assert!((100_001..100_001 + 4096).contains(&p[0]), "{p:?}");
    assert!((1_000_001..1_000_001 + 4096).contains(&p[1]), "{p:?}");
}

#[test]
fn memory_freed_before_the_next_allocation_is_not_added_up() {
    // Ten 1 MB buffers one after the other hold 1 MB at once, not 10.
    let one_at_a_time =
        "def f(n):\n    for _ in range(10):\n        b = bytes(n)\n        del b\n    return 0\n";
    let all_at_once = "def f(n):\n    keep = [bytes(n) for _ in range(10)]\n    return len(keep)\n";
    let a = peaks(&run(one_at_a_time, &[1_000_000]))[0];
    let b = peaks(&run(all_at_once, &[1_000_000]))[0];
    assert!((1_000_000..1_100_000).contains(&a), "{a}");
    assert!((10_000_000..10_100_000).contains(&b), "{b}");
}

#[test]
fn a_linear_structure_grows_linearly() {
    let report = run(
        "def f(n):\n    return sum(list(range(n)))\n",
        &[10_000, 100_000],
    );
    let p = peaks(&report);
    // 100 000 ints of 16 bytes and a list of 4-byte slots: about 2 MB.
    let ratio = p[1] as f64 / p[0] as f64;
    assert!((8.0..12.0).contains(&ratio), "{p:?}");
    assert!((1_500_000..3_000_000).contains(&p[1]), "{p:?}");
}

#[test]
fn what_the_import_builds_is_counted() {
    // A table made at import is held in the region, like one made in the call.
    let at_import = "T = list(range(200_000))\ndef f(n):\n    return T[n]\n";
    let p = peaks(&run(at_import, &[5]))[0];
    assert!(p > 2_000_000, "{p}");
}

#[test]
fn the_same_program_gives_the_same_figures_and_the_integral_grows_with_time() {
    let source = "def f(n):\n    xs = [i * i for i in range(n)]\n    s = 0\n    for _ in range(20):\n        s += sum(xs)\n    return s\n";
    let a_run = run(source, &[5_000, 5_000]);
    assert_eq!(statuses(&a_run), vec![Status::Ok; 2]);
    let a = memory(&a_run);
    let b = memory(&run(source, &[5_000]));
    assert_eq!(a[0], a[1]);
    assert_eq!(a[0], b[0]);
    assert!(a[0].live_kib_fuel > 0);
    // Holding the same list over more work integrates to more.
    let longer = source.replace("range(20)", "range(80)");
    let c_run = run(&longer, &[5_000]);
    assert_eq!(statuses(&c_run), vec![Status::Ok]);
    let c = memory(&c_run)[0];
    assert_eq!(c.peak_live_bytes, a[0].peak_live_bytes);
    assert!(
        c.live_kib_fuel > 3 * a[0].live_kib_fuel,
        "{c:?} vs {:?}",
        a[0]
    );
}

#[test]
fn a_constant_function_holds_almost_nothing() {
    let p = peaks(&run("def f(n):\n    return n + 1\n", &[3]))[0];
    assert!(p < 4096, "{p}");
}

// ---- The adversary's attacks (round 1 of the memory meter) ----
//
// Each held O(n) memory and read a lower peak: what was alive before the
// region and was released inside it paid for what the program held, and
// two kinds of memory were not seen. Now only blocks allocated in the
// region count (as tracemalloc traces only what it saw allocated), in all
// three allocator domains and the frame stack.

use common::{engine, limits};
use effgauge_sandboxes::{CallSpec, Job, PyValue};

const HOLD: &str = "    keep = bytearray(2_000_000)\n";

/// A program's peak on one call `f(n)`.
fn peak_of(source: &str, n: i64) -> u64 {
    let report = run(source, &[n]);
    assert_eq!(
        statuses(&report),
        vec![Status::Ok],
        "{:?}",
        report.calls[0].error
    );
    report.calls[0].memory.peak_live_bytes
}

#[test]
fn releasing_the_modules_constants_pays_for_nothing() {
    // 100 distinct 4 KiB strings folded into the module's code, which is
    // released when the import ends: 400 KB that existed before the region.
    let pad: Vec<String> = (0..100).map(|i| format!("\"{i:03} \" * 1024")).collect();
    let honest = format!("def f(n):\n{HOLD}    return n\n");
    let padded = format!("{honest}_P = ({},)\ndel _P\n", pad.join(", "));
    assert_eq!(peak_of(&padded, 1), peak_of(&honest, 1));
}

#[test]
fn an_unexecuted_main_block_changes_nothing() {
    let honest = format!("def f(n):\n{HOLD}    return n\n");
    let with_tests = format!(
        "{honest}\nif __name__ == \"__main__\":\n    assert f(1) == 1\n    print([f(i) for i in range(100)])\n"
    );
    assert_eq!(peak_of(&with_tests, 1), peak_of(&honest, 1));
}

#[test]
fn freeing_the_interpreters_own_objects_pays_for_nothing() {
    let honest = format!("import gc, sys\ndef f(n):\n{HOLD}    return n\n");
    let unfrozen = format!(
        "import gc, sys\ndef f(n):\n    gc.unfreeze()\n    for name in list(sys.modules):\n        \
         if name not in ('sys', 'builtins', 'gc', '__main__'):\n            del sys.modules[name]\n    \
         gc.collect()\n{HOLD}    return n\n"
    );
    // (Within a page: objects taken from CPython's free lists were made
    // before the region, and `gc.collect` empties some of those lists.)
    let (unfrozen, honest) = (peak_of(&unfrozen, 1), peak_of(&honest, 1));
    assert!(unfrozen + 4096 >= honest, "{unfrozen} vs {honest}");
}

#[test]
fn destroying_the_input_pays_for_nothing() {
    let run_on_list = |source: &str| {
        let list = PyValue::List(
            (0..100_000)
                .map(|i| PyValue::Int((i * 1000).into()))
                .collect(),
        );
        let mut job = Job::new(source, "f", vec![CallSpec::new(&[list])]);
        job.limits = limits();
        let report = engine().run(job).expect("the host survives");
        assert_eq!(statuses(&report), vec![Status::Ok]);
        report.calls[0].memory.peak_live_bytes
    };
    let honest = run_on_list("def f(xs):\n    keep = [x + 1 for x in xs]\n    return len(keep)\n");
    let cleared = run_on_list(
        "def f(xs):\n    n = len(xs)\n    xs.clear()\n    keep = [x + 1 for x in range(0, 1000 * n, 1000)]\n    return len(keep)\n",
    );
    assert!(cleared * 10 >= honest * 9, "{cleared} vs {honest}");
}

#[test]
fn a_deep_recursion_holds_its_frames() {
    let deep = "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    def go(k, a, b, c, d, e, g, h):\n        if k:\n            go(k - 1, a, b, c, d, e, g, h)\n    go(n, 1, 2, 3, 4, 5, 6, 7)\n    return n\n";
    let shallow = peak_of(deep, 10);
    let held = peak_of(deep, 20_000);
    // Each frame holds a dozen slots and its header: well over 40 bytes.
    assert!(held > shallow + 20_000 * 40, "{held} vs {shallow}");
}

#[test]
fn zlibs_buffers_are_counted() {
    let parked = "import zlib\ndef f(n):\n    parked = []\n    for i in range(n):\n        c = zlib.compressobj(0, zlib.DEFLATED, -15, 9)\n        parked.append((c, c.compress(bytes([i % 251]) * 30000)))\n    return len(parked)\n";
    let p = peak_of(parked, 20);
    // Twenty streams, each holding at least its 30 KB of input.
    assert!(p > 20 * 30_000, "{p}");
}

// ---- Round 2 ----

#[test]
fn constant_tuples_released_at_import_do_not_refill_a_free_list() {
    // 2 000 distinct constant pairs in the module's code, released when the
    // import ends: they went to CPython's tuple free list, and the call's
    // pairs came from there, unseen. The free lists are emptied after the
    // import now.
    let honest = "def f(n):\n    keep = [(i, i + 1) for i in range(n)]\n    return len(keep)\n";
    let pairs: Vec<String> = (0..2000).map(|i| format!("({i}, {})", i + 7)).collect();
    let padded = format!("{honest}_P = ({},)\ndel _P\n", pairs.join(", "));
    // (Within a page: the padded module's globals differ a little.)
    let (padded, honest) = (peak_of(&padded, 2000), peak_of(honest, 2000));
    assert!(
        padded + 4096 >= honest && honest > 60_000,
        "{padded} vs {honest}"
    );
}

#[test]
fn the_environment_is_not_a_place_to_park_memory() {
    let report = run(
        "import os\ndef f(n):\n    os.putenv('PARKED', 'x' * n)\n    return n\n",
        &[1_000_000],
    );
    assert_eq!(statuses(&report), vec![Status::Error]);
    assert!(
        report.calls[0]
            .error
            .as_deref()
            .unwrap_or("")
            .contains("os.putenv"),
        "{:?}",
        report.calls[0].error
    );
}
