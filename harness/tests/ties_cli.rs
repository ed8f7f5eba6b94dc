//! Textual variants of a reference tie with it: unrelated text (a global,
//! a comment, the prompt repeated) never makes the reference "efficient"
//! against itself nor scores it away from 1, under the default tie rule;
//! without the rule (`--tie-margin 0 --tie-floor 0`) the same files can.

mod common;

use common::*;
use serde_json::json;

fn variants_file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut lines = Vec::new();
    for id in PROBLEMS.split(',') {
        let base = root().join("problems/suite").join(id);
        let reference = std::fs::read_to_string(base.join("reference.py")).unwrap();
        let prompt = std::fs::read_to_string(base.join("prompt.py")).unwrap();
        let variants = [
            ("exact", reference.clone()),
            (
                "extra-global",
                format!("_unused_marker = 12345\n{reference}"),
            ),
            (
                "long-comment",
                format!("{reference}\n# {}\n", "x".repeat(3000)),
            ),
            ("prompt-twice", format!("{prompt}\n{reference}")),
        ];
        for (model, solution) in variants {
            lines.push(json!({"task_id": id, "model": model, "solution": solution}).to_string());
        }
    }
    let path = dir.join("variants.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

#[test]
fn textual_variants_of_the_reference_tie_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let samples = variants_file(dir.path());
    let out = dir.path().join("ties.json");
    effgauge()
        .current_dir(root())
        .arg("score")
        .arg(&samples)
        .args(["--quiet", "--problems", PROBLEMS, "--out"])
        .arg(&out)
        .assert()
        .success();
    let results = read_json(&out);
    assert_eq!(results["harness"]["tie_margin"], 0.03);
    assert_eq!(results["harness"]["tie_floor"], 30000.0);
    for name in ["exact", "extra-global", "long-comment", "prompt-twice"] {
        let m = model(&results, name);
        assert_eq!(metric(m, "pass@1"), 1.0, "{name}");
        assert!(
            (metric(m, "eff@1") - 1.0).abs() < 1e-6,
            "{name}: {}",
            metric(m, "eff@1")
        );
        assert_eq!(metric(m, "efficient@1"), 0.0, "{name}");
    }

    // Without ties the variants' costs differ from the reference's.
    let raw = dir.path().join("raw.json");
    effgauge()
        .current_dir(root())
        .arg("score")
        .arg(&samples)
        .args(["--quiet", "--problems", PROBLEMS, "--tie-margin", "0"])
        .args(["--tie-floor", "0", "--out"])
        .arg(&raw)
        .assert()
        .success();
    let raw = read_json(&raw);
    let moved = ["extra-global", "prompt-twice"]
        .iter()
        .any(|name| (metric(model(&raw, name), "eff@1") - 1.0).abs() > 1e-9);
    assert!(
        moved,
        "unrelated text moved no cost: the tie rule is untested"
    );
    assert_eq!(metric(model(&raw, "exact"), "eff@1"), 1.0);
}

#[test]
fn a_bad_tie_margin_is_refused() {
    effgauge()
        .current_dir(root())
        .args([
            "score",
            "examples/reference.jsonl",
            "--quiet",
            "--problems",
            PROBLEMS,
        ])
        .args(["--tie-margin", "1.5", "--out", "/dev/null"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "the tie margin must be in [0, 1)",
        ));
}
