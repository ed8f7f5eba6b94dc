//! `effgauge import coffe` end to end on a small copy of COFFE's layout that
//! we wrote ourselves (`fixtures/coffe/`: three function-level instances, a
//! broken one and a model's answers; two file-level programs, a broken one,
//! a model's answers, and no `testcases.json`, as in COFFE's repository),
//! then `problems validate` of the imported suite (the authoring gates
//! relaxed), `score` of its references and of the model's answers (needs
//! the built runtime).

mod common;

use common::{effgauge, fixture, metric, model, read_json};
use predicates::prelude::*;
use serde_json::{json, Value};

#[test]
fn imports_validates_and_scores_the_function_set() {
    let tmp = tempfile::tempdir().unwrap();
    let suite = tmp.path().join("suite");
    let samples_dir = tmp.path().join("samples");
    let best = fixture("coffe/datasets/function/best_solutions.json");
    // The broken instance is reported as FILE: index N: field, skipped, the rest imported.
    effgauge()
        .args(["import", "coffe"])
        .arg(fixture("coffe"))
        .arg("--out")
        .arg(&suite)
        .arg("--samples-out")
        .arg(&samples_dir)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("imported 3 problem(s)"))
        .stdout(predicate::str::contains(
            "wrote 2 sample(s) of Tiny to",
        ))
        .stdout(predicate::str::contains(
            "0 without code (they fail when scored); 1 prompt(s) not in the set, 1 of skipped instances",
        ))
        .stderr(predicate::str::contains(format!(
            "skipped: {}: index 3: [0]: does not define `solution` at the top level",
            best.display()
        )));
    let ids = ["humaneval-900", "mbpp-901", "mbpp-902"];
    for id in ids {
        assert!(suite.join(id).join("problem.toml").exists(), "{id}");
    }
    // Float outputs stated: COFFE's tolerance in a checker.
    assert!(suite.join("mbpp-902/checker.py").exists());
    assert!(!suite.join("mbpp-901/checker.py").exists());

    let validated = effgauge()
        .args(["problems", "validate", "--json", "--suite"])
        .arg(&suite)
        .assert();
    let v: Value = serde_json::from_slice(&validated.get_output().stdout).unwrap();
    assert_eq!(v["options"]["imported"], true, "{v:#}");
    for p in v["problems"].as_array().unwrap() {
        for name in ["prompt", "inputs", "deterministic", "reference", "level0"] {
            let g = p["gates"]
                .as_array()
                .unwrap()
                .iter()
                .find(|g| g["name"] == name)
                .unwrap();
            assert_eq!(g["status"], "pass", "{}: {g:#}", p["id"]);
        }
    }

    // The references as samples score pass@1 = 1 and eff@1 = 1 exactly
    // (the weights are the problems' own, COFFE's two levels 0 and 1).
    let samples = tmp.path().join("refs.jsonl");
    let mut lines = String::new();
    for id in ids {
        let solution = std::fs::read_to_string(suite.join(id).join("reference.py")).unwrap();
        lines.push_str(&json!({"task_id": id, "solution": solution}).to_string());
        lines.push('\n');
    }
    std::fs::write(&samples, lines).unwrap();
    let out = tmp.path().join("results.json");
    effgauge()
        .arg("score")
        .arg(&samples)
        .args(["--quiet", "--model", "reference", "--suite"])
        .arg(&suite)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let results = read_json(&out);
    let m = model(&results, "reference");
    assert_eq!(metric(m, "pass@1"), 1.0);
    assert_eq!(metric(m, "eff@1"), 1.0);

    // The model's answers, code extracted: both right.
    let tiny = samples_dir.join("Tiny.jsonl");
    let text = std::fs::read_to_string(&tiny).unwrap();
    assert!(text.contains("\"task_id\":\"humaneval-900\""), "{text}");
    let out = tmp.path().join("tiny.json");
    effgauge()
        .arg("score")
        .arg(&tiny)
        .args(["--quiet", "--suite"])
        .arg(&suite)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let results = read_json(&out);
    assert_eq!(metric(model(&results, "Tiny"), "pass@1"), 1.0);
}

#[test]
fn imports_and_scores_the_file_set_without_its_correctness_tests() {
    let tmp = tempfile::tempdir().unwrap();
    let suite = tmp.path().join("suite");
    let samples_dir = tmp.path().join("samples");
    let data = fixture("coffe/datasets/file");
    effgauge()
        .args(["import", "coffe"])
        .arg(fixture("coffe"))
        .args(["--set", "file", "--out"])
        .arg(&suite)
        .arg("--samples-out")
        .arg(&samples_dir)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("imported 2 problem(s)"))
        .stdout(predicate::str::contains("wrote 2 sample(s) of Tiny to"))
        .stderr(predicate::str::contains(format!(
            "note: {}: missing: no correctness tests",
            data.join("testcases.json").display()
        )))
        .stderr(predicate::str::contains(format!(
            "skipped: {}: index 2: [1]: io is false; this set needs true (a stdin program)",
            data.join("best_solutions.json").display()
        )));
    let manifest = std::fs::read_to_string(suite.join("apps-0/problem.toml")).unwrap();
    assert!(manifest.contains("protocol = \"stdio\""), "{manifest}");
    let statement = std::fs::read_to_string(suite.join("apps-0/prompt.md")).unwrap();
    assert_eq!(
        statement,
        "Read n and then n integers, one per line, and print their sum.\n"
    );
    let samples = tmp.path().join("refs.jsonl");
    let mut lines = String::new();
    for id in ["apps-0", "code-contests-1"] {
        let solution = std::fs::read_to_string(suite.join(id).join("reference.py")).unwrap();
        lines.push_str(
            &json!({"task_id": id, "model": "reference", "solution": solution}).to_string(),
        );
        lines.push('\n');
    }
    std::fs::write(&samples, lines).unwrap();
    let out = tmp.path().join("results.json");
    effgauge()
        .arg("score")
        .arg(&samples)
        .arg(samples_dir.join("Tiny.jsonl"))
        .args(["--quiet", "--suite"])
        .arg(&suite)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let results = read_json(&out);
    assert_eq!(metric(model(&results, "reference"), "eff@1"), 1.0);
    // The answers: one fenced, one after a leaked Llama header; both run.
    assert_eq!(metric(model(&results, "Tiny"), "pass@1"), 1.0);
}
