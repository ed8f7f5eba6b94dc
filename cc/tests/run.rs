//! C++ candidates in the sandbox, end to end: compiled with the glue, one
//! fresh instance per case, deterministic fuel, and every hostile program
//! ends in its own status without hurting the host.

mod common;

use common::engine;
use effgauge_cc::{Built, Compiler, Dialect, Signature, Toolchain, Type};
use effgauge_sandboxes::{CallSpec, Job, Limits, PyValue, Status, WasmProgram};
use std::sync::Arc;

fn signature() -> Signature {
    Signature::from_prompt("def f(xs: List[int], n: int) -> List[int]:\n", "f").unwrap()
}

fn program(source: &str) -> Arc<WasmProgram> {
    let cache = tempfile::tempdir().unwrap();
    let compiler = Compiler::new(Toolchain::locate().unwrap(), Some(cache.path().to_owned()));
    common::program(&compiler, source, &signature(), Dialect::Cpp)
        .unwrap_or_else(|why| panic!("did not compile: {why}"))
}

fn int(i: i64) -> PyValue {
    PyValue::Int(i.into())
}

fn run(source: &str, cases: &[(Vec<i64>, i64)], limits: Limits) -> effgauge_sandboxes::RunReport {
    let calls = cases
        .iter()
        .map(|(xs, n)| {
            CallSpec::new(&[PyValue::List(xs.iter().map(|&x| int(x)).collect()), int(*n)])
        })
        .collect();
    let mut job = Job::new(source, "f", calls);
    job.limits = limits;
    job.program = Some(program(source));
    engine().run(job).unwrap()
}

const SORTED_PREFIX: &str = "#include <bits/stdc++.h>\nusing namespace std;\nvector<long long> f(vector<long long> xs, long long n) { sort(xs.begin(), xs.end()); xs.resize(min<long long>(n, xs.size())); return xs; }\n";

#[test]
fn answers_come_back_typed_and_fuel_is_deterministic() {
    let cases = [(vec![5, -3, 9, 1], 2), ((0..2000).rev().collect(), 3)];
    let first = run(SORTED_PREFIX, &cases, Limits::default());
    assert_eq!(
        first.calls[0].status,
        Status::Ok,
        "{:?}",
        first.calls[0].error
    );
    assert_eq!(
        first.calls[0].output,
        Some(PyValue::List(vec![int(-3), int(1)]))
    );
    assert_eq!(
        first.calls[1].output,
        Some(PyValue::List(vec![int(0), int(1), int(2)]))
    );
    assert!(first.calls[1].cost.fuel > first.calls[0].cost.fuel);
    let again = run(SORTED_PREFIX, &cases, Limits::default());
    let fuel =
        |r: &effgauge_sandboxes::RunReport| r.calls.iter().map(|c| c.cost.fuel).collect::<Vec<_>>();
    assert_eq!(fuel(&first), fuel(&again));
}

fn status_of(body: &str, limits: Limits) -> (Status, String) {
    let source =
        format!("#include <bits/stdc++.h>\n#include <unistd.h>\nusing namespace std;\n{body}\n");
    let report = run(&source, &[(vec![1, 2, 3], 1)], limits);
    let call = &report.calls[0];
    (call.status, call.error.clone().unwrap_or_default())
}

#[test]
fn hostile_programs_end_in_their_own_status() {
    let small = Limits {
        memory_bytes: 64 << 20,
        fuel_per_call: Some(2_000_000_000),
        output_bytes: 1 << 16,
        ..Limits::default()
    };
    let cases = [
        ("vector<long long> f(vector<long long> xs, long long n) { volatile long long s = 0; for (;;) s++; }", Status::Timeout),
        ("vector<long long> f(vector<long long> xs, long long n) { vector<vector<char>> keep; for (;;) keep.emplace_back(1 << 20, 1); }", Status::Memory),
        ("vector<long long> f(vector<long long> xs, long long n) { volatile long long* p = (long long*)0x40000000u; return {p[4]}; }", Status::Error),
        ("vector<long long> f(vector<long long> xs, long long n) { for (;;) printf(\"spam spam spam spam\\n\"); }", Status::Output),
        ("vector<long long> f(vector<long long> xs, long long n) { abort(); }", Status::Error),
        ("vector<long long> f(vector<long long> xs, long long n) { exit(0); }", Status::Error),
        ("vector<long long> f(vector<long long> xs, long long n) { xs.at(99); return xs; }", Status::Error),
    ];
    for (body, expected) in cases {
        let (status, error) = status_of(body, small);
        assert_eq!(status, expected, "{body}: {error}");
        assert!(!error.is_empty());
    }
}

