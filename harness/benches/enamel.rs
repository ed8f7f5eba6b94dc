//! effgauge's side of the comparison with ENAMEL's evaluator
//! (docs/enamel.md, "Side by side with ENAMEL's evaluator"): imports the user's copy of ENAMEL's dataset,
//! scores sample sets in ENAMEL's JSON layout (one list of programs per row)
//! with every core, once with the suite's cache cold and once warm, and
//! prints wall times and pass@1 / eff@1 / efficient@1 per sample set.
//!
//! `EFFGAUGE_ENAMEL_CSV=path/to/enamel.csv [EFFGAUGE_ENAMEL_SAMPLES=a.json,b.json]
//! cargo bench -p effgauge --bench enamel`. Without samples, the dataset's own
//! references are scored. Without the CSV it says so and does nothing: we
//! ship neither ENAMEL's data nor its code.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn main() {
    let Some(csv) = std::env::var_os("EFFGAUGE_ENAMEL_CSV").map(PathBuf::from) else {
        println!("skipped: set EFFGAUGE_ENAMEL_CSV to your copy of ENAMEL's dataset/enamel.csv");
        return;
    };
    let bin = env!("CARGO_BIN_EXE_effgauge");
    let dir = tempfile::tempdir().unwrap();
    let suite = dir.path().join("enamel-142");
    let status = Command::new(bin)
        .args(["import", "enamel"])
        .arg(&csv)
        .arg("--out")
        .arg(&suite)
        .args(["--subset", "enamel"])
        .status()
        .unwrap();
    assert!(status.success(), "import failed");
    let samples = dir.path().join("samples.jsonl");
    std::fs::write(&samples, sample_lines(&suite)).unwrap();

    // A cold suite cache, but the machine's runtime and compiled snapshot:
    // ENAMEL's side has no snapshot to make either.
    let cache = dir.path().join("cache");
    std::fs::create_dir_all(&cache).unwrap();
    let root = effgauge_sandboxes::cache_root();
    for shared in ["runtime", "modules"] {
        if root.join(shared).exists() {
            std::os::unix::fs::symlink(root.join(shared), cache.join(shared)).unwrap();
        }
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for run in ["cold", "warm"] {
        let out = dir.path().join(format!("{run}.json"));
        let started = Instant::now();
        let status = Command::new(bin)
            .env("EFFGAUGE_CACHE_DIR", &cache)
            .arg("score")
            .arg(&samples)
            .arg("--suite")
            .arg(&suite)
            .args(["--quiet", "--jobs", &cores.to_string(), "--out"])
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success(), "score failed");
        let secs = started.elapsed().as_secs_f64();
        println!("suite cache {run}, --jobs {cores}: {secs:.1} s");
        let results: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        for model in results["models"].as_array().unwrap() {
            let metrics: Vec<String> = model["summary"]["metrics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| {
                    let value = m["value"].as_f64().unwrap_or(f64::NAN);
                    format!("{} {value:.4}", m["name"].as_str().unwrap())
                })
                .collect();
            println!(
                "  {}: {}",
                model["model"].as_str().unwrap(),
                metrics.join(", ")
            );
        }
    }
}

/// One JSONL line per program: ENAMEL composes `prompt + "\n" + code`.
fn sample_lines(suite: &Path) -> String {
    let sets = std::env::var("EFFGAUGE_ENAMEL_SAMPLES").unwrap_or_default();
    let mut lines = Vec::new();
    let rows = (0..1000).filter(|i| suite.join(format!("humaneval-{i}")).is_dir());
    for i in rows {
        let problem = suite.join(format!("humaneval-{i}"));
        let task = format!("humaneval-{i}");
        if sets.is_empty() {
            let solution = std::fs::read_to_string(problem.join("reference.py")).unwrap();
            lines
                .push(json!({"task_id": task, "model": "enamel-references", "solution": solution}));
            continue;
        }
        let prompt = std::fs::read_to_string(problem.join("prompt.py")).unwrap();
        for set in sets.split(',') {
            let codes: Value = serde_json::from_slice(&std::fs::read(set).unwrap()).unwrap();
            let name = Path::new(set).file_stem().unwrap().to_string_lossy();
            for code in codes[i].as_array().into_iter().flatten() {
                let solution = format!("{prompt}\n{}\n", code.as_str().unwrap_or_default());
                lines.push(json!({"task_id": task, "model": name, "solution": solution}));
            }
        }
    }
    lines.iter().map(|l| l.to_string() + "\n").collect()
}
