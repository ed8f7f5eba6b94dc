//! Programs that read stdin and write stdout (`protocol = "stdio"`), end to
//! end: the fixture suite `fixtures/stdio` (two problems we wrote, one
//! judged by tokens, one by a float tolerance) validates, its references
//! score e = 1 exactly, answers are judged by the problem's rule, and `run`
//! and `score` agree across `--jobs` (needs the built runtime).

mod common;

use common::{effgauge, fixture, metric, model, read_json};
use predicates::prelude::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn suite() -> PathBuf {
    fixture("stdio")
}

fn source(rel: &str) -> String {
    std::fs::read_to_string(suite().join(rel)).unwrap()
}

fn write_samples(path: &Path, rows: &[Value]) {
    let text: String = rows.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(path, text).unwrap();
}

fn score(samples: &Path, out: &Path, jobs: &str) -> Value {
    effgauge()
        .arg("score")
        .arg(samples)
        .args(["--quiet", "--jobs", jobs, "--suite"])
        .arg(suite())
        .arg("--out")
        .arg(out)
        .assert()
        .success();
    read_json(out)
}

/// `score` of `samples` against `suite` with `extra` options, quietly.
fn score_in(
    suite: &Path,
    samples: &Path,
    out: &Path,
    extra: &[&str],
) -> assert_cmd::assert::Assert {
    effgauge()
        .arg("score")
        .arg(samples)
        .arg("--quiet")
        .args(extra)
        .arg("--suite")
        .arg(suite)
        .arg("--out")
        .arg(out)
        .assert()
}

fn sample<'a>(results: &'a Value, model_name: &str, task: &str) -> &'a Value {
    model(results, model_name)["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["task_id"] == task)
        .map(|p| &p["samples"][0])
        .unwrap()
}

#[test]
fn the_fixture_suite_passes_every_gate() {
    let out = effgauge()
        .args(["problems", "validate", "--json", "--suite"])
        .arg(suite())
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    // Two Python problems, and distinct-count's C++ and C tracks.
    assert_eq!(v["passed"], 4, "{v:#}");
    assert_eq!(v["failed"], 0, "{v:#}");
}

#[test]
fn references_score_one_and_answers_are_judged_by_the_problems_rule() {
    let tmp = tempfile::tempdir().unwrap();
    let samples = tmp.path().join("samples.jsonl");
    let reference = |task: &str| json!({"task_id": task, "model": "reference", "solution": source(&format!("{task}/reference.py"))});
    let as_model = |model: &str, task: &str, solution: &str| json!({"task_id": task, "model": model, "solution": solution});
    write_samples(
        &samples,
        &[
            reference("distinct-count"),
            reference("running-mean"),
            // Tokens: other white space is the same answer.
            as_model(
                "layout",
                "distinct-count",
                "import sys\nd = sys.stdin.read().split()\nprint('  ', len(set(d[1:])), '\\n\\n')\n",
            ),
            // Float: another rounding within 1e-6 is right.
            as_model("layout", "running-mean", &source("running-mean/alternatives/print_each.py")),
            // Counting the first line too is wrong at level 0 already.
            as_model(
                "wrong",
                "distinct-count",
                "import sys\nprint(len(set(sys.stdin.read().split())))\n",
            ),
            // Four decimals is not within 1e-6.
            as_model(
                "wrong",
                "running-mean",
                "import sys\nt = 0\nfor k, l in enumerate(sys.stdin, 1):\n    t += int(l)\n    print('%.4f' % (t / k + 0.001))\n",
            ),
        ],
    );
    let results = score(&samples, &tmp.path().join("r.json"), "2");
    let reference = model(&results, "reference");
    assert_eq!(metric(reference, "pass@1"), 1.0);
    assert_eq!(metric(reference, "eff@1"), 1.0);
    assert_eq!(metric(model(&results, "layout"), "pass@1"), 1.0);
    assert_eq!(metric(model(&results, "wrong"), "pass@1"), 0.0);
    let wrong = sample(&results, "wrong", "distinct-count");
    assert_eq!(wrong["verdict"], "wrong", "{wrong:#}");
    assert_eq!(wrong["failed_at"]["level"], 0, "{wrong:#}");
    assert_eq!(results["harness"]["language"], "python");
}

#[test]
fn a_completion_is_refused_and_results_are_identical_across_jobs() {
    let tmp = tempfile::tempdir().unwrap();
    let completion = tmp.path().join("completion.jsonl");
    write_samples(
        &completion,
        &[json!({"task_id": "distinct-count", "completion": "print(0)\n"})],
    );
    let samples = tmp.path().join("samples.jsonl");
    let mut rows = Vec::new();
    for task in ["distinct-count", "running-mean"] {
        let dir = suite().join(task).join("alternatives");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        for path in names {
            rows.push(json!({"task_id": task, "model": "alternatives", "solution": std::fs::read_to_string(path).unwrap()}));
        }
    }
    write_samples(&samples, &rows);
    effgauge()
        .arg("score")
        .arg(&completion)
        .args(["--quiet", "--suite"])
        .arg(suite())
        .arg("--out")
        .arg(tmp.path().join("r0.json"))
        .assert()
        .stderr(predicate::str::contains(
            "completion.jsonl:1: field 'completion': a stdio program gives its whole file as 'solution'",
        ));
    let a = score(&samples, &tmp.path().join("a.json"), "1");
    let b = score(&samples, &tmp.path().join("b.json"), "2");
    assert_eq!(a, b);
    let alternatives = model(&a, "alternatives");
    assert!(metric(alternatives, "eff@1") < 1.0);
    assert!(metric(alternatives, "pass@1") > 0.0);
}

