//! The native side of the benchmark: the same solutions on the same
//! inputs, timed by the host's CPython 3.11 running
//! `problems/fidelity/native_time.py` (embedded here as [`NATIVE_SCRIPT`]),
//! fed the very marshal bytes the sandbox decodes, and each level's time
//! ratio paired with its fuel ratio.

use super::{FuelSide, Pair, Skipped};
use crate::{Problem, REFERENCE};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

/// The script that times solutions natively.
pub const NATIVE_SCRIPT: &str = include_str!("../../fidelity/native_time.py");

/// How the native side times.
#[derive(Debug, Clone, Serialize)]
pub struct NativeOptions {
    /// The CPython 3.11 to time with.
    pub python: PathBuf,
    /// Timings per case; the figure is the smallest.
    pub runs: usize,
    /// Calls shorter than this are repeated inside one timing until it
    /// lasts this long, and the total divided.
    pub min_timing_ns: u64,
}

impl Default for NativeOptions {
    fn default() -> Self {
        NativeOptions {
            python: PathBuf::from("python3.11"),
            runs: 3,
            min_timing_ns: 20_000_000,
        }
    }
}

#[derive(Serialize)]
struct Job<'a> {
    entry_point: &'a str,
    runs: usize,
    min_ns: u64,
    seed: u64,
    cases: Vec<JobCase>,
    solutions: Vec<JobSolution>,
}

#[derive(Serialize)]
struct JobCase {
    index: usize,
    path: PathBuf,
}

#[derive(Serialize)]
struct JobSolution {
    name: String,
    path: PathBuf,
    cases: Vec<usize>,
}

#[derive(Deserialize)]
struct Output {
    solutions: Vec<SolutionTimes>,
}

#[derive(Deserialize)]
struct SolutionTimes {
    name: String,
    times: Vec<CaseTime>,
    error: Option<String>,
}

#[derive(Deserialize)]
struct CaseTime {
    case: usize,
    ns: f64,
    reps: u64,
}

/// A scratch folder removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> std::io::Result<Scratch> {
        static N: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "effgauge-fidelity-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir)?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The native side of one problem: times the reference on every weighted
