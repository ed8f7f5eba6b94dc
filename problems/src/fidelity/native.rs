//! The native side of the benchmark: the same solutions on the same
//! inputs, timed by the host's CPython 3.11 running
//! `problems/fidelity/native_time.py` (embedded here as [`NATIVE_SCRIPT`]),
//! fed the very marshal bytes the sandbox decodes. Reference and
//! alternative are timed in turn on each case, in one process (the
//! machine's speed drifts between minutes; within a pair it drifts for
//! both), and the whole timing is repeated, [`REPETITIONS`] times in all,
//! each in a fresh process: how well the repetitions agree is the noise
//! floor.

use super::{PairedAlternative, Skipped};
use crate::{Prepared, Problem, REFERENCE};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

/// The script that times solutions natively.
pub const NATIVE_SCRIPT: &str = include_str!("../../fidelity/native_time.py");

/// Times the whole native side is run; a pair keeps the time ratio of each.
pub const REPETITIONS: usize = 2;

/// How the native side times.
#[derive(Debug, Clone, Serialize)]
pub struct NativeOptions {
    /// The CPython 3.11 to time with.
    pub python: PathBuf,
    /// Timings per program per case, reference and alternative in turn;
    /// the figure of each is the median.
    pub timings: usize,
    /// Calls shorter than this are repeated inside one timing until it
    /// lasts this long, and the total divided.
    pub min_timing_ns: u64,
}

impl Default for NativeOptions {
    fn default() -> Self {
        NativeOptions {
            python: PathBuf::from("python3.11"),
            timings: 5,
            min_timing_ns: 10_000_000,
        }
    }
}

/// The native times of one (alternative, level) in each repetition: per
/// program, the largest over the level's cases of its median per-call time.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelTimes {
    pub alternative: String,
    pub level: usize,
    pub reference_ns: [f64; REPETITIONS],
    pub alternative_ns: [f64; REPETITIONS],
    /// Whether a call was repeated inside one timing (it took less than
    /// the minimal timing).
    pub repeated: bool,
}

/// The native side of one problem.
#[derive(Debug, Clone, Default)]
pub struct NativeSide {
    /// Every (alternative, level) timed on all its cases in every repetition.
    pub levels: Vec<LevelTimes>,
    /// What was left out, and why.
    pub skipped: Vec<Skipped>,
}

#[derive(Serialize)]
struct Job<'a> {
    entry_point: &'a str,
    timings: usize,
    min_ns: u64,
    seed: u64,
    cases: Vec<JobCase>,
    reference: PathBuf,
    alternatives: Vec<JobAlternative>,
}

#[derive(Serialize)]
struct JobCase {
    index: usize,
    path: PathBuf,
}

#[derive(Serialize)]
struct JobAlternative {
    name: String,
    path: PathBuf,
    cases: Vec<usize>,
}

/// What the script prints: the paired times of each alternative.
#[derive(Deserialize)]
struct Output {
    reference_error: Option<String>,
    alternatives: Vec<AlternativeTimes>,
}

#[derive(Deserialize)]
struct AlternativeTimes {
    name: String,
    times: Vec<PairedCase>,
    error: Option<String>,
}

