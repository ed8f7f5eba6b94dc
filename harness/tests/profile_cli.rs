//! `--profile enamel`: ENAMEL's evaluator's rule for which limit hits are
//! "too slow" rather than wrong, for side-by-side numbers; effgauge's own
//! rule stays the default.

mod common;

use common::*;
use serde_json::json;

const PROBLEM: &str = "pairs-at-exact-gap";

/// The reference, raising `exception` on inputs of the top two levels.
fn giving_up(exception: &str) -> String {
    let reference = std::fs::read_to_string(
        root()
            .join("problems/suite")
            .join(PROBLEM)
            .join("reference.py"),
    )
    .unwrap();
    format!(
        "{reference}\n_reference = count_pairs_at_gap\n\n\
         def count_pairs_at_gap(values, k):\n    if len(values) > 10_000:\n        \
         raise {exception}('too big')\n    return _reference(values, k)\n"
    )
}

fn score(samples: &std::path::Path, out: &std::path::Path, profile: &str) -> serde_json::Value {
    effgauge()
        .current_dir(root())
        .arg("score")
        .arg(samples)
        .args([
            "--quiet",
            "--problems",
            PROBLEM,
            "--profile",
            profile,
            "--out",
        ])
        .arg(out)
        .assert()
        .success();
    read_json(out)
}

#[test]
fn enamel_profile_passes_overflow_and_memory_errors_and_fails_recursion_errors() {
    let dir = tempfile::tempdir().unwrap();
    let samples = dir.path().join("samples.jsonl");
    let lines: Vec<String> = ["OverflowError", "MemoryError", "RecursionError"]
        .iter()
        .map(|e| json!({"task_id": PROBLEM, "model": e, "solution": giving_up(e)}).to_string())
        .collect();
    std::fs::write(&samples, lines.join("\n") + "\n").unwrap();

    let ours = score(&samples, &dir.path().join("ours.json"), "effgauge");
    assert_eq!(ours["harness"]["profile"], "effgauge");
    for e in ["OverflowError", "MemoryError", "RecursionError"] {
        assert_eq!(
            metric(model(&ours, e), "pass@1"),
            0.0,
            "{e} is wrong under effgauge"
        );
    }

    let enamel = score(&samples, &dir.path().join("enamel.json"), "enamel");
    assert_eq!(enamel["harness"]["profile"], "enamel");
    for e in ["OverflowError", "MemoryError"] {
        let m = model(&enamel, e);
        assert_eq!(metric(m, "pass@1"), 1.0, "{e} passes under ENAMEL's rule");
        let eff = metric(m, "eff@1");
        // Level 1 (weight 3 of 10) is measured at the reference's cost; the
        // levels where it gave up score 0.
        assert!((eff - 0.3).abs() < 1e-9, "{e}: eff@1 = {eff}");
        let sample = &m["problems"][0]["samples"][0];
        assert_eq!(sample["verdict"], "censored");
    }
    assert_eq!(metric(model(&enamel, "RecursionError"), "pass@1"), 0.0);
}
