//! effgauge against ENAMEL's own evaluator, one run after the other on the
//! same machine (docs/enamel.md, "Side by side with ENAMEL's evaluator"):
//! the same 142 problems and the same sample set, ENAMEL's `demo.py` at its
//! defaults against effgauge's release build with every core.
//!
//! `EFFGAUGE_ENAMEL_DIR=path/to/enamel [EFFGAUGE_ENAMEL_PYTHON=python-with-numpy-and-pandas]
//! [EFFGAUGE_ENAMEL_SAMPLES=humaneval-canonical] cargo bench -p effgauge --bench enamel`
//!
//! It copies your checkout of q-rz/enamel to a scratch folder (ENAMEL
//! writes its caches beside itself), and prints one table:
//! - from scratch: ENAMEL makes its tests, runs its references and the
//!   samples; effgauge imports the CSV and scores with an empty suite cache
//!   and an empty outcome cache (the runtime and its compiled snapshot are
//!   the machine's: ENAMEL's side has its interpreter installed too);
//! - inputs already made: ENAMEL with `--tests`; effgauge with the suite
//!   cache warm and `--no-outcome-cache`, so every program runs again;
//! - a fresh runner with a restored bundle (`prepare --restore`, then score);
//! - a fully cached re-score (the outcome cache warm);
//! - peak RSS of each process tree.
//!
//! Without `EFFGAUGE_ENAMEL_DIR` it says so and does nothing: we ship
//! neither ENAMEL's data nor its code.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Wall seconds and peak RSS (MB) of a finished command.
struct Measured {
    secs: f64,
    rss_mb: f64,
    stdout: String,
}

