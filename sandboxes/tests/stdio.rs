//! Programs under the stdin/stdout protocol (`Protocol::Stdio`): the case
//! is standard input, standard output is the answer, the whole program
//! runs in the metered region, and nothing of one case reaches another.

mod common;

use common::{engine, run_job, statuses, FUEL};
use effgauge_sandboxes::{CallSpec, Job, Limits, PyValue, RunReport, Status};

fn stdio_job(source: &str, inputs: &[&str]) -> Job {
    let calls = inputs
        .iter()
        .map(|i| CallSpec::new(&[PyValue::Str((*i).into())]))
        .collect();
    let mut job = Job::stdio(source, calls);
    job.limits = Limits {
        fuel_per_call: Some(FUEL),
        ..Limits::default()
    };
    job
}

fn run(source: &str, inputs: &[&str]) -> RunReport {
    run_job(stdio_job(source, inputs))
}

fn answers(report: &RunReport) -> Vec<String> {
    report
        .calls
        .iter()
        .map(|c| match &c.output {
            Some(PyValue::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            other => format!("{:?} {:?} {:?}", c.status, other, c.error),
        })
        .collect()
}

const SUM: &str = "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n";

#[test]
fn stdin_is_the_case_and_stdout_the_answer() {
    let report = run(SUM, &["1 2 3\n", "40\n2", ""]);
    assert_eq!(statuses(&report), vec![Status::Ok; 3]);
    assert_eq!(answers(&report), vec!["6\n", "42\n", "0\n"]);
}

#[test]
fn every_way_of_reading_stdin_reads_the_case() {
    let programs = [
        "print(int(input()) * 2)",
        "import sys\nprint(int(sys.stdin.readline()) * 2)",
        "import sys\nprint(int(sys.stdin.buffer.read()) * 2)",
        "print(int(open(0).read()) * 2)",
        "import os\nprint(int(os.read(0, 100)) * 2)",
        "import sys\nfor line in sys.stdin:\n    print(int(line) * 2)",
        "import sys\nsys.stdout.write(str(int(input()) * 2) + '\\n')",
        "import sys\nsys.stdout.buffer.write(b'%d\\n' % (int(input()) * 2))",
        "import os\nos.write(1, b'%d\\n' % (int(input()) * 2))",
        "if __name__ == '__main__':\n    print(int(input()) * 2)",
    ];
    for program in programs {
        let report = run(program, &["21\n"]);
        assert_eq!(answers(&report), vec!["42\n"], "{program}");
    }
}

#[test]
fn exit_zero_is_an_end_and_other_exits_are_errors() {
    for program in [
        "import sys\nprint(1)\nsys.exit()",
        "import sys\nprint(1)\nsys.exit(0)",
        "print(1)\nraise SystemExit",
        "print(1)\nraise SystemExit(False)",
        "print(1)\nexit()",
    ] {
        let report = run(program, &[""]);
        assert_eq!(answers(&report), vec!["1\n"], "{program}");
    }
    for program in [
        "import sys\nprint(1)\nsys.exit(1)",
        "import sys\nsys.exit('bad input')",
        "print(1)\nraise ValueError('no')",
    ] {
        let report = run(program, &[""]);
        assert_eq!(statuses(&report), vec![Status::Error], "{program}");
        assert_eq!(report.calls[0].output, None, "{program}");
    }
}

#[test]
fn the_standard_streams_are_flushed_inside_the_region_and_nothing_else() {
    // sys.stdout replaced by a buffered wrapper of the program's own: it is
    // the stream flushed at the end, and the writing is paid.
    let replaced =
        "import io, sys\nsys.stdout = io.TextIOWrapper(open(1, 'wb', closefd=False))\nprint('y')\n";
    assert_eq!(answers(&run(replaced, &[""])), vec!["y\n"]);
    // A file of its own, never flushed nor closed: what it holds is lost,
    // as after `os._exit` (nothing the program leaves alive is released).
    let own = "f = open(1, 'w', closefd=False)\nf.write('x' * 5000 + '\\n')\nprint('z')\n";
    assert_eq!(answers(&run(own, &[""])), vec!["z\n"]);
}

#[test]
fn keeping_objects_alive_past_the_end_saves_nothing() {
    // The adversary's stash: the reference's own text, its big objects
    // kept reachable from `sys` or in a cycle at the end. Nothing alive is
    // released at the end for anyone, so hiding them saves nothing (they
    // cost the plain program's fuel and the few operators of hiding).
    let plain = "import sys\nd = sys.stdin.buffer.read().split()\ns = set(d[1:])\nprint(len(s))\nsys.k = 0, 0\n";
    let stash = "import sys\nd = sys.stdin.buffer.read().split()\ns = set(d[1:])\nprint(len(s))\nsys.k = d, s\n";
    let cycle = "import sys\nd = sys.stdin.buffer.read().split()\ns = set(d[1:])\nprint(len(s))\nd.append(d)\n";
    let input: String = std::iter::once("3000".to_owned())
        .chain((0..3000).map(|i| (i % 1700).to_string()))
        .collect::<Vec<_>>()
        .join(" ");
    let fuel = |source: &str| run(source, &[&input]).calls[0].cost.fuel;
    let base = fuel(plain);
    for hidden in [stash, cycle] {
        let cost = fuel(hidden);
        assert!(cost >= base && cost - base < base / 100, "{cost} vs {base}");
    }
}

#[test]
fn empty_reads_return_at_once_and_cost_their_buffers() {
    // 1 024 empty buffers while input is left: 0 bytes read (POSIX), not
    // EINTR, which CPython retried in a C loop for ~20 fuel a turn while
    // the host walked every buffer (29 s of host time on 5e7 fuel).
    let readv = "import os\nbufs = [bytearray(0) for _ in range(1024)]\nprint(os.readv(0, bufs))\n";
    let report = run(readv, &["pending input"]);
    assert_eq!(answers(&report), vec!["0\n"]);
    assert!(report.calls[0].cost.fuel >= 1024 * 32);
    let zero =
        "import os, sys\nprint(os.read(0, 0), sys.stdin.buffer.raw.read(0), sys.stdin.read())\n";
    assert_eq!(answers(&run(zero, &["abc"])), vec!["b'' b'' abc\n"]);
}

#[test]
fn each_case_starts_afresh() {
    let program = "import sys\nsys.modules.setdefault('seen', []).append(1)\n\
                   print(len(sys.modules['seen']), sys.stdin.read())";
    let report = run(program, &["a", "b"]);
    assert_eq!(answers(&report), vec!["1 a\n", "1 b\n"]);
}

#[test]
fn cost_follows_the_work_and_is_deterministic() {
    let program = "import sys\nn = int(input())\ns = 0\nfor i in range(n):\n    s += i\nprint(s)";
    let a = run(program, &["10", "100000"]);
    let b = run(program, &["10", "100000"]);
    assert_eq!(common::fuel(&a), common::fuel(&b));
    assert!(a.calls[1].cost.fuel > 20 * a.calls[0].cost.fuel);
}

#[test]
fn an_answer_larger_than_the_case_allows_is_wrong_and_endless_writing_stops() {
    let mut job = stdio_job("print('z' * 1000)", &[""]);
    let calls: Vec<CallSpec> = job
        .calls
        .iter()
        .cloned()
        .map(|mut c| {
            c.max_output_bytes = Some(100);
            c
        })
        .collect();
    job.calls = std::sync::Arc::new(calls);
    let report = run_job(job);
    assert_eq!(statuses(&report), vec![Status::Wrong]);
    let endless = run(
        "import sys\nwhile True:\n    sys.stdout.write('w' * 65536)\n",
        &[""],
    );
    assert_eq!(statuses(&endless), vec![Status::Output]);
}

#[test]
fn a_function_case_has_no_stdin_and_a_stdio_case_needs_text() {
    // A function's case is never on stdin, whatever it reads.
    let mut job = Job::new(
        "import sys\ndef f(x):\n    return sys.stdin.read() + str(x)\n",
        "f",
        vec![CallSpec::new(&[PyValue::Str("secret".into())])],
    );
    job.limits.fuel_per_call = Some(FUEL);
    let report = run_job(job);
    assert_eq!(report.calls[0].output, Some(PyValue::Str("secret".into())));
    // A stdio case whose input is not one str or bytes is the harness's
    // error, never run.
    let mut job = Job::stdio(SUM, vec![CallSpec::new(&[common::int(3)])]);
    job.limits.fuel_per_call = Some(FUEL);
    let report = engine().run(job).expect("the host survives");
    assert_eq!(statuses(&report), vec![Status::Crash]);
}
