//! Throughput of the main job: scores the bundled examples (every suite
//! reference and alternative) with 1 and with every core, and prints samples/s
//! and test calls/s. The suite's inputs are prepared (and cached) by a first,
//! untimed run. `cargo bench -p effgauge --bench throughput`

use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let bin = env!("CARGO_BIN_EXE_effgauge");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.json");
    let score = |jobs: usize| {
        let started = Instant::now();
        let status = Command::new(bin)
            .current_dir(root)
            .args([
                "score",
                "examples/reference.jsonl",
                "examples/alternatives.jsonl",
                "--quiet",
            ])
            .args(["--jobs", &jobs.to_string()])
            .arg("--out")
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success());
        started.elapsed().as_secs_f64()
    };
    score(2);
    let results: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let cases = cases_per_level(&root.join("problems/suite"));
    let (mut samples, mut calls) = (0u64, 0u64);
    for model in results["models"].as_array().unwrap() {
        for problem in model["problems"].as_array().unwrap() {
            let levels = &cases[problem["task_id"].as_str().unwrap()];
            for s in problem["samples"].as_array().unwrap() {
                samples += 1;
                calls += match s["failed_at"].as_object() {
                    None => levels.iter().sum::<u64>(),
                    Some(at) => {
                        let level = at["level"].as_u64().unwrap() as usize;
                        levels[..level].iter().sum::<u64>() + at["case"].as_u64().unwrap() + 1
                    }
                };
            }
        }
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("scoring the bundled examples: {samples} distinct samples, {calls} test calls");
    for jobs in [1, cores] {
        let secs = score(jobs);
        println!(
            "--jobs {jobs}: {secs:.1} s, {:.2} samples/s, {:.1} test calls/s",
            samples as f64 / secs,
            calls as f64 / secs
        );
    }
}

fn cases_per_level(suite: &Path) -> HashMap<String, Vec<u64>> {
    let mut map = HashMap::new();
    for entry in std::fs::read_dir(suite).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(dir.join("problem.toml")) else {
            continue;
        };
        let manifest: toml::Value = toml::from_str(&text).unwrap();
        let levels = manifest["levels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["cases"].as_integer().unwrap() as u64)
            .collect();
        map.insert(manifest["id"].as_str().unwrap().to_owned(), levels);
    }
    map
}
