//! Files from outside are not trusted to be small: `merge`, `report` and
//! `compare` bound what a results file says before doing any work with it,
//! and say which file, line and field is over which bound. Hand-made files;
//! nothing here needs the runtime.

mod common;

use common::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const P1: &str = "p/1";
const P2: &str = "p/2";

/// A correct sample costing exactly the reference's, and a wrong one.
fn samples(correct: u64, wrong: u64) -> Value {
    json!([
        {
            "id": "samples.jsonl:1", "count": correct, "source_sha256": "ef".repeat(32),
            "verdict": "correct", "status": "ok", "failed_at": null, "error": null,
            "level_cost": [100, 1000, 2000, 4000], "score": 1.0, "efficient": false,
            "peak_memory_bytes": 1048576
        },
        {
            "id": "samples.jsonl:2", "count": wrong, "source_sha256": "ab".repeat(32),
            "verdict": "wrong", "status": "wrong", "failed_at": {"level": 0, "case": 1},
            "error": "wrong answer", "level_cost": [null, null, null, null], "score": 0.0,
            "efficient": false, "peak_memory_bytes": 1048576
        }
    ])
}

fn problem(task_id: &str) -> Value {
    json!({
        "task_id": task_id, "n": 3, "n_correct": 2, "n_efficient": 0,
        "reference_level_cost": [100, 1000, 2000, 4000],
        "metrics": [
            {"name": "pass@1", "value": 0.6666666666666667},
            {"name": "eff@1", "value": 0.6666666666666667},
            {"name": "efficient@1", "value": 0.0}
        ],
        "speedup": 1.0,
        "samples": samples(2, 1)
    })
}

/// Shard `index` of `count` of model `m` over `problems` (the summary is
/// whatever: `merge` recomputes it).
fn shard(index: u32, count: u32, problems: &[&str]) -> Value {
    json!({
        "schema_version": 1,
        "harness": {
            "effgauge_version": "0.1.0",
            "runtime": {"name": "cpython-wasi", "version": "3.11.2", "sha256": "ab".repeat(32)},
            "wasmtime": "48.0.8", "meter": "fuel", "alpha": 2.0,
            "weights": [0.0, 3.0, 3.0, 4.0], "limit": "single", "k": [1],
            "seed": 0, "bootstrap_resamples": 1000,
            "suite_hash": "cd".repeat(32), "problems": [P1, P2]
        },
        "shard": {"index": index, "count": count},
        "models": [{
            "model": "m",
            "problems": problems.iter().map(|p| problem(p)).collect::<Vec<_>>(),
            "summary": {
                "problems": problems.len(), "problems_with_correct": problems.len(),
                "metrics": [
                    {"name": "pass@1", "value": 0.5, "ci_low": 0.25, "ci_high": 0.75, "conditional": 0.5},
                    {"name": "eff@1", "value": 0.5, "ci_low": 0.25, "ci_high": 0.75, "conditional": 0.5},
                    {"name": "efficient@1", "value": 0.0, "ci_low": 0.0, "ci_high": 0.0, "conditional": 0.0}
                ],
                "speedup": {"geometric_mean": 1.0, "ratio_of_sums": 1.0, "problems_with_ratio": 1}
            }
        }]
    })
}

fn write(dir: &Path, name: &str, v: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(v).unwrap()).unwrap();
    path
}

/// The 1-based line of the first line of `path` that holds `needle`.
fn line_of(path: &Path, needle: &str) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    1 + text
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not in {}", path.display()))
}

/// `merge` of `shards` into `dir/merged.json`.
fn merge(dir: &Path, shards: &[&Path]) -> assert_cmd::assert::Assert {
    effgauge()
        .arg("merge")
        .args(shards)
        .arg("--out")
        .arg(dir.join("merged.json"))
        .assert()
}

/// The one line `effgauge` prints for an invalid input, and exit 2.
fn refused(assert: assert_cmd::assert::Assert, expected: &str) {
    let output = assert.code(2).get_output().clone();
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!("error: {expected}\n")
    );
}

#[test]
fn merge_refuses_a_count_of_2_to_the_40_naming_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = shard(1, 2, &[P1]);
    hostile["models"][0]["problems"][0]["samples"][0]["count"] = json!(1u64 << 40);
    let s1 = write(dir.path(), "s1.json", &hostile);
    let s2 = write(dir.path(), "s2.json", &shard(2, 2, &[P2]));
    refused(
        merge(dir.path(), &[&s1, &s2]),
        &format!(
            "{}:{}: models[0].problems[0].samples[0].count: 1099511627776 samples, more than \
             the 1000000 one model may have of one problem",
            s1.display(),
            line_of(&s1, "1099511627776")
        ),
    );
    assert!(!dir.path().join("merged.json").exists());
}

