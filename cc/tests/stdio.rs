//! Whole C and C++ programs under the stdin/stdout protocol: compiled with
//! no glue (`Compiler::compile_program`), run with the case as stdin and
//! stdout as the answer, under the same caps and privatised definitions.

mod common;

use effgauge_cc::{Built, Compiler, Dialect, Toolchain};
use effgauge_sandboxes::{CallSpec, Job, Limits, PyValue, RunReport, Status};
use std::sync::{Arc, OnceLock};

fn compiler() -> &'static Compiler {
    static COMPILER: OnceLock<Compiler> = OnceLock::new();
    COMPILER.get_or_init(|| Compiler::new(Toolchain::locate().expect("cc/setup.sh ran"), None))
}

fn run_with(source: &str, dialect: Dialect, inputs: &[&str], max_output: Option<u64>) -> RunReport {
    let module = match compiler().compile_program(source, dialect).unwrap() {
        Built::Module(m) => m,
        Built::Rejected(why) => panic!("does not compile: {why}"),
    };
    let calls = inputs
        .iter()
        .map(|i| CallSpec {
            max_output_bytes: max_output,
            ..CallSpec::new(&[PyValue::Str((*i).into())])
        })
        .collect();
    let mut job = Job::stdio(source, calls);
    job.limits = Limits {
        fuel_per_call: Some(2_000_000_000),
        ..Limits::default()
    };
    job.program = Some(Arc::new(module.stdio_program()));
    common::engine().run(job).expect("the host survives")
}

fn run(source: &str, dialect: Dialect, inputs: &[&str]) -> RunReport {
    run_with(source, dialect, inputs, None)
}

