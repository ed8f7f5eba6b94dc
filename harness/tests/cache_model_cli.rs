//! `--cost-model cache-v1` end to end: the results name the model, the
//! references score exactly 1, fuel is `cost-v1`'s plus the misses' price
//! (so never less), and the bytes are the same across `--jobs` and whether
//! the outcome cache is hit or not.

mod common;

use common::*;
use serde_json::json;

const PROBLEMS: [(&str, &str); 2] = [
    ("anagram-pair-count", "list_of_sorted_keys"),
    ("coin-mix-count", "table_dp"),
];

fn samples(dir: &std::path::Path) -> std::path::PathBuf {
    let mut lines = Vec::new();
    for (id, alternative) in PROBLEMS {
        let base = root().join("problems/suite").join(id);
        let read = |p: std::path::PathBuf| std::fs::read_to_string(p).unwrap();
        lines.push(json!({"task_id": id, "model": "reference", "solution": read(base.join("reference.py"))}).to_string());
        let alt = read(base.join(format!("alternatives/{alternative}.py")));
        lines.push(json!({"task_id": id, "model": "alternative", "solution": alt}).to_string());
    }
    let path = dir.join("samples.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn score(samples: &std::path::Path, out: &std::path::Path, extra: &[&str]) {
    let problems: Vec<&str> = PROBLEMS.iter().map(|(id, _)| *id).collect();
    effgauge()
        .current_dir(root())
        .args(["score", "--quiet", "--problems", &problems.join(",")])
        .arg(samples)
        .arg("--out")
        .arg(out)
        .args(extra)
        .assert()
        .success();
}

/// Every sample's fuel per level, in file order.
fn fuel(results: &serde_json::Value) -> Vec<u64> {
    let mut all = Vec::new();
    for model in results["models"].as_array().unwrap() {
        for problem in model["problems"].as_array().unwrap() {
            for sample in problem["samples"].as_array().unwrap() {
                for cost in sample["level_cost"].as_array().unwrap() {
                    all.push(cost.as_u64().unwrap_or(0));
                }
            }
        }
    }
    all
}

#[test]
fn cache_v1_scores_deterministically_and_charges_on_top_of_cost_v1() {
    let dir = tempfile::tempdir().unwrap();
    let samples = samples(dir.path());
    let path = |name: &str| dir.path().join(name);
    let cache = ["--cost-model", "cache-v1"];
    score(
        &samples,
        &path("one.json"),
        &[&cache[..], &["--jobs", "1", "--no-outcome-cache"]].concat(),
    );
    score(
        &samples,
        &path("two.json"),
        &[&cache[..], &["--jobs", "2", "--no-outcome-cache"]].concat(),
    );
    // Twice through the outcome cache: the second run reads every outcome.
    score(
        &samples,
        &path("fill.json"),
        &[&cache[..], &["--jobs", "2"]].concat(),
    );
    score(
        &samples,
        &path("hit.json"),
        &[&cache[..], &["--jobs", "2"]].concat(),
    );
    let bytes = |name: &str| std::fs::read(path(name)).unwrap();
    for name in ["two.json", "fill.json", "hit.json"] {
        assert!(bytes("one.json") == bytes(name), "{name} differs");
    }
    score(&samples, &path("v1.json"), &["--jobs", "2"]);

    let cached = read_json(&path("one.json"));
    let v1 = read_json(&path("v1.json"));
    assert_eq!(cached["harness"]["cost_model"], "cache-v1");
    assert_eq!(v1["harness"]["cost_model"], "cost-v1");
    assert_eq!(metric(model(&cached, "reference"), "eff@1"), 1.0);
    let (with_misses, without) = (fuel(&cached), fuel(&v1));
    assert_eq!(with_misses.len(), without.len());
    assert!(with_misses.iter().zip(&without).all(|(c, v)| c >= v));
    assert!(with_misses.iter().zip(&without).any(|(c, v)| c > v));

    // Held-out inputs: the sampled sets come from the salt too, and the
    // reference still scores exactly 1 (the same key for it and for every
    // candidate on the problem).
    score(
        &samples,
        &path("salted.json"),
        &[
            &cache[..],
            &["--salt", "a secret of ours", "--no-outcome-cache"],
        ]
        .concat(),
    );
    let salted = read_json(&path("salted.json"));
    assert_eq!(metric(model(&salted, "reference"), "eff@1"), 1.0);
    assert_ne!(fuel(&salted), with_misses, "other inputs, other sets");
}
