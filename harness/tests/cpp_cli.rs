//! C++ candidates end to end through the binary: the bundled C++ examples
//! scored (references e = 1 exactly, alternatives below, the same bytes
//! whatever `--jobs`), one submission with `run`, and a run that mixes
//! languages refused.

mod common;

use common::*;
use predicates::str::contains;

fn score_cpp(out: &std::path::Path, jobs: &str) {
    effgauge()
        .current_dir(root())
        .args([
            "score",
            "examples/cpp/reference.jsonl",
            "examples/cpp/alternatives.jsonl",
            "--quiet",
            "--no-outcome-cache",
            "--problems",
            PROBLEMS,
            "--jobs",
            jobs,
        ])
        .arg("--out")
        .arg(out)
        .assert()
        .success();
}

#[test]
fn the_cpp_examples_score_the_reference_one_and_the_same_bytes_across_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (dir.path().join("one.json"), dir.path().join("two.json"));
    score_cpp(&one, "1");
    score_cpp(&two, "2");
    assert_eq!(
        std::fs::read(&one).unwrap(),
        std::fs::read(&two).unwrap(),
        "byte-identical across --jobs"
    );
    let results = read_json(&one);
    assert_eq!(results["harness"]["language"], "cpp");
    assert_eq!(results["harness"]["cost_model"], "plain");
    assert!(results["harness"]["toolchain"]["sha256"].is_string());
    let reference = model(&results, "reference");
    for problem in reference["problems"].as_array().unwrap() {
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
fn run_scores_one_cpp_file_and_a_compile_error_is_its_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let reference = root().join("problems/suite/relay-latency/cpp/reference.cpp");
    effgauge()
        .args(["run", "--problem", "relay-latency", "--json"])
        .arg(&reference)
        .assert()
        .success()
        .stdout(contains("\"verdict\": \"correct\""));
    let broken = dir.path().join("broken.cpp");
    std::fs::write(&broken, "#include \"/etc/passwd\"\n").unwrap();
    effgauge()
        .args(["run", "--problem", "relay-latency", "--json"])
        .arg(&broken)
        .assert()
        .code(1)
        .stdout(contains("compile_error"))
        .stdout(contains("line 1"));
}

#[test]
fn a_run_is_one_language() {
    let dir = tempfile::tempdir().unwrap();
    let mixed = dir.path().join("mixed.jsonl");
    let python = std::fs::read_to_string(root().join("examples/reference.jsonl")).unwrap();
    let cpp = std::fs::read_to_string(root().join("examples/cpp/reference.jsonl")).unwrap();
    let lines = format!(
        "{}\n{}\n",
        python.lines().next().unwrap(),
        cpp.lines().next().unwrap()
    );
    std::fs::write(&mixed, lines).unwrap();
    effgauge()
        .args(["score", "--quiet", "--out"])
        .arg(dir.path().join("r.json"))
        .arg(&mixed)
        .assert()
        .code(2)
        .stderr(contains("mixed.jsonl:1 is python but mixed.jsonl:2 is cpp"));
}

#[test]
fn serve_scores_cpp_under_its_language_and_refuses_python_there() {
    let service = common::serve::serve_bundled(&["--language", "cpp"]);
    let reference =
        std::fs::read_to_string(root().join("problems/suite/relay-latency/cpp/reference.cpp"))
            .unwrap();
    let reply = service.score(serde_json::json!([
        {"task_id": "relay-latency", "solution": reference, "language": "cpp"},
        {"task_id": "relay-latency", "solution": "long long broken(", "language": "cpp"},
    ]));
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let body = reply.json();
    assert_eq!(body["results"][0]["verdict"], "correct", "{body}");
    assert_eq!(body["results"][0]["score"], 1.0);
    assert_eq!(body["results"][1]["status"], "compile_error", "{body}");
    let python = service.score(serde_json::json!([
        {"task_id": "relay-latency", "solution": "def f(): pass\n", "language": "python"},
    ]));
    assert_eq!(python.status, 422);
    assert!(
        python.json()["error"]["code"] == "unsupported_language"
            || String::from_utf8_lossy(&python.body).contains("unsupported_language")
    );
}
