//! The Python that effgauge appends to a problem's files to drive them in
//! the sandbox, and the jobs that run them. Generators and checkers are
//! untrusted code like any candidate: they only ever run in the sandbox.
//!
//! Here are the generator's wrapper (`py/generate.py`), the case seeds, and
//! the plumbing every helper run shares (its limits, its seed, running it);
//! the checker's wrapper lives with the judge (`judge/check.rs`) and the
//! prompt's helper with the validator (`validate/prompt.rs`).

use crate::{Problem, ProblemsError, Salt};
use effgauge_sandboxes::{CallSpec, Job, Limits, PyValue, RunReport, SandboxEngine};
use num_bigint::BigInt;
use sha2::{Digest, Sha256};

/// Entry of the generator wrapper.
pub(crate) const GENERATE: &str = "_effgauge_generate";

/// The seed of one case. Without a salt: the first 8 bytes of
/// SHA-256(`"{id}/{level}/{case}"`), read big-endian (what generator writers
/// can reproduce); with one, [`Salt`]'s secret is mixed in.
pub fn case_seed(salt: Option<&Salt>, id: &str, level: usize, case: usize) -> u64 {
    if let Some(salt) = salt {
        return salt.case_seed(id, level, case);
    }
    let digest = Sha256::digest(format!("{id}/{level}/{case}").as_bytes());
    u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
}

/// The seed of a whole job on `problem` (its guest's random sources).
pub(crate) fn job_seed(salt: Option<&Salt>, problem: &Problem) -> u64 {
    case_seed(salt, &problem.id, usize::MAX, usize::MAX)
}

/// The key that picks the simulated cache's sampled sets for every run on
/// `problem` (`cache-v1`): derived like the seeds but never handed to a
/// guest, so under a salt a program cannot know it.
pub(crate) fn cache_sampling_key(salt: Option<&Salt>, problem: &Problem) -> u64 {
    case_seed(salt, &problem.id, usize::MAX - 1, usize::MAX)
}

/// `generator.py` plus the wrapper that seeds the randomness (both the
/// `rng` passed and the module-level `random`), calls the problem's generator
/// by its convention and returns the argument tuple.
pub(crate) fn generator_source(problem: &Problem) -> String {
    let call = match problem.convention {
        crate::Convention::LevelCaseRng => "generate(level, case, _random.Random(seed))",
        crate::Convention::SizeLevelCase => "generate_input(size, level, case)",
    };
    append(
        &problem.generator,
        &include_str!("py/generate.py").replace("__CALL__", call),
    )
}

/// `source` with a helper appended on a line of its own (the judge's
/// checker wrapper and the validator's prompt helper are appended the same
/// way, beside the code that runs them).
pub(crate) fn append(source: &str, helper: &str) -> String {
    let mut out = String::with_capacity(source.len() + helper.len() + 1);
    out.push_str(source);
    if !source.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(helper);
    out
}

/// The limits of every helper run on a problem: the sandbox defaults with
/// the problem's memory cap.
pub(crate) fn limits(problem: &Problem) -> Limits {
    Limits {
        memory_bytes: problem.memory_bytes(),
        ..Limits::default()
    }
}

/// A job on `problem` with its limits and a seed of its own (unsalted; the
/// preparation's jobs set their salted one). No compile allowance: helper
/// runs are not measured against anything.
pub(crate) fn job(problem: &Problem, source: String, entry: &str, calls: Vec<CallSpec>) -> Job {
    let mut job = Job::new(source, entry, calls);
    job.limits = limits(problem);
    job.seed = job_seed(None, problem);
    job
}

/// A job running one of the problem's own programs or a candidate (not a
/// helper such as the generator): as [`job`], by the problem's entry point
/// and protocol.
pub(crate) fn program_job(
    problem: &Problem,
    source: impl Into<String>,
    calls: Vec<CallSpec>,
) -> Job {
    let mut job = job(problem, source.into(), &problem.entry_point, calls);
    job.protocol = problem.protocol;
    job
}

/// Runs a job; a failure of the engine itself names the problem.
pub(crate) fn run(
    engine: &SandboxEngine,
    problem: &Problem,
    job: Job,
) -> Result<RunReport, ProblemsError> {
    engine.run(job).map_err(ProblemsError::sandbox(&problem.id))
}

pub(crate) fn int(i: impl Into<BigInt>) -> PyValue {
    PyValue::Int(i.into())
}

/// What went wrong in a call, in one line.
pub(crate) fn describe(call: &effgauge_sandboxes::CallReport) -> String {
    match &call.error {
        Some(e) => format!("{}: {e}", call.status.name()),
        None => call.status.name().to_owned(),
    }
}
