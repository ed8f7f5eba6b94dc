//! `effgauge report` and `effgauge compare` end to end, on small hand-made
//! results files.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn metric(name: &str, value: f64, lo: f64, hi: f64) -> Value {
    json!({"name": name, "value": value, "ci_low": lo, "ci_high": hi, "conditional": value})
}

fn problem(task_id: &str, eff1: f64) -> Value {
    json!({
        "task_id": task_id, "n": 2, "n_correct": 2, "n_efficient": 1,
        "reference_level_cost": [100, 1000, 2000, 4000],
        "metrics": [
            {"name": "pass@1", "value": 1.0},
            {"name": "eff@1", "value": eff1},
            {"name": "efficient@1", "value": 0.5}
        ],
        "speedup": 1.1,
        "samples": [{
            "id": "samples.jsonl:1", "count": 2, "source_sha256": "ef".repeat(32),
            "verdict": "correct", "status": "ok", "failed_at": null, "error": null,
            "level_cost": [90, 900, 1900, 3900], "score": eff1, "efficient": true,
            "peak_memory_bytes": 1048576
        }]
    })
}

/// A results file with one model whose eff@1 is `eff1` (CI ±0.05) and whose
/// problem `p/2` scores `p2`.
fn results(model: &str, eff1: f64, p2: f64) -> Value {
    json!({
        "schema_version": 1,
        "harness": {
            "effgauge_version": "0.1.0",
            "runtime": {"name": "cpython-wasi", "version": "3.13.1", "sha256": "ab".repeat(32)},
            "wasmtime": "48.0.8", "meter": "fuel", "alpha": 2.0,
            "weights": [0.0, 3.0, 3.0, 4.0], "limit": "single", "k": [1],
            "seed": 0, "bootstrap_resamples": 1000,
            "suite_hash": "cd".repeat(32), "problems": ["p/1", "p/2"]
        },
        "models": [{
            "model": model,
            "problems": [problem("p/1", 0.9), problem("p/2", p2)],
            "summary": {
                "problems": 2, "problems_with_correct": 2,
                "metrics": [
                    metric("pass@1", 0.9, 0.8, 1.0),
                    metric("eff@1", eff1, eff1 - 0.05, eff1 + 0.05),
                    metric("efficient@1", 0.5, 0.25, 0.75)
                ],
                "speedup": {"geometric_mean": 1.25, "ratio_of_sums": 1.5, "problems_with_ratio": 2}
            }
        }]
    })
}

fn write(dir: &Path, name: &str, v: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(v).unwrap()).unwrap();
    path
}

fn effgauge() -> Command {
    Command::cargo_bin("effgauge").unwrap()
}

struct Files {
    _dir: tempfile::TempDir,
    base: PathBuf,
    new: PathBuf,
    dir: PathBuf,
}

fn files() -> Files {
    let dir = tempfile::tempdir().unwrap();
    let base = write(dir.path(), "base.json", &results("model-a", 0.8125, 1.0));
    let new = write(dir.path(), "new.json", &results("model-a", 0.7, 0.25));
    Files {
        dir: dir.path().to_owned(),
        _dir: dir,
        base,
        new,
    }
}

#[test]
fn report_markdown_to_stdout() {
    let f = files();
    let other = write(&f.dir, "b.json", &results("<b>model-b</b>", 0.5, 0.5));
    effgauge()
        .arg("report")
        .arg(&f.base)
        .arg(&other)
        .assert()
        .success()
        .stdout(predicate::str::contains("## effgauge leaderboard"))
        .stdout(predicate::str::contains(
            "| 1 | model-a | 0.900 [0.80, 1.00] | 0.812 [0.76, 0.86] |",
        ))
        .stdout(predicate::str::contains(
            "| 2 | &lt;b&gt;model-b&lt;/b&gt; |",
        ))
        .stdout(predicate::str::contains("1.25×"))
        .stdout(predicate::str::contains("eff@1 = 1 by construction"))
        .stdout(predicate::str::contains("| p/2 | 1.00 | 0.50 |"))
        .stdout(predicate::str::contains("Warning").not());
}