fn main() {
    let Some(enamel) = std::env::var_os("EFFGAUGE_ENAMEL_DIR").map(PathBuf::from) else {
        println!("skipped: set EFFGAUGE_ENAMEL_DIR to your checkout of q-rz/enamel");
        return;
    };
    let python = std::env::var("EFFGAUGE_ENAMEL_PYTHON").unwrap_or_else(|_| "python3".into());
    let set =
        std::env::var("EFFGAUGE_ENAMEL_SAMPLES").unwrap_or_else(|_| "humaneval-canonical".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let dir = tempfile::tempdir().unwrap();

    let copy = dir.path().join("enamel");
    assert!(Command::new("cp")
        .arg("-r")
        .arg(&enamel)
        .arg(&copy)
        .status()
        .unwrap()
        .success());
    let demo = |extra: &[&str]| {
        let mut command = Command::new(&python);
        command
            .current_dir(&copy)
            .args(["demo.py", "--load_name", &set, "--eval_k", "1"])
            .args(extra);
        measure(&mut command)
    };
    let enamel_scratch = demo(&["--save_name", "cache/bench"]);
    let enamel_warm = demo(&[
        "--save_name",
        "cache/bench2",
        "--tests",
        "cache/bench~tests.pkl",
    ]);

    let bin = env!("CARGO_BIN_EXE_effgauge");
    let cache = fresh_cache(dir.path(), "cache");
    let suite = dir.path().join("enamel-142");
    let samples = dir.path().join("samples.jsonl");
    let effgauge = |cache: &Path, args: &[&str]| {
        let mut command = Command::new(bin);
        command.env("EFFGAUGE_CACHE_DIR", cache).args(args);
        measure(&mut command)
    };
    let started = Instant::now();
    let import = effgauge(
        &cache,
        &[
            "import",
            "enamel",
            path(&copy.join("dataset/enamel.csv")),
            "--out",
            path(&suite),
            "--subset",
            "enamel",
        ],
    );
    std::fs::write(
        &samples,
        sample_lines(&suite, &copy.join("samples").join(format!("{set}.json"))),
    )
    .unwrap();
    let jobs = cores.to_string();
    let score = |cache: &Path, out: &str, extra: &[&str]| {
        let out = dir.path().join(out);
        let mut args = vec![
            "score",
            path(&samples),
            "--suite",
            path(&suite),
            "--quiet",
            "--jobs",
            &jobs,
            "--out",
            path(&out),
        ];
        args.extend_from_slice(extra);
        let measured = effgauge(cache, &args);
        (measured, summary(&out))
    };
    let (cold, cold_metrics) = score(&cache, "cold.json", &[]);
    let scratch_secs = started.elapsed().as_secs_f64();
    let (warm, warm_metrics) = score(&cache, "warm.json", &["--no-outcome-cache"]);
    let (cached, _) = score(&cache, "cached.json", &[]);
    let bundle = dir.path().join("suite.bundle");
    effgauge(
        &cache,
        &[
            "prepare",
            "--suite",
            path(&suite),
            "--out",
            path(&bundle),
            "--quiet",
        ],
    );
    let runner = fresh_cache(dir.path(), "runner");
    let restore = effgauge(&runner, &["prepare", "--restore", path(&bundle), "--quiet"]);
    let (restored, _) = score(&runner, "restored.json", &["--no-outcome-cache"]);
    assert_eq!(
        cold_metrics, warm_metrics,
        "cache state changed the figures"
    );

    println!("\nENAMEL's evaluator ({python} demo.py, one process) against effgauge (release, --jobs {cores}), {set}, {}:", machine());
    println!("| | ENAMEL's evaluator | effgauge | ratio |");
    println!("| --- | ---: | ---: | ---: |");
    row(
        "from scratch (inputs made, references run)",
        enamel_scratch.secs,
        scratch_secs,
    );
    println!(
        "| … of which effgauge's import | | {:.1} s | |",
        import.secs
    );
    row("inputs already made", enamel_warm.secs, warm.secs);
    row(
        "fresh runner, bundle restored (restore + score)",
        enamel_warm.secs,
        restore.secs + restored.secs,
    );
    row("fully cached re-score", enamel_warm.secs, cached.secs);
    println!(
        "| peak RSS | {:.2} GB, {:.2} GB | {:.2} GB, {:.2} GB | |",
        enamel_scratch.rss_mb / 1000.0,
        enamel_warm.rss_mb / 1000.0,
        cold.rss_mb / 1000.0,
        warm.rss_mb / 1000.0
    );
    println!(
        "\nfresh runner / warm: {:.2}× (goal ≤ 1.5×)",
        (restore.secs + restored.secs) / warm.secs
    );
    println!("ENAMEL's figures: {}", last_line(&enamel_scratch.stdout));
    println!("effgauge's figures: {cold_metrics}");
}

fn row(what: &str, enamel: f64, ours: f64) {
    println!(
        "| {what} | {enamel:.1} s | {ours:.1} s | {:.1}× |",
        enamel / ours
    );
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 scratch path")
}

/// An empty cache folder sharing the machine's runtime and compiled snapshot.
fn fresh_cache(parent: &Path, name: &str) -> PathBuf {
    let cache = parent.join(name);
    std::fs::create_dir_all(&cache).unwrap();
    let root = effgauge_sandboxes::cache_root();
    for shared in ["runtime", "modules"] {
        if root.join(shared).exists() {
            std::os::unix::fs::symlink(root.join(shared), cache.join(shared)).unwrap();
        }
    }
    cache
}

/// Runs a command to its end: wall time, and the peak RSS of its process
/// tree from `wait4` (the largest of it and the children it waited for).
fn measure(command: &mut Command) -> Measured {
    let started = Instant::now();
    // Reaped by wait4 below, which also gives the peak RSS.
    #[allow(clippy::zombie_processes)]
    let child = command
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut text).ok();
        text
    });
    let mut status = 0;
    // SAFETY: a zeroed rusage is valid; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{command:?} failed"
    );
    Measured {
        secs: started.elapsed().as_secs_f64(),
        rss_mb: usage.ru_maxrss as f64 / 1000.0,
        stdout: reader.join().unwrap(),
    }
}

fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// pass@1, eff@1 … of every model in a results file, in one line.
fn summary(out: &Path) -> String {
    let results: Value = serde_json::from_slice(&std::fs::read(out).unwrap()).unwrap();
    let mut parts = Vec::new();
    for model in results["models"].as_array().unwrap() {
        for m in model["summary"]["metrics"].as_array().unwrap() {
            let value = m["value"].as_f64().unwrap_or(f64::NAN);
            parts.push(format!("{} {value:.3}", m["name"].as_str().unwrap()));
        }
    }
    parts.join(", ")
}

/// One JSONL line per program: ENAMEL composes `prompt + "\n" + code`.
fn sample_lines(suite: &Path, set: &Path) -> String {
    let codes: Value = serde_json::from_slice(&std::fs::read(set).unwrap()).unwrap();
    let name = set.file_stem().unwrap().to_string_lossy();
    let mut lines = Vec::new();
    for i in (0..1000).filter(|i| suite.join(format!("humaneval-{i}")).is_dir()) {
        let prompt =
            std::fs::read_to_string(suite.join(format!("humaneval-{i}/prompt.py"))).unwrap();
        for code in codes[i].as_array().into_iter().flatten() {
            let solution = format!("{prompt}\n{}\n", code.as_str().unwrap_or_default());
            lines.push(
                json!({"task_id": format!("humaneval-{i}"), "model": name, "solution": solution}),
            );
        }
    }
    lines.iter().map(|l| l.to_string() + "\n").collect()
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{cores} cores, {cpu}")
}
