//! Memory as a second metric, end to end from the CLI: `score` writes each
//! sample's memory per level and mem@k, memory-efficient@k and dual@k with
//! intervals; the references score mem@1 = dual@1 = 1 exactly and a memory
//! slip below 1; the figures are byte-identical across `--jobs`;
//! `--fail-under` and `compare --max-regression` take the new metrics; `run`
//! prints a memory column.

mod common;

use common::*;
use serde_json::json;

/// Two bundled problems with a memory slip each.
const MEMORY_PROBLEMS: [(&str, &str); 2] = [
    ("coin-mix-count", "keep_every_row"),
    ("longest-strict-climb", "rank_compressed_copy"),
];

fn samples(dir: &std::path::Path) -> std::path::PathBuf {
    let mut lines = Vec::new();
    for (id, alternative) in MEMORY_PROBLEMS {
        let base = root().join("problems/suite").join(id);
        let read = |p: std::path::PathBuf| std::fs::read_to_string(p).unwrap();
        lines.push(json!({"task_id": id, "model": "reference", "solution": read(base.join("reference.py"))}).to_string());
        let slip = read(base.join(format!("alternatives/{alternative}.py")));
        lines.push(json!({"task_id": id, "model": "memory-slip", "solution": slip}).to_string());
    }
    let path = dir.join("memory.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn score(
    samples: &std::path::Path,
    out: &std::path::Path,
    extra: &[&str],
) -> assert_cmd::assert::Assert {
    let problems: Vec<&str> = MEMORY_PROBLEMS.iter().map(|(id, _)| *id).collect();
    effgauge()
        .current_dir(root())
        .args(["score", "--quiet", "--problems", &problems.join(",")])
        .arg(samples)
        .arg("--out")
        .arg(out)
        .args(extra)
        .assert()
}

#[test]
fn memory_metrics_rank_a_memory_slip_below_the_reference() {
    let dir = tempfile::tempdir().unwrap();
    let samples = samples(dir.path());
    let (one, two) = (dir.path().join("one.json"), dir.path().join("two.json"));
    score(&samples, &one, &["--jobs", "1", "--no-outcome-cache"]).success();
    score(&samples, &two, &["--jobs", "2", "--no-outcome-cache"]).success();
    assert_eq!(std::fs::read(&one).unwrap(), std::fs::read(&two).unwrap());

    let results = read_json(&one);
    assert_eq!(results["schema_version"], 4);
    let reference = model(&results, "reference");
    for name in ["mem@1", "dual@1"] {
        assert_eq!(metric(reference, name), 1.0, "{name}");
    }
    assert_eq!(metric(reference, "memory-efficient@1"), 0.0);
    let slip = model(&results, "memory-slip");
    assert!(metric(slip, "mem@1") < 0.5, "{}", metric(slip, "mem@1"));
    assert!(metric(slip, "dual@1") <= metric(slip, "eff@1"));
    for p in slip["problems"].as_array().unwrap() {
        let sample = &p["samples"][0];
        assert_eq!(sample["verdict"], "correct", "{}", p["task_id"]);
        let top = p["reference_memory"]["peak_live_bytes"]
            .as_array()
            .unwrap()
            .len()
            - 1;
        let ours = sample["memory"]["levels"]["peak_live_bytes"][top]
            .as_u64()
            .unwrap();
        let theirs = p["reference_memory"]["peak_live_bytes"][top]
            .as_u64()
            .unwrap();
        assert!(ours >= 2 * theirs, "{}: {ours} vs {theirs}", p["task_id"]);
        assert!(sample["memory"]["score"].as_f64().unwrap() < 1.0);
        assert!(!p["reference_memory"]["growth"]
            .as_array()
            .unwrap()
            .is_empty());
    }
    let summary = slip["summary"]["metrics"].as_array().unwrap();
    let mem = summary.iter().find(|m| m["name"] == "mem@1").unwrap();
    assert!(mem["ci_low"].as_f64().unwrap() <= mem["value"].as_f64().unwrap());
}

#[test]
fn fail_under_compare_and_run_take_memory() {
    let dir = tempfile::tempdir().unwrap();
    let samples = samples(dir.path());
    let out = dir.path().join("results.json");
    let md = dir.path().join("summary.md");
    // The slip is below 0.9 in mem@1 (the reference is at 1): exit 1.
    score(&samples, &out, &["--fail-under", "mem@1=0.9"]).code(1);
    effgauge()
        .current_dir(root())
        .args([
            "score",
            "--quiet",
            "--problems",
            "coin-mix-count,longest-strict-climb",
        ])
        .arg(&samples)
        .arg("--out")
        .arg(&out)
        .args(["--fail-under", "dual@1=0", "--markdown"])
        .arg(&md)
        .assert()
        .success();
    let summary = std::fs::read_to_string(&md).unwrap();
    assert!(
        summary.contains("| mem@1 | memory-efficient@1 | dual@1 |"),
        "{summary}"
    );

    // The same file against itself: no regression; a made-up drop: exit 1.
    let mut worse = read_json(&out);
    for m in worse["models"].as_array_mut().unwrap() {
        for s in m["summary"]["metrics"].as_array_mut().unwrap() {
            if s["name"] == "mem@1" {
                s["value"] = json!(0.0);
            }
        }
    }
    let worse_path = dir.path().join("worse.json");
    std::fs::write(&worse_path, serde_json::to_string(&worse).unwrap()).unwrap();
    effgauge()
        .args(["compare", "--max-regression", "mem@1=0.01"])
        .arg(&out)
        .arg(&out)
        .assert()
        .success();
    effgauge()
        .args(["compare", "--max-regression", "mem@1=0.01"])
        .arg(&out)
        .arg(&worse_path)
        .assert()
        .code(1);

    let (id, alternative) = MEMORY_PROBLEMS[0];
    let file = root().join(format!("problems/suite/{id}/alternatives/{alternative}.py"));
    let run = effgauge()
        .current_dir(root())
        .args(["run", "--problem", id])
        .arg(&file)
        .assert()
        .success();
    let text = String::from_utf8(run.get_output().stdout.clone()).unwrap();
    assert!(text.contains("memory"), "{text}");
    assert!(text.contains("memory score = "), "{text}");
}

/// Shards merge into the unsharded file, memory included; shards written
/// before memory was measured (schema 3: no memory fields) still merge,
/// into a file without memory metrics.
#[test]
fn merge_keeps_memory_and_reads_files_from_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let samples = samples(dir.path());
    let whole = dir.path().join("whole.json");
    score(&samples, &whole, &[]).success();
    let shards: Vec<std::path::PathBuf> = (1..=2)
        .map(|i| dir.path().join(format!("s{i}.json")))
        .collect();
    for (i, shard) in shards.iter().enumerate() {
        score(&samples, shard, &["--shard", &format!("{}/2", i + 1)]).success();
    }
    let merged = dir.path().join("merged.json");
    effgauge()
        .arg("merge")
        .args(&shards)
        .arg("--out")
        .arg(&merged)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(&merged).unwrap(),
        std::fs::read(&whole).unwrap()
    );

    let old: Vec<std::path::PathBuf> = shards
        .iter()
        .enumerate()
        .map(|(i, shard)| {
            let mut v = read_json(shard);
            v["schema_version"] = json!(3);
            for m in v["models"].as_array_mut().unwrap() {
                for p in m["problems"].as_array_mut().unwrap() {
                    p.as_object_mut().unwrap().remove("reference_memory");
                    for s in p["samples"].as_array_mut().unwrap() {
                        s.as_object_mut().unwrap().remove("memory");
                    }
                }
            }
            let path = dir.path().join(format!("old{i}.json"));
            std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
            path
        })
        .collect();
    let merged_old = dir.path().join("merged-old.json");
    effgauge()
        .arg("merge")
        .args(&old)
        .arg("--out")
        .arg(&merged_old)
        .assert()
        .success();
    let v = read_json(&merged_old);
    let names: Vec<&str> = model(&v, "reference")["summary"]["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["pass@1", "eff@1", "efficient@1"]);
    assert_eq!(metric(model(&v, "reference"), "eff@1"), 1.0);
}