/// case and each alternative on the cases of its measured levels, and pairs
/// the ratios with the fuel ratios. An error of the native run (the script
/// or a solution failing) is the `Err`; a solution that fails natively is
/// skipped instead.
pub fn native_side(
    problem: &Problem,
    fuel: &FuelSide,
    opts: &NativeOptions,
) -> Result<(Vec<Pair>, Vec<Skipped>), String> {
    let io = |e: std::io::Error| format!("problem `{}`: native timing: {e}", problem.id);
    let scratch = Scratch::new().map_err(io)?;
    let dir = &scratch.0;
    let cases = &fuel.prepared.cases;
    let weighted = |i: usize| problem.levels[cases[i].level].weight > 0.0;
    let mut job = Job {
        entry_point: &problem.entry_point,
        runs: opts.runs,
        min_ns: opts.min_timing_ns,
        seed: crate::prepare::guest::job_seed(None, problem),
        cases: Vec::new(),
        solutions: Vec::new(),
    };
    for (i, case) in cases.iter().enumerate().filter(|(i, _)| weighted(*i)) {
        let path = dir.join(format!("case-{i}.marshal"));
        std::fs::write(&path, &case.args).map_err(io)?;
        job.cases.push(JobCase { index: i, path });
    }
    let reference = dir.join(REFERENCE);
    std::fs::write(&reference, &problem.reference).map_err(io)?;
    job.solutions.push(JobSolution {
        name: REFERENCE.into(),
        path: reference,
        cases: job.cases.iter().map(|c| c.index).collect(),
    });
    for (k, alt) in fuel.alternatives.iter().enumerate() {
        if alt.levels.is_empty() {
            continue;
        }
        let path = dir.join(format!("alternative-{k}.py"));
        std::fs::write(&path, &alt.source).map_err(io)?;
        job.solutions.push(JobSolution {
            name: alt.name.clone(),
            path,
            cases: (0..cases.len())
                .filter(|&i| alt.levels.iter().any(|(l, _)| *l == cases[i].level))
                .collect(),
        });
    }
    let job_path = dir.join("job.json");
    std::fs::write(
        &job_path,
        serde_json::to_vec(&job).map_err(|e| e.to_string())?,
    )
    .map_err(io)?;
    let script = dir.join("native_time.py");
    std::fs::write(&script, NATIVE_SCRIPT).map_err(io)?;
    let out = Command::new(&opts.python)
        .arg(&script)
        .arg(&job_path)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .current_dir(dir)
        .output()
        .map_err(|e| format!("{}: {e}", opts.python.display()))?;
    if !out.status.success() {
        return Err(format!(
            "problem `{}`: native timing failed ({}): {}",
            problem.id,
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let output: Output = serde_json::from_slice(&out.stdout).map_err(|e| {
        format!(
            "problem `{}`: native timing printed no valid JSON ({e})",
            problem.id
        )
    })?;
    // Per solution, per level: (largest per-call ns over the level's cases,
    // whether any was repeated, cases timed).
    let level_times = |s: &SolutionTimes| {
        let mut per = vec![(0.0f64, false, 0usize); problem.levels.len()];
        for t in &s.times {
            let slot = &mut per[cases[t.case].level];
            slot.0 = slot.0.max(t.ns);
            slot.1 |= t.reps > 1;
            slot.2 += 1;
        }
        per
    };
    let mut skipped = Vec::new();
    let skip = |alternative: &str, reason: String| Skipped {
        problem: problem.id.clone(),
        alternative: Some(alternative.to_owned()),
        level: None,
        reason: format!("native: {reason}"),
    };
    let Some(reference) = output.solutions.iter().find(|s| s.name == REFERENCE) else {
        return Err(format!(
            "problem `{}`: native timing lost the reference",
            problem.id
        ));
    };
    if let Some(e) = &reference.error {
        return Err(format!(
            "problem `{}`: the reference failed natively: {e}",
            problem.id
        ));
    }
    let reference_times = level_times(reference);
    let mut pairs = Vec::new();
    for alt in &fuel.alternatives {
        let Some(times) = output.solutions.iter().find(|s| s.name == alt.name) else {
            continue;
        };
        if let Some(e) = &times.error {
            skipped.push(skip(&alt.name, e.clone()));
            continue;
        }
        let alt_times = level_times(times);
        for &(level, alternative_fuel) in &alt.levels {
            let reference_fuel = fuel.prepared.reference_level_fuel[level];
            let (ref_ns, ref_rep, ref_n) = reference_times[level];
            let (alt_ns, alt_rep, alt_n) = alt_times[level];
            let n = problem.levels[level].cases;
            if ref_n != n || alt_n != n || ref_ns <= 0.0 || alt_ns <= 0.0 || reference_fuel == 0 {
                skipped.push(Skipped {
                    level: Some(level),
                    ..skip(&alt.name, "not timed on every case".into())
                });
                continue;
            }
            pairs.push(Pair {
                problem: problem.id.clone(),
                level,
                alternative: alt.name.clone(),
                reference_fuel,
                alternative_fuel,
                fuel_ratio: alternative_fuel as f64 / reference_fuel as f64,
                reference_ns: ref_ns,
                alternative_ns: alt_ns,
                time_ratio: alt_ns / ref_ns,
                repeated: ref_rep || alt_rep,
                reference_work: None,
                alternative_work: None,
            });
        }
    }
    Ok((pairs, skipped))
}

/// The CPython to time with: `explicit` if given, else Debian's
/// `/usr/bin/python3.11`, else `python3.11` on the `PATH`. Returns it with
/// its version, or says how to install it.
pub fn find_python(explicit: Option<&Path>) -> Result<(PathBuf, String), String> {
    let candidates: Vec<PathBuf> = match explicit {
        Some(p) => vec![p.to_path_buf()],
        None => vec!["/usr/bin/python3.11".into(), "python3.11".into()],
    };
    for python in candidates {
        let Ok(out) = Command::new(&python)
            .args(["-c", "import sys; print(sys.version.split()[0])"])
            .output()
        else {
            continue;
        };
        if !out.status.success() {
            continue;
        }
        let version = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        if !version.starts_with("3.11.") {
            return Err(format!(
                "{} is CPython {version}; the fidelity benchmark needs CPython 3.11 (the sandbox's version)",
                python.display()
            ));
        }
        return Ok((python, version));
    }
    Err(match explicit {
        Some(p) => format!("{} does not run", p.display()),
        None => {
            "python3.11 not found: the fidelity benchmark times solutions with the host's \
                 CPython 3.11; install it (`apt-get install python3.11` on Debian) or pass --python"
                .into()
        }
    })
}