#[test]
fn counts_whose_sum_is_too_large_are_refused_at_the_sample_that_passes_the_bound() {
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = shard(1, 2, &[P1]);
    hostile["models"][0]["problems"][0]["samples"] = samples(600_000, 600_000);
    let s1 = write(dir.path(), "s1.json", &hostile);
    let s2 = write(dir.path(), "s2.json", &shard(2, 2, &[P2]));
    // The count that passes the bound: the second sample's.
    let text = std::fs::read_to_string(&s1).unwrap();
    let line = 1 + text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("\"count\": 600000"))
        .nth(1)
        .unwrap()
        .0;
    refused(
        merge(dir.path(), &[&s1, &s2]),
        &format!(
            "{}:{line}: models[0].problems[0].samples[1].count: 600000 brings the problem's \
             samples to 1200000, more than the 1000000 one model may have of one problem",
            s1.display()
        ),
    );
}

#[test]
fn merge_refuses_2_to_the_40_bootstrap_resamples() {
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = shard(2, 2, &[P2]);
    hostile["harness"]["bootstrap_resamples"] = json!(1u64 << 40);
    let s1 = write(dir.path(), "s1.json", &shard(1, 2, &[P1]));
    let s2 = write(dir.path(), "s2.json", &hostile);
    refused(
        merge(dir.path(), &[&s1, &s2]),
        &format!(
            "{}:{}: harness.bootstrap_resamples: 1099511627776, not a number of resamples from 1 \
             to 100000",
            s2.display(),
            line_of(&s2, "1099511627776")
        ),
    );
}

#[test]
fn a_k_of_2_to_the_40_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = shard(1, 1, &[P1, P2]);
    hostile["harness"]["k"] = json!([1u64 << 40]);
    let s1 = write(dir.path(), "s1.json", &hostile);
    refused(
        merge(dir.path(), &[&s1]),
        &format!(
            "{}:{}: harness.k[0]: 1099511627776, not a k from 1 to 1000",
            s1.display(),
            line_of(&s1, "1099511627776")
        ),
    );
}

#[test]
fn a_shard_count_of_4_billion_is_compared_without_listing_it() {
    let dir = tempfile::tempdir().unwrap();
    let s1 = write(dir.path(), "s1.json", &shard(1, u32::MAX, &[P1, P2]));
    refused(
        merge(dir.path(), &[&s1]),
        "need each of shards 1..4294967295 exactly once, got [1]",
    );
}

#[test]
fn a_problem_in_two_shards_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s1 = write(dir.path(), "s1.json", &shard(1, 2, &[P1, P2]));
    let s2 = write(dir.path(), "s2.json", &shard(2, 2, &[P2]));
    refused(
        merge(dir.path(), &[&s1, &s2]),
        "model \"m\" has problem \"p/2\" in two shards; a problem belongs to one shard",
    );
}

#[test]
fn a_megabyte_model_name_is_refused_by_report_compare_and_merge() {
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = shard(1, 1, &[P1, P2]);
    let name = "x".repeat(1 << 20);
    hostile["models"][0]["model"] = json!(name);
    let path = write(dir.path(), "big-name.json", &hostile);
    let expected = format!(
        "{}:{}: models[0].model: 1048576 bytes, more than the 256 a name may have",
        path.display(),
        line_of(&path, "\"model\": \"xxx")
    );
    for format in ["markdown", "html", "json"] {
        refused(
            effgauge()
                .args(["report", "--format", format])
                .arg(&path)
                .assert(),
            &expected,
        );
    }
    let honest = write(dir.path(), "honest.json", &shard(1, 1, &[P1, P2]));
    refused(
        effgauge().arg("compare").arg(&honest).arg(&path).assert(),
        &expected,
    );
    refused(merge(dir.path(), &[&path]), &expected);
}

#[test]
fn a_name_with_a_terminal_escape_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = shard(1, 1, &[P1, P2]);
    hostile["models"][0]["problems"][1]["task_id"] = json!("p/2\u{1b}[2J");
    let path = write(dir.path(), "escape.json", &hostile);
    refused(
        effgauge().arg("report").arg(&path).assert(),
        &format!(
            "{}:{}: models[0].problems[1].task_id: holds the control character U+001B; a name \
             must be printable text",
            path.display(),
            line_of(&path, "\\u001b[2J")
        ),
    );
}

#[test]
fn a_2_gib_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    // Sparse: it claims 2 GiB and holds none.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(2 << 30).unwrap();
    drop(file);
    let expected = format!(
        "{}: 2147483648 bytes, more than the 268435456 bytes a results file may have",
        path.display()
    );
    refused(effgauge().arg("report").arg(&path).assert(), &expected);
    let honest = write(dir.path(), "honest.json", &shard(1, 1, &[P1, P2]));
    refused(
        effgauge().arg("compare").arg(&path).arg(&honest).assert(),
        &expected,
    );
    refused(merge(dir.path(), &[&path]), &expected);
}

#[test]
fn a_sample_error_over_64_kib_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = shard(1, 1, &[P1, P2]);
    hostile["models"][0]["problems"][0]["samples"][1]["error"] = json!("e".repeat(100 << 10));
    let path = write(dir.path(), "error.json", &hostile);
    refused(
        effgauge().arg("report").arg(&path).assert(),
        &format!(
            "{}:{}: models[0].problems[0].samples[1].error: 102400 bytes, more than the 65536 a \
             message may have",
            path.display(),
            line_of(&path, "\"error\": \"eee")
        ),
    );
}

