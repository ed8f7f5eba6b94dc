//! C candidates end to end through the binary: the bundled C examples
//! scored (references e = 1 exactly, alternatives below, the same bytes
//! whatever `--jobs`), one submission with `run`, `serve --language c`,
//! and the C prompt `generate` asks with.

mod common;

use common::*;
use predicates::str::contains;

/// One problem per shape of C parameters and results: rows in and out,
/// a string in and strings out, numbers in and a number out, a string in
/// and a string out.
const C_PROBLEMS: &str =
    "rotate-grid-clockwise,greedy-word-wrap,longest-strict-climb,expand-run-length-code";

fn score_c(out: &std::path::Path, jobs: &str) {
    effgauge()
        .current_dir(root())
        .args([
            "score",
            "examples/c/reference.jsonl",
            "examples/c/alternatives.jsonl",
            "--quiet",
            "--no-outcome-cache",
            "--problems",
            C_PROBLEMS,
            "--jobs",
            jobs,
        ])
        .arg("--out")
        .arg(out)
        .assert()
        .success();
}

#[test]
fn the_c_examples_score_the_reference_one_and_the_same_bytes_across_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (dir.path().join("one.json"), dir.path().join("two.json"));
    score_c(&one, "1");
    score_c(&two, "2");
    assert_eq!(
        std::fs::read(&one).unwrap(),
        std::fs::read(&two).unwrap(),
        "byte-identical across --jobs"
    );
    let results = read_json(&one);
    assert_eq!(results["harness"]["language"], "c");
    assert_eq!(results["harness"]["cost_model"], "plain");
    assert!(results["harness"]["toolchain"]["sha256"].is_string());
    let reference = model(&results, "reference");
    let problems = reference["problems"].as_array().unwrap();
    assert_eq!(problems.len(), C_PROBLEMS.split(',').count());
    for problem in problems {
        for sample in problem["samples"].as_array().unwrap() {
            assert_eq!(sample["score"], 1.0, "{}", problem["task_id"]);
        }
    }
    let alternatives = model(&results, "alternatives");
    assert!(metric(alternatives, "eff@1") < 1.0);
    for problem in alternatives["problems"].as_array().unwrap() {
        for sample in problem["samples"].as_array().unwrap() {
            assert!(sample["score"].as_f64().unwrap() < 1.0, "{sample}");
        }
    }
}

#[test]
fn run_scores_one_c_file_and_a_mistyped_definition_is_a_compile_error() {
    let dir = tempfile::tempdir().unwrap();
    let reference = root().join("problems/suite/longest-strict-climb/c/reference.c");
    effgauge()
        .args(["run", "--problem", "longest-strict-climb", "--json"])
        .arg(&reference)
        .assert()
        .success()
        .stdout(contains("\"verdict\": \"correct\""));
    // `int*` where the C form says `long long*`: refused at compile time,
    // not run on bytes it would misread.
    let mistyped = dir.path().join("mistyped.c");
    std::fs::write(
        &mistyped,
        "long long longest_strict_climb(int* altitudes, int altitudesSize) { return 0; }\n",
    )
    .unwrap();
    effgauge()
        .args(["run", "--problem", "longest-strict-climb", "--json"])
        .arg(&mistyped)
        .assert()
        .code(1)
        .stdout(contains("compile_error"))
        .stdout(contains("conflicting types"));
    // A problem without a C track says so.
    effgauge()
        .args(["run", "--problem", "closest-beacon-pair"])
        .arg(&reference)
        .assert()
        .code(2)
        .stderr(contains("no C track"));
}

#[test]
fn serve_scores_c_under_its_language() {
    let service = common::serve::serve_bundled(&["--language", "c"]);
    let reference =
        std::fs::read_to_string(root().join("problems/suite/longest-strict-climb/c/reference.c"))
            .unwrap();
    let reply = service.score(serde_json::json!([
        {"task_id": "longest-strict-climb", "solution": reference, "language": "c"},
        {"task_id": "longest-strict-climb", "completion": "x", "language": "c"},
    ]));
    assert_eq!(
        reply.status,
        422,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert!(String::from_utf8_lossy(&reply.body).contains("a C sample gives its whole file"));
    let reply = service.score(serde_json::json!([
        {"task_id": "longest-strict-climb", "solution": reference, "language": "c"},
    ]));
    assert_eq!(reply.status, 200);
    let body = reply.json();
    assert_eq!(body["results"][0]["verdict"], "correct", "{body}");
    assert_eq!(body["results"][0]["score"], 1.0);
    let cpp = service.score(serde_json::json!([
        {"task_id": "longest-strict-climb", "solution": reference, "language": "cpp"},
    ]));
    assert_eq!(cpp.status, 422);
    assert!(String::from_utf8_lossy(&cpp.body).contains("unsupported_language"));
}
