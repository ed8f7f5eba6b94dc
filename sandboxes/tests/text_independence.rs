//! The call's cost depends on the call, not on unrelated program text:
//! compiling is measured in an instance of its own and charged as a whole
//! (the text's own cost, metering version 5), and after the import the
//! collector starts from the same state whatever the module left behind.

mod common;

use common::*;
use effgauge_sandboxes::{RunReport, Status};

/// Allocation-heavy, so the collector runs during the call.
const BASE: &str = "def f(n):\n    d = {}\n    for i in range(n):\n        d[i] = [i, str(i), (i, i)]\n    return len(d)\n";

/// The call alone: the case's cost less its import and its compile (these
/// jobs have no compile allowance, so all of both is charged).
/// A run with room for the heaviest variant's import (100 000 lists).
fn run_roomy(source: &str, args: &[i64]) -> RunReport {
    let limits = effgauge_sandboxes::Limits {
        fuel_per_call: Some(2_000_000_000),
        ..limits()
    };
    run_with(source, "f", args, limits)
}

fn call_fuel(report: &RunReport) -> u64 {
    let call = &report.calls[0];
    assert_eq!(call.status, Status::Ok, "{call:?}");
    call.cost.fuel - call.import.fuel - report.compile.fuel
}

#[test]
fn unrelated_text_does_not_move_the_cost_of_the_call() {
    let n = 20_000;
    let base = call_fuel(&run_roomy(BASE, &[n]));
    let many_defs: String = (0..300)
        .map(|i| format!("def unused_{i}(x):\n    return [x, {{x: {i}}}]\n"))
        .collect();
    let variants = [
        format!("_unused_marker = 12345\n{BASE}"),
        format!(
            "\"\"\"{}\"\"\"\n{BASE}",
            "a long module docstring. ".repeat(400)
        ),
        format!("{many_defs}{BASE}"),
        format!("{BASE}\n# {}\n", "x".repeat(5000)),
        // 100 000 live containers: unsettled, every full collection during
        // the call would traverse them.
        format!("KEEP = [[i] for i in range(100_000)]\n{BASE}"),
    ];
    for (i, source) in variants.iter().enumerate() {
        let fuel = call_fuel(&run_roomy(source, &[n]));
        let drift = (fuel as f64 - base as f64).abs() / base as f64;
        // Heap layout may still move allocator paths a little (0.7 % for
        // the 300 definitions); the collector and the compiler no longer do.
        assert!(
            drift < 0.01,
            "variant {i}: {fuel} vs {base} ({:.3} %)",
            100.0 * drift
        );
    }
}

#[test]
fn compiling_is_charged_apart_from_executing_the_module() {
    let comment = format!("{BASE}\n# {}\n", "x".repeat(50_000));
    let long = run(&comment, &[10]);
    let short = run(BASE, &[10]);
    let (long_import, short_import) = (long.calls[0].import.fuel, short.calls[0].import.fuel);
    assert!(
        long_import < short_import + 10_000,
        "a 50 kB comment made the import cost {long_import} vs {short_import}"
    );
    // The comment is charged as compiling, in full, to the case.
    assert!(long.compile.fuel > short.compile.fuel + 100_000);
    assert_eq!(
        long.calls[0].cost.fuel - long.compile.fuel,
        short.calls[0].cost.fuel - short.compile.fuel + (long_import - short_import)
    );
    // Work done by module-level code is still charged.
    let precompute = format!("TABLE = [i * i for i in range(300_000)]\n{BASE}");
    let heavy = run(&precompute, &[10]);
    assert!(heavy.calls[0].cost.fuel > short.calls[0].cost.fuel + 10_000_000);
}

#[test]
fn garbage_the_import_leaves_is_never_collected_during_the_call() {
    // Cyclic garbage with a finaliser, made garbage by the module's last
    // statement: collected during the call it would print and burn fuel;
    // frozen after the import, it never runs.
    let source = format!(
        "{BASE}\nclass Junk:\n    def __init__(self):\n        self.me = self\n    \
         def __del__(self):\n        print('finalised')\n        sum(range(10**5))\n\n\
         _junk = [Junk() for _ in range(2000)]\ndel _junk\n"
    );
    let report = run(&source, &[20_000]);
    assert!(!report.stdout.contains("finalised"), "{}", report.stdout);
    let base = call_fuel(&run(BASE, &[20_000]));
    let fuel = call_fuel(&report);
    assert!(fuel < base + base / 100, "{fuel} vs {base}");
}

#[test]
fn a_source_built_to_be_costly_to_compile_fails_within_its_budget() {
    // Compiling has a deterministic budget of its own: 20 000 statements
    // compile under the default budget, not under a small one, and the
    // failure says why (never a race with the wall clock).
    let source = format!("{}{BASE}", "x = 1\n".repeat(20_000));
    let mut job = common::job(&source, &[10]);
    job.limits.fuel_per_call = Some(20_000_000_000);
    let honest = run_job(job.clone());
    assert_eq!(statuses(&honest), [Status::Ok], "{}", error_of(&honest, 0));
    let compile = honest.compile.fuel;
    assert!(
        compile > 10_000_000,
        "compiling 20 000 lines cost {compile}"
    );
    job.limits.fuel_startup = compile / 2;
    let cut = run_job(job);
    assert_eq!(statuses(&cut), [Status::Timeout]);
    assert!(
        error_of(&cut, 0).contains("compiling the program took more than"),
        "{}",
        error_of(&cut, 0)
    );
    assert_eq!(
        origin_of(&cut, 0),
        Some(effgauge_sandboxes::ErrorOrigin::Harness)
    );
}