#[test]
fn report_html_and_json_to_files() {
    let f = files();
    let mut evil = results("<script>alert(1)</script>", 0.5, 0.5);
    evil["harness"]["meter"] = json!("wall");
    let evil = write(&f.dir, "evil.json", &evil);
    let html = f.dir.join("board.html");
    effgauge()
        .args(["report", "--format", "html", "--out"])
        .arg(&html)
        .arg(&f.base)
        .arg(&evil)
        .assert()
        .success()
        .stdout("");
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.contains("<script>alert"),
        "model name must be escaped"
    );
    // A file written before sizes were recorded has no curves to draw.
    assert!(html.contains("This problem declares no level sizes"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("<svg"));
    assert!(html.contains("the files differ in meter (fuel vs wall)"));

    let out = effgauge()
        .args(["report", "--format", "json"])
        .arg(&f.base)
        .arg(&f.new)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema_version"], 1);
    let board = v["leaderboard"].as_array().unwrap();
    assert_eq!(board.len(), 2);
    assert_eq!(board[0]["model"], "model-a");
    assert_eq!(board[1]["model"], "model-a (#2)");
    assert_eq!(board[0]["metrics"]["eff@1"]["value"].as_f64(), Some(0.8125));
    assert_eq!(board[1]["metrics"]["eff@1"]["value"].as_f64(), Some(0.7));
}

#[test]
fn report_rejects_an_invalid_file_naming_it() {
    let f = files();
    let mut bad = results("m", 0.5, 0.5);
    bad["models"][0]["summary"]["problems"] = json!("two");
    let bad = write(&f.dir, "broken.json", &bad);
    effgauge()
        .arg("report")
        .arg(&f.base)
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.json:"))
        .stderr(predicate::str::contains("not a valid results file"));
    let mut future = results("m", 0.5, 0.5);
    future["schema_version"] = json!(9);
    let future = write(&f.dir, "future.json", &future);
    effgauge()
        .arg("report")
        .arg(&future)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "future.json: unsupported schema_version 9",
        ));
}

#[test]
fn compare_passes_without_or_within_gates() {
    let f = files();
    effgauge()
        .arg("compare")
        .arg(&f.base)
        .arg(&f.new)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("## effgauge compare"))
        .stdout(predicate::str::contains(
            "| eff@1 | 0.812 | 0.700 | -0.113 | **yes** |",
        ))
        .stdout(predicate::str::contains("| p/2 | 1.000 | 0.250 | -0.750 |"));
    effgauge()
        .arg("compare")
        .arg(&f.base)
        .arg(&f.new)
        .args([
            "--max-regression",
            "eff@1=0.2",
            "--max-regression",
            "pass@1=0",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no metric regressed beyond"));
}

#[test]
fn compare_fails_a_regression_and_appends_markdown() {
    let f = files();
    let summary = f.dir.join("summary.md");
    std::fs::write(&summary, "# earlier step\n").unwrap();
    effgauge()
        .arg("compare")
        .arg(&f.base)
        .arg(&f.new)
        .args(["--max-regression", "eff@1=0.1", "--markdown"])
        .arg(&summary)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("**FAIL** (max drop 0.1)"))
        .stderr(predicate::str::contains(
            "regression: model-a eff@1 0.812 → 0.700",
        ));
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(
        text.starts_with("# earlier step\n\n## effgauge compare"),
        "{text}"
    );
    // The other way round is an improvement.
    effgauge()
        .arg("compare")
        .arg(&f.new)
        .arg(&f.base)
        .args(["--max-regression", "eff@1=0"])
        .assert()
        .code(0);
}

#[test]
fn compare_pairs_single_models_with_different_names() {
    let f = files();
    let renamed = write(&f.dir, "renamed.json", &results("model-a-v2", 0.5, 1.0));
    effgauge()
        .arg("compare")
        .arg(&f.base)
        .arg(&renamed)
        .args(["--max-regression", "speedup=0"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("### model-a → model-a-v2"));
}

#[test]
fn compare_invalid_input_exits_2() {
    let f = files();
    let broken = f.dir.join("broken.json");
    std::fs::write(&broken, "{\"schema_version\": 1,").unwrap();
    effgauge()
        .arg("compare")
        .arg(&f.base)
        .arg(&broken)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.json:1:"));
    for bad in ["eff@1", "eff@1=lots", "=0.1", "eff@1=-1"] {
        effgauge()
            .arg("compare")
            .arg(&f.base)
            .arg(&f.new)
            .args(["--max-regression", bad])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "--max-regression {bad:?}"
            )));
    }
    effgauge()
        .arg("compare")
        .arg(&f.base)
        .arg(&f.new)
        .args(["--max-regression", "eff@7=0.1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no compared model has metric \"eff@7\"",
        ));
    effgauge()
        .arg("compare")
        .arg(&f.base)
        .arg(f.dir.join("nope.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nope.json: cannot read"));
}
