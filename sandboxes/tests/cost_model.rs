//! The cost model: bytes moved and allocations are counted in the metered
//! region and charged as fuel, before the work runs, under the per-call
//! limit; `plain` charges nothing.

mod common;

use common::*;
use effgauge_sandboxes::{CostModel, Limits, Runtime, SandboxEngine, Status};
use std::sync::OnceLock;

fn plain_engine() -> &'static SandboxEngine {
    static ENGINE: OnceLock<SandboxEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        SandboxEngine::with_cost_model(
            Runtime::locate(None).expect("runtime built"),
            CostModel::Plain,
        )
        .expect("engine")
    })
}

const COPY: &str = "def f(n):\n    b = bytearray(n)\n    c = bytes(b)\n    return len(c)\n";

#[test]
fn the_default_engine_charges_by_cost_v1() {
    assert_eq!(engine().cost_model(), CostModel::CostV1);
    assert!(CostModel::CostV1.weights().per_moved_byte > 0);
}

#[test]
fn bytes_moved_are_counted_and_charged_at_the_model_rate() {
    let n = 4_000_000;
    let charged = run(COPY, &[n]);
    let plain = plain_engine().run(job(COPY, &[n])).unwrap();
    for r in [&charged, &plain] {
        assert_eq!(statuses(r), vec![Status::Ok]);
    }
    let work = charged.calls[0].work;
    assert_eq!(
        work, plain.calls[0].work,
        "the work does not depend on the model"
    );
    assert!(
        work.moved_bytes >= 2 * n as u64,
        "zeroing and copying {n} bytes: {work:?}"
    );
    // Compiling is charged to the case too (measured in its own instance,
    // whose work is its own): compare the cases without it.
    let v1 = charged.calls[0].cost.fuel - charged.compile.fuel;
    let wasmtime = plain.calls[0].cost.fuel - plain.compile.fuel;
    // cost-v1 charges half a unit per byte where wasmtime charges one per
    // byte of a bulk copy; everything else is the same operators.
    assert!(v1 >= CostModel::CostV1.fuel(work), "{v1} for {work:?}");
    let saved = wasmtime - v1;
    // Besides: the memory meter zeroes its spans of marks (8 KiB each)
    // uncharged under cost-v1, at a unit per byte under plain.
    let marks = 128 << 10;
    assert!(
        saved >= n as u64 && saved <= work.moved_bytes / 2 + 1000 + marks,
        "wasmtime {wasmtime}, cost-v1 {v1}, {work:?}"
    );
}

#[test]
fn a_bulk_copy_over_the_limit_is_stopped_before_it_runs() {
    // 200 MB zeroed then copied: a handful of operators; only the per-byte
    // charge, taken before each copy, stops it, under either model.
    let n = 200_000_000;
    let limits = Limits {
        fuel_per_call: Some(5_000_000),
        memory_bytes: 1 << 30,
        ..Limits::default()
    };
    for engine in [engine(), plain_engine()] {
        let mut job = job(COPY, &[n]);
        job.limits = limits;
        let report = engine.run(job).unwrap();
        assert_eq!(
            statuses(&report),
            vec![Status::Timeout],
            "{:?}",
            engine.cost_model()
        );
        assert!(report.calls[0].cost.fuel <= 5_000_000);
        assert!(report.calls[0]
            .error
            .as_deref()
            .unwrap_or("")
            .contains("fuel"));
    }
}

#[test]
fn many_small_copies_add_up_to_the_same_charge_as_one_large() {
    // Work hidden in copies below the batching threshold is still charged:
    // the guest batches, it never forgets.
    let small = "def f(n):\n    s = b'x' * 1000\n    t = 0\n    for _ in range(n):\n        t += len(s[1:])\n    return t\n";
    let r = run(small, &[20_000]);
    assert_eq!(statuses(&r), vec![Status::Ok]);
    assert!(
        r.calls[0].work.moved_bytes >= 20_000 * 999,
        "{:?}",
        r.calls[0].work
    );
}

#[test]
fn allocations_are_counted() {
    let src = "def f(n):\n    return len([(i,) for i in range(n)])\n";
    let r = run(src, &[100_000]);
    assert_eq!(statuses(&r), vec![Status::Ok]);
    let work = r.calls[0].work;
    assert!(work.allocations >= 100_000, "{work:?}");
    assert!(work.allocated_bytes >= 100_000 * 32, "{work:?}");
}

#[test]
fn charges_are_deterministic() {
    let src = "def f(n):\n    d = {}\n    for i in range(n):\n        d[str(i)] = [i] * (i % 50)\n    return sum(map(len, d.values()))\n";
    let a = run(src, &[30_000, 1]);
    let b = run(src, &[30_000, 1]);
    assert_eq!(fuel(&a), fuel(&b));
    assert_eq!(a.calls[0].work, b.calls[0].work);
}

#[test]
fn a_counting_engine_counts_only_its_class() {
    let runtime = Runtime::locate(None).expect("runtime built");
    let locals = SandboxEngine::counting(runtime, effgauge_sandboxes::OperatorClass::Local)
        .expect("counting engine");
    assert_eq!(locals.cost_fingerprint(), "count-local");
    let src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i * i\n    return t\n";
    let counted = locals.run(job(src, &[200_000])).unwrap();
    let all = plain_engine().run(job(src, &[200_000])).unwrap();
    let (local, total) = (counted.calls[0].cost.fuel, all.calls[0].cost.fuel);
    assert_eq!(statuses(&counted), vec![Status::Ok]);
    // local.get/set/tee are a large share of an interpreter's operators,
    // but not all of them.
    assert!(local > total / 10 && local < total, "{local} of {total}");
}

/// Metering version 7: an input of many small containers made the import of
/// every program run a full collection of the interpreter's heap (3.2 M
/// fuel at 400 lists, whatever the program), because the decoded
/// containers counted toward the collector's first threshold. The collector
/// is settled after the input is decoded, so the import costs the same
/// whatever the input holds.
#[test]
fn the_inputs_containers_do_not_make_the_import_collect_the_heap() {
    use effgauge_sandboxes::{CallSpec, Job, PyValue};
    let pairs = |n: i64| {
        let items = (0..n)
            .map(|i| PyValue::List(vec![int(i), int(i + 5)]))
            .collect();
        CallSpec::new(&[PyValue::List(items)])
    };
    let mut job = Job::new(
        "def f(stays):\n    return len(stays)\n",
        "f",
        vec![pairs(1), pairs(400), pairs(4000)],
    );
    job.limits = limits();
    let report = run_job(job);
    assert_eq!(statuses(&report), vec![Status::Ok; 3]);
    let imports: Vec<u64> = report.calls.iter().map(|c| c.import.fuel).collect();
    assert!(
        imports.iter().all(|&f| f.abs_diff(imports[0]) < 1_000),
        "the import's fuel: {imports:?}"
    );
}