/// One case timed in pairs: the median per-call time of each program.
#[derive(Deserialize)]
struct PairedCase {
    case: usize,
    reference_ns: f64,
    alternative_ns: f64,
    reference_reps: u64,
    alternative_reps: u64,
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

/// The native side of one problem: times each alternative paired with the
/// reference on the cases of its `paired` levels, [`REPETITIONS`] times.
/// An error of the native run (the script or the reference failing) is the
/// `Err`; an alternative that fails natively is skipped instead.
pub fn native_side(
    problem: &Problem,
    prepared: &Prepared,
    paired: &[PairedAlternative],
    opts: &NativeOptions,
) -> Result<NativeSide, String> {
    let io = |e: std::io::Error| format!("problem `{}`: native timing: {e}", problem.id);
    let scratch = Scratch::new().map_err(io)?;
    let job = write_job(&scratch.0, problem, prepared, paired, opts).map_err(io)?;
    let mut repetitions = Vec::with_capacity(REPETITIONS);
    for _ in 0..REPETITIONS {
        repetitions.push(run_script(&scratch.0, &job, problem, opts)?);
    }
    Ok(level_times(problem, prepared, paired, &repetitions))
}

/// Writes the cases, the programs, the job and the script into `dir`;
/// returns the job's path.
fn write_job(
    dir: &Path,
    problem: &Problem,
    prepared: &Prepared,
    paired: &[PairedAlternative],
    opts: &NativeOptions,
) -> std::io::Result<PathBuf> {
    let cases = &prepared.cases;
    let cases_of = |alt: &PairedAlternative| -> Vec<usize> {
        (0..cases.len())
            .filter(|&i| alt.levels.contains(&cases[i].level))
            .collect()
    };
    let mut job = Job {
        entry_point: &problem.entry_point,
        timings: opts.timings,
        min_ns: opts.min_timing_ns,
        seed: crate::prepare::guest::job_seed(None, problem),
        cases: Vec::new(),
        reference: dir.join(REFERENCE),
        alternatives: Vec::new(),
    };
    std::fs::write(&job.reference, &problem.reference)?;
    let mut timed: Vec<usize> = paired.iter().flat_map(cases_of).collect();
    timed.sort_unstable();
    timed.dedup();
    for i in timed {
        let path = dir.join(format!("case-{i}.marshal"));
        std::fs::write(&path, &cases[i].args)?;
        job.cases.push(JobCase { index: i, path });
    }
    for (k, alt) in paired.iter().enumerate() {
        let path = dir.join(format!("alternative-{k}.py"));
        std::fs::write(&path, &alt.source)?;
        job.alternatives.push(JobAlternative {
            name: alt.name.clone(),
            path,
            cases: cases_of(alt),
        });
    }
    let path = dir.join("job.json");
    std::fs::write(&path, serde_json::to_vec(&job)?)?;
    std::fs::write(dir.join("native_time.py"), NATIVE_SCRIPT)?;
    Ok(path)
}

/// One repetition: the script in a fresh process.
fn run_script(
    dir: &Path,
    job: &Path,
    problem: &Problem,
    opts: &NativeOptions,
) -> Result<Output, String> {
    let out = Command::new(&opts.python)
        .arg(dir.join("native_time.py"))
        .arg(job)
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
    match &output.reference_error {
        Some(e) => Err(format!(
            "problem `{}`: the reference failed natively: {e}",
            problem.id
        )),
        None => Ok(output),
    }
}

/// Per (alternative, level), the largest per-call time over the level's
/// cases of each program in each repetition; an alternative that failed in
/// any repetition, or a level not timed on every case, is skipped.
fn level_times(
    problem: &Problem,
    prepared: &Prepared,
    paired: &[PairedAlternative],
    repetitions: &[Output],
) -> NativeSide {
    let mut side = NativeSide::default();
    let skip = |alternative: &str, level: Option<usize>, reason: String| Skipped {
        problem: problem.id.clone(),
        alternative: Some(alternative.to_owned()),
        level,
        reason: format!("native: {reason}"),
    };
    for alt in paired {
        let timed: Vec<Option<&AlternativeTimes>> = repetitions
            .iter()
            .map(|r| r.alternatives.iter().find(|a| a.name == alt.name))
            .collect();
        if let Some(e) = timed.iter().flatten().find_map(|t| t.error.as_ref()) {
            side.skipped.push(skip(&alt.name, None, e.clone()));
            continue;
        }
        for &level in &alt.levels {
            let per_repetition: Option<Vec<LevelMax>> = timed
                .iter()
                .map(|&t| LevelMax::of(&t?.times, prepared, level))
                .collect();
            match per_repetition {
                Some(maxima)
                    if maxima
                        .iter()
                        .all(|m| m.cases == problem.levels[level].cases) =>
                {
                    side.levels.push(LevelTimes {
                        alternative: alt.name.clone(),
                        level,
                        reference_ns: std::array::from_fn(|r| maxima[r].reference_ns),
                        alternative_ns: std::array::from_fn(|r| maxima[r].alternative_ns),
                        repeated: maxima.iter().any(|m| m.repeated),
                    });
                }
                _ => side.skipped.push(skip(
                    &alt.name,
                    Some(level),
                    "not timed on every case".into(),
                )),
            }
        }
    }
    side
}

/// One level of one alternative in one repetition.
struct LevelMax {
    reference_ns: f64,
    alternative_ns: f64,
    repeated: bool,
    /// Cases timed.
    cases: usize,
}

impl LevelMax {
    /// `None` when a time is not positive (a broken timer).
    fn of(times: &[PairedCase], prepared: &Prepared, level: usize) -> Option<LevelMax> {
        let mut max = LevelMax {
            reference_ns: 0.0,
            alternative_ns: 0.0,
            repeated: false,
            cases: 0,
        };
        for t in times
            .iter()
            .filter(|t| prepared.cases[t.case].level == level)
        {
            if !(t.reference_ns > 0.0 && t.alternative_ns > 0.0) {
                return None;
            }
            max.reference_ns = max.reference_ns.max(t.reference_ns);
            max.alternative_ns = max.alternative_ns.max(t.alternative_ns);
            max.repeated |= t.reference_reps > 1 || t.alternative_reps > 1;
            max.cases += 1;
        }
        Some(max)
    }
}