fn answer(report: &RunReport, i: usize) -> String {
    match &report.calls[i].output {
        Some(PyValue::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        other => format!(
            "{:?} {other:?} {:?}",
            report.calls[i].status, report.calls[i].error
        ),
    }
}

const C_SUM: &str = "#include <stdio.h>\nint main(void) {\n    long long x, s = 0;\n    while (scanf(\"%lld\", &x) == 1) s += x;\n    printf(\"%lld\\n\", s);\n    return 0;\n}\n";
const CPP_SUM: &str = "#include <iostream>\nint main() {\n    std::ios::sync_with_stdio(false);\n    long long x, s = 0;\n    while (std::cin >> x) s += x;\n    std::cout << s << '\\n';\n}\n";

#[test]
fn c_and_cpp_programs_read_the_case_and_answer_on_stdout() {
    for (source, dialect) in [(C_SUM, Dialect::C), (CPP_SUM, Dialect::Cpp)] {
        let report = run(source, dialect, &["1 2 3\n", "", "40 2"]);
        assert_eq!(answer(&report, 0), "6\n", "{dialect:?}");
        assert_eq!(answer(&report, 1), "0\n", "{dialect:?}");
        assert_eq!(answer(&report, 2), "42\n", "{dialect:?}");
        let again = run(source, dialect, &["1 2 3\n", "", "40 2"]);
        let fuel = |r: &RunReport| r.calls.iter().map(|c| c.cost.fuel).collect::<Vec<_>>();
        assert_eq!(fuel(&report), fuel(&again));
    }
}

#[test]
fn exit_statuses_and_silence() {
    let failing =
        "#include <stdlib.h>\n#include <stdio.h>\nint main(void) { puts(\"partial\"); exit(3); }\n";
    let report = run(failing, Dialect::C, &[""]);
    assert_eq!(report.calls[0].status, Status::Error);
    assert!(report.calls[0]
        .error
        .as_deref()
        .unwrap()
        .contains("status 3"));
    let silent = "int main(void) { return 0; }\n";
    assert_eq!(answer(&run(silent, Dialect::C, &["x"]), 0), "");
}

#[test]
fn an_oversize_answer_is_wrong_and_endless_output_stops() {
    let big = "#include <stdio.h>\nint main(void) { for (int i = 0; i < 1000; i++) putchar('z'); return 0; }\n";
    let report = run_with(big, Dialect::C, &[""], Some(100));
    assert_eq!(
        report.calls[0].status,
        Status::Wrong,
        "{:?}",
        report.calls[0]
    );
    let endless =
        "#include <stdio.h>\nint main(void) { for (;;) fputs(\"wwwwwwwwwwwwwwww\", stdout); }\n";
    let report = run(endless, Dialect::C, &[""]);
    assert_eq!(
        report.calls[0].status,
        Status::Output,
        "{:?}",
        report.calls[0]
    );
}

#[test]
fn a_program_cannot_stand_in_for_the_library() {
    // Its own `read` and `fwrite` stay its own: the library's stdio keeps
    // reading the case and writing the answer.
    let sabotage = "#include <stdio.h>\n#include <stddef.h>\n\
        long read(int fd, void *buf, size_t n) { return 0; }\n\
        size_t fwrite(const void *p, size_t s, size_t n, FILE *f) { return n; }\n\
        int main(void) { long long x, s = 0; while (scanf(\"%lld\", &x) == 1) s += x; printf(\"%lld\\n\", s); return 0; }\n";
    assert_eq!(answer(&run(sabotage, Dialect::C, &["5 6"]), 0), "11\n");
}

#[test]
fn host_calls_beyond_the_free_ones_cost_what_the_host_spends() {
    // The adversary's loop on a call that moves no bytes (2–4 µs of the
    // host's each, a few operators of the guest's) held a worker 6 minutes:
    // beyond the first 256, every host call costs HOST_CALL_FUEL.
    let calls = |n: u32| {
        format!(
            "#include <stdio.h>\n#include <wasi/api.h>\nint main(void) {{\n    \
             __wasi_fdstat_t s; unsigned sink = 0;\n    \
             for (int i = 0; i < {n}; i++) sink += __wasi_fd_fdstat_get(0, &s);\n    \
             printf(\"%u\\n\", sink);\n    return 0;\n}}\n"
        )
    };
    let fuel = |n: u32| run(&calls(n), Dialect::C, &[""]).calls[0].cost.fuel;
    let (few, many) = (fuel(10), fuel(5_010));
    // Start-up and ten calls are under the free ones; of the 5 010, at
    // least 5 010 - 256 are priced.
    let priced = 5_010 - effgauge_sandboxes::FREE_HOST_CALLS;
    assert!(
        many - few >= priced * effgauge_sandboxes::HOST_CALL_FUEL,
        "{many} - {few}"
    );
}

#[test]
fn work_before_or_after_main_is_metered_as_main_s() {
    // The adversary's constructor and atexit versions of the slip cost
    // what the slip costs in main.
    let body = "int n; if (scanf(\"%d\", &n) != 1) return; long long *seen = malloc(sizeof *seen * (n > 0 ? n : 1));\n\
                for (int i = 0; i < n; i++) { long long v; scanf(\"%lld\", &v); int f = 0;\n\
                for (int j = 0; j < count; j++) if (seen[j] == v) { f = 1; break; }\n\
                if (!f) seen[count++] = v; }";
    let head = "#include <stdio.h>\n#include <stdlib.h>\nstatic int count;\n";
    let in_main = format!("{head}static void work(void) {{ {body} }}\nint main(void) {{ work(); printf(\"%d\\n\", count); return 0; }}\n");
    let in_ctor = format!("{head}__attribute__((constructor)) static void work(void) {{ {body} }}\nint main(void) {{ printf(\"%d\\n\", count); return 0; }}\n");
    let input: String = std::iter::once("2000".to_owned())
        .chain((0..2000).map(|i| (i % 700).to_string()))
        .collect::<Vec<_>>()
        .join(" ");
    let a = run(&in_main, Dialect::C, &[&input]);
    let b = run(&in_ctor, Dialect::C, &[&input]);
    assert_eq!(answer(&a, 0), "700\n");
    assert_eq!(answer(&b, 0), "700\n");
    let (fa, fb) = (a.calls[0].cost.fuel, b.calls[0].cost.fuel);
    assert!(fa.abs_diff(fb) < fa / 100, "{fa} vs {fb}");
}