#[test]
fn deep_recursion_traps_on_either_stack() {
    // Big frames exhaust the 8 MiB stack in linear memory (first, so it
    // traps); small ones the host's wasm stack.
    for body in [
        "long long g(long long n) { volatile long long pad[64]; pad[0] = n; return n == 0 ? 0 : 1 + g(n - 1) + pad[0] * 0; }\nvector<long long> f(vector<long long> xs, long long n) { return {g(100000000)}; }",
        "long long g(long long n) { volatile long long x = n; return x == 0 ? 0 : 1 + g(x - 1); }\nvector<long long> f(vector<long long> xs, long long n) { return {g(1000000000 + n)}; }",
    ] {
        let (status, error) = status_of(body, Limits::default());
        assert!(matches!(status, Status::Stack | Status::Error), "{status:?} {error}");
        assert!(error.contains("stack"), "{error}");
    }
    // 100 000 frames, as natively with 8 MiB, are fine.
    let (status, error) = status_of(
        "long long g(long long n) { volatile long long pad[8]; pad[0] = n; return n == 0 ? 0 : 1 + g(n - 1) + pad[0] * 0; }\nvector<long long> f(vector<long long> xs, long long n) { return {g(100000)}; }",
        Limits::default(),
    );
    assert_eq!(status, Status::Ok, "{error}");
}

#[test]
fn the_host_stays_out_of_reach() {
    // Sleeping moves the virtual clock; the real time is not there, and a
    // file cannot even be opened (a program that opens one does not
    // compile: c_hostile.rs); stdin is the glue's alone.
    let probe = r#"vector<long long> f(vector<long long> xs, long long n) {
        long long a = time(nullptr);
        sleep(3600);
        long long b = time(nullptr);
        char buffer[8];
        long long opened = read(0, buffer, sizeof buffer);
        long long r = rand();
        return {b - a, opened, r};
    }"#;
    let first = run(
        &format!("#include <bits/stdc++.h>\n#include <unistd.h>\nusing namespace std;\n{probe}\n"),
        &[(vec![], 0)],
        Limits::default(),
    );
    let call = &first.calls[0];
    assert_eq!(call.status, Status::Ok, "{:?}", call.error);
    let Some(PyValue::List(values)) = &call.output else {
        panic!()
    };
    assert_eq!(values[0], int(3600), "slept on the virtual clock");
    assert_eq!(values[1], int(0), "stdin was read by the glue");
    let again = run(
        &format!("#include <bits/stdc++.h>\n#include <unistd.h>\nusing namespace std;\n{probe}\n"),
        &[(vec![], 0)],
        Limits::default(),
    );
    assert_eq!(again.calls[0].output, call.output, "seeded randomness");
}

#[test]
fn only_the_glue_talks_to_the_host() {
    // Reporting a result directly (the adversary's glue bypass: a static
    // constructor that reads stdin, reports and exits before the glue's
    // decoding, which the reference pays) is refused when compiled,
    // however the import is declared.
    let declarations = [
        "__attribute__((import_module(\"effgauge\"), import_name(\"result\"))) void report(const void*, unsigned int);",
        "extern \"C\" void effgauge_result(const void*, unsigned int);\n#define report effgauge_result",
        "__attribute__((import_module(\"effgauge\"), import_name(\"mark\"))) void report(const void*, unsigned int);",
    ];
    let compiler = Compiler::new(Toolchain::locate().unwrap(), None);
    for declaration in declarations {
        let source = format!(
            "#include <bits/stdc++.h>\n#include <unistd.h>\n{declaration}\n\
             static int early = [] {{ char buf[64]; long long r = read(0, buf, sizeof buf); report(buf, 8); _Exit(0); return (int)r; }}();\n\
             std::vector<long long> f(std::vector<long long> xs, long long n) {{ return xs; }}\n"
        );
        match compiler
            .compile(&source, &signature(), Dialect::Cpp)
            .unwrap()
        {
            Built::Rejected(why) => assert!(
                why.contains("only effgauge's glue talks to the host"),
                "{why}"
            ),
            Built::Module(_) => panic!("compiled: {declaration}"),
        }
    }
    let _ = Type::Int;
}

#[test]
fn int128_arithmetic_links_and_is_right() {
    // __int128 division comes from compiler-rt, which Debian builds with
    // the stack protector: the glue provides its two symbols.
    let source = "#include <vector>\nstd::vector<long long> f(std::vector<long long> xs, long long n) {\n    for (auto& x : xs) x = (long long)(((__int128)x * x) % (unsigned long long)n);\n    return xs;\n}\n";
    let report = run(
        source,
        &[(vec![4_000_000_000, 7], 1_000_000_007)],
        Limits::default(),
    );
    let call = &report.calls[0];
    assert_eq!(call.status, Status::Ok, "{:?}", call.error);
    let expect = |x: i128| int(((x * x) % 1_000_000_007) as i64);
    assert_eq!(
        call.output,
        Some(PyValue::List(vec![expect(4_000_000_000), expect(7)]))
    );
}