#[test]
fn scoring_takes_the_weights_the_problems_declare_unless_they_differ() {
    let tmp = tempfile::tempdir().unwrap();
    let suite = tmp.path().join("suite");
    common::copy_tree(&fixture("stdio"), &suite);
    let manifest = suite.join("running-mean/problem.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let last = text.rfind("weight = 1").unwrap();
    let text = format!(
        "{}weight = 2{}",
        &text[..last],
        &text[last + "weight = 1".len()..]
    );
    std::fs::write(&manifest, text).unwrap();
    let samples = tmp.path().join("samples.jsonl");
    write_samples(
        &samples,
        &[
            json!({"task_id": "running-mean", "solution": source("running-mean/reference.py")}),
            json!({"task_id": "distinct-count", "solution": source("distinct-count/reference.py")}),
        ],
    );
    let score = |extra: &[&str]| score_in(&suite, &samples, &tmp.path().join("r.json"), extra);
    score(&[]).code(2).stderr(predicate::str::contains(
        "problems distinct-count and running-mean declare different level weights (0,1,1 and 0,1,2); give --weights",
    ));
    score(&["--problems", "running-mean"]).success();
    let results = read_json(&tmp.path().join("r.json"));
    assert_eq!(results["harness"]["weights"], json!([0.0, 1.0, 2.0]));
    score(&["--weights", "0,1,1"]).success();
}

#[test]
fn run_scores_one_program_file() {
    effgauge()
        .arg("run")
        .arg(suite().join("distinct-count/alternatives/sort_then_count.py"))
        .args(["--problem", "distinct-count", "--suite"])
        .arg(suite())
        .assert()
        .stdout(predicate::str::contains("verdict: correct"));
}

#[test]
fn c_and_cpp_programs_are_scored_by_the_same_protocol() {
    effgauge()
        .arg("run")
        .arg(suite().join("distinct-count/cpp/alternatives/seen_vector.cpp"))
        .args(["--problem", "distinct-count", "--suite"])
        .arg(suite())
        .assert()
        .stdout(predicate::str::contains(
            "verdict: censored (timeout) at level 2 case 0",
        ));
    let tmp = tempfile::tempdir().unwrap();
    let samples = tmp.path().join("samples.jsonl");
    write_samples(
        &samples,
        &[
            json!({"task_id": "distinct-count", "model": "reference", "language": "c", "solution": source("distinct-count/c/reference.c")}),
            json!({"task_id": "distinct-count", "model": "slip", "language": "c", "solution": source("distinct-count/c/alternatives/seen_array.c")}),
            // A program that counts the first line too is wrong.
            json!({"task_id": "distinct-count", "model": "wrong", "language": "c", "solution": "#include <stdio.h>\nint main(void) { long long x; int n = 0; while (scanf(\"%lld\", &x) == 1) n++; printf(\"%d\\n\", n); return 0; }\n"}),
        ],
    );
    effgauge()
        .arg("score")
        .arg(&samples)
        .args(["--quiet", "--problems", "distinct-count", "--suite"])
        .arg(suite())
        .arg("--out")
        .arg(tmp.path().join("r.json"))
        .assert()
        .success();
    let results = read_json(&tmp.path().join("r.json"));
    assert_eq!(results["harness"]["language"], "c");
    assert_eq!(metric(model(&results, "reference"), "eff@1"), 1.0);
    let slip = metric(model(&results, "slip"), "eff@1");
    assert!(slip > 0.0 && slip < 1.0, "{slip}");
    assert_eq!(metric(model(&results, "wrong"), "pass@1"), 0.0);
}

#[test]
fn a_problem_that_cannot_be_prepared_stops_the_run_unless_left_out() {
    let tmp = tempfile::tempdir().unwrap();
    let suite = tmp.path().join("suite");
    common::copy_tree(&fixture("stdio"), &suite);
    // The reference fails on the top level's inputs: the problem cannot be
    // prepared.
    let reference = suite.join("running-mean/reference.py");
    let text = std::fs::read_to_string(&reference).unwrap();
    std::fs::write(
        &reference,
        format!("{text}if k > 1000:\n    raise MemoryError('too big for this reference')\n"),
    )
    .unwrap();
    let samples = tmp.path().join("samples.jsonl");
    write_samples(
        &samples,
        &[
            json!({"task_id": "running-mean", "model": "m", "solution": source("running-mean/reference.py")}),
            json!({"task_id": "distinct-count", "model": "m", "solution": source("distinct-count/reference.py")}),
        ],
    );
    let score = |extra: &[&str]| score_in(&suite, &samples, &tmp.path().join("r.json"), extra);
    score(&[])
        .code(2)
        .stderr(predicate::str::contains("running-mean"));
    score(&["--skip-unpreparable"])
        .success()
        .stderr(predicate::str::contains(
            "left out running-mean: it cannot be prepared:",
        ));
    let results = read_json(&tmp.path().join("r.json"));
    assert_eq!(results["harness"]["problems"], json!(["distinct-count"]));
    assert_eq!(metric(model(&results, "m"), "eff@1"), 1.0);
}