#[test]
fn a_metric_of_another_k_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = shard(1, 1, &[P1, P2]);
    hostile["models"][0]["summary"]["metrics"][1]["name"] = json!("eff@2");
    let path = write(dir.path(), "metric.json", &hostile);
    refused(
        effgauge().arg("report").arg(&path).assert(),
        &format!(
            "{}:{}: models[0].summary.metrics[1].name: `eff@2` is not a metric of this file \
             (pass@k, eff@k or efficient@k for a k of harness.k = [1])",
            path.display(),
            line_of(&path, "\"eff@2\"")
        ),
    );
}

#[test]
fn a_long_message_within_its_bound_is_shown_shortened() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = shard(1, 1, &[P1, P2]);
    file.as_object_mut().unwrap().remove("shard");
    let why = format!("{}{}", "a".repeat(300), "b".repeat(60 << 10));
    let metric = &mut file["models"][0]["summary"]["metrics"][1];
    metric["value"] = Value::Null;
    metric["unavailable"] = json!(why);
    let path = write(dir.path(), "long.json", &file);
    let shown = format!("{}…", "a".repeat(300));
    for format in ["markdown", "html", "json"] {
        let out = effgauge()
            .args(["report", "--format", format])
            .arg(&path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(&shown), "{format}");
        assert!(!text.contains("bbbbbbbbbb"), "{format}");
    }
}

/// Honest shards merge, and the merged file split into shards again merges
/// to the same bytes (the end-to-end test of `score --shard` against an
/// unsharded run, which needs the runtime, is in score_cli.rs). A count at
/// its bound, a million, merges at once: counts are never expanded.
#[test]
fn honest_shards_merge_to_the_same_bytes_and_counts_are_not_expanded() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = shard(1, 2, &[P1]);
    first["models"][0]["problems"][0]["samples"] = samples(999_999, 1);
    let s1 = write(dir.path(), "s1.json", &first);
    let s2 = write(dir.path(), "s2.json", &shard(2, 2, &[P2]));
    merge(dir.path(), &[&s2, &s1]).success();
    let merged_path = dir.path().join("merged.json");
    let merged = std::fs::read(&merged_path).unwrap();
    let m: Value = serde_json::from_slice(&merged).unwrap();
    assert!(m.get("shard").is_none());
    let p1 = &m["models"][0]["problems"][0];
    assert_eq!(p1["n"], 1_000_000);
    assert_eq!(p1["n_correct"], 999_999);
    assert_eq!(
        p1["metrics"][0],
        json!({"name": "pass@1", "value": 0.999999})
    );
    // Split the merged file into its shards and merge again.
    let again: Vec<PathBuf> = [(1, P1), (2, P2)]
        .iter()
        .map(|&(index, task)| {
            let mut part = m.clone();
            part["shard"] = json!({"index": index, "count": 2});
            part["models"][0]["problems"]
                .as_array_mut()
                .unwrap()
                .retain(|p| p["task_id"] == task);
            write(dir.path(), &format!("again-{index}.json"), &part)
        })
        .collect();
    let out = dir.path().join("again.json");
    effgauge()
        .arg("merge")
        .args(&again)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    assert_eq!(std::fs::read(&out).unwrap(), merged);
    // And what `merge` writes, `report` reads.
    effgauge()
        .arg("report")
        .arg(&merged_path)
        .assert()
        .success();
}

/// The suite loader bounds what the results files it leads to hold: the
/// two crates' bounds agree.
#[test]
fn the_suite_and_the_results_file_agree_on_names_levels_and_tags() {
    use effgauge_problems::limits as suite;
    use effgauge_reports::limits as results;
    assert_eq!(suite::MAX_LABEL_BYTES, results::MAX_LABEL_BYTES);
    assert_eq!(suite::MAX_LEVELS, results::MAX_LEVELS);
    assert_eq!(suite::MAX_TAGS, results::MAX_TAGS);
    for name in ["ok-name", "a\nb", "x\u{202e}y", &"n".repeat(257)] {
        assert_eq!(
            suite::check_label(name),
            results::check_label(name),
            "{name:?}"
        );
    }
}

/// Settings whose arithmetic overflows (weights of 1e308) make no score: an
/// invalid input (exit 2) naming the file, not a crash.
#[test]
fn weights_that_overflow_are_an_invalid_input() {
    let dir = tempfile::tempdir().unwrap();
    let mut hostile = shard(1, 1, &[P1, P2]);
    hostile["harness"]["weights"] = json!([0.0, 1e308, 1e308, 1e308]);
    let path = write(dir.path(), "s1.json", &hostile);
    refused(
        merge(dir.path(), &[&path]),
        &format!(
            "{}: model \"m\", problem \"p/1\": scoring samples.jsonl:1: level weights must be \
             finite, non-negative, not all zero and of a finite sum",
            path.display()
        ),
    );
}