#[test]
fn a_large_result_is_bounded_by_the_case_not_by_the_print_cap() {
    let source = "#include <vector>\nstd::vector<long long> f(std::vector<long long> xs, long long n) { return std::vector<long long>(n, 7); }\n";
    let call = |n: i64, cap: Option<u64>| {
        let mut spec = CallSpec::new(&[PyValue::List(Vec::new()), int(n)]);
        spec.max_output_bytes = cap;
        let mut job = Job::new(source, "f", vec![spec]);
        job.program = Some(program(source));
        engine().run(job).unwrap().calls.remove(0)
    };
    // 2.4 MB of answer: above the 1 MiB of what a program may print.
    let big = call(300_000, None);
    assert_eq!(big.status, Status::Ok, "{:?}", big.error);
    assert!(matches!(&big.output, Some(PyValue::List(v)) if v.len() == 300_000));
    let capped = call(300_000, Some(100_000));
    assert_eq!(capped.status, Status::Wrong);
    assert!(capped.error.unwrap().contains("above this case's cap"));
}

#[test]
fn a_table_in_the_program_text_costs_its_bytes_in_every_case() {
    // 256 KiB of precomputed data, used once: loading it is charged.
    let table: Vec<String> = (0..32768)
        .map(|i| ((i * 2654435761u64) % 1000003).to_string())
        .collect();
    let with = format!(
        "#include <vector>\nstatic const long long T[] = {{{}}};\nstd::vector<long long> f(std::vector<long long> xs, long long n) {{ return {{T[n]}}; }}\n",
        table.join(",")
    );
    let without = "#include <vector>\nstd::vector<long long> f(std::vector<long long> xs, long long n) { return {(n * 2654435761LL) % 1000003}; }\n";
    let fuel = |source: &str| {
        let report = run(source, &[(vec![], 5)], Limits::default());
        assert_eq!(
            report.calls[0].status,
            Status::Ok,
            "{:?}",
            report.calls[0].error
        );
        report.calls[0].cost.fuel
    };
    let (a, b) = (fuel(&with), fuel(without));
    // Every byte loads (one fuel each), and the program's own data above
    // the allowance costs its price per byte.
    let own = effgauge_cc::object::own_data_fuel(32768 * 8);
    assert!(own > 0);
    assert!(a >= b + 32768 * 8 + own, "with the table {a}, without {b}");
    // More data than fuel: out of fuel before the first operator.
    let tight = Limits {
        fuel_per_call: Some(100_000),
        ..Limits::default()
    };
    let report = run(&with, &[(vec![], 5)], tight);
    assert_eq!(report.calls[0].status, Status::Timeout);
}

#[test]
fn host_work_is_paid_for_in_fuel() {
    // The adversary's amplifier: many subscriptions per poll_oneoff, a few
    // operators per call. Now at most 64 per call, each paid for.
    let source = r#"#include <bits/stdc++.h>
#include <poll.h>
#include <time.h>
using namespace std;
vector<long long> f(vector<long long> xs, long long n) {
    static struct timespec t = {0, 1};
    long long calls = 0;
    for (;;) { nanosleep(&t, nullptr); calls++; }
    return {calls};
}
"#;
    let limits = Limits {
        fuel_per_call: Some(50_000_000),
        ..Limits::default()
    };
    let started = std::time::Instant::now();
    let report = run(source, &[(vec![1], 1)], limits);
    assert_eq!(
        report.calls[0].status,
        Status::Timeout,
        "{:?}",
        report.calls[0].error
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
}

/// A compiled program's memory: its linear memory at its largest less the
/// stack it never reached, measured by the host and the stack meter, so
/// heap, static arrays and the stack all count and nothing the program
/// writes can change it.
#[test]
fn memory_counts_the_heap_and_static_arrays() {
    let limits = Limits {
        fuel_per_call: Some(200_000_000),
        ..Limits::default()
    };
    let peak = |source: &str| {
        let report = run(source, &[(vec![3, 1, 2], 2)], limits);
        assert_eq!(
            report.calls[0].status,
            Status::Ok,
            "{:?}",
            report.calls[0].error
        );
        report.calls[0].memory.peak_live_bytes
    };
    let small = peak(SORTED_PREFIX);
    let heap = peak(
        "#include <bits/stdc++.h>\nusing namespace std;\nvector<long long> f(vector<long long> xs, long long n) { vector<long long> big(2000000, n); xs.resize(min<long long>(n, xs.size())); xs[0] = big[12345] - n + xs[0]; return xs; }\n",
    );
    let statics = peak(
        "#include <bits/stdc++.h>\nusing namespace std;\nstatic long long table[2000000];\nvector<long long> f(vector<long long> xs, long long n) { table[n] = 1; xs.resize(min<long long>(n, xs.size())); xs[0] += table[n] - 1; return xs; }\n",
    );
    // A local array holds the stack it spans (an adversary held 7 MiB on the
    // stack at the figure of a program that held nothing).
    let stack = peak(
        "#include <bits/stdc++.h>\nusing namespace std;\nvector<long long> f(vector<long long> xs, long long n) { volatile long long local[750000]; for (long long i = 0; i < 750000; i += 512) local[i] = i + n; xs.resize(min<long long>(n, xs.size())); xs[0] += local[512] - 512 - n; return xs; }\n",
    );
    assert!(stack >= small + 5_900_000, "{stack} vs {small}");
    assert!(small < 1 << 20, "{small}");
    assert!(heap >= small + 15_900_000, "{heap} vs {small}");
    assert!(statics >= small + 15_900_000, "{statics} vs {small}");
}
