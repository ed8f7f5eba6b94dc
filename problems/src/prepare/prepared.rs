//! Preparing a problem for scoring: every case's input, generated in the
//! sandbox, the reference's output and fuel cost on it, and the fuel of
//! compiling the problem's `prompt.py` followed by its reference (the
//! compile allowance of every run measured against the reference), cached
//! on disk.

use super::cache;
use super::guest::{self, describe, int};
use crate::{Problem, ProblemsError, Salt, GENERATOR, PROMPT, REFERENCE};
use effgauge_sandboxes::{
    marshal, CallSpec, Job, MemoryUse, Protocol, PyValue, SandboxEngine, Status,
};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The smallest output cap of a scored call, whatever the reference returns.
pub const MIN_OUTPUT_CAP: u64 = 1 << 20;
/// A scored call's output may take this many times the reference's
/// (encoded) before it is refused unread.
pub const OUTPUT_CAP_FACTOR: u64 = 8;

/// One test case, ready to run.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub level: usize,
    pub case: usize,
    /// The positional arguments, as marshal data of a tuple (a
    /// [`CallSpec::args`]).
    pub args: Vec<u8>,
    /// The reference's output, shared: every sample's judge holds it while
    /// the sample runs, and a copy per sample would cost the host a clone
    /// of every expected output of the problem.
    pub expected: Arc<PyValue>,
    /// The reference's fuel on this case (compiling above the allowance and
    /// the import included, as for every run measured against it).
    pub reference_fuel: u64,
    /// What the reference held in memory on this case.
    pub reference_memory: MemoryUse,
}

impl Case {
    /// The call that runs a candidate on this case, with `fuel_limit` and
    /// the case's output cap ([`Case::max_output_bytes`]).
    pub fn call(&self, fuel_limit: Option<u64>) -> CallSpec {
        CallSpec {
            args: self.args.clone(),
            fuel_limit,
            max_output_bytes: Some(self.max_output_bytes()),
        }
    }

    /// The largest encoded output a scored call on this case may return:
    /// [`OUTPUT_CAP_FACTOR`] × the reference's, at least [`MIN_OUTPUT_CAP`]
    /// (a larger one is `wrong` without being decoded).
    pub fn max_output_bytes(&self) -> u64 {
        let expected = marshal::encode(&self.expected).len() as u64;
        expected
            .saturating_mul(OUTPUT_CAP_FACTOR)
            .max(MIN_OUTPUT_CAP)
    }
}

/// Every case of a problem, in level order, with the reference's costs.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub cases: Vec<Case>,
    /// Per level: the largest reference fuel over its cases.
    pub reference_level_fuel: Vec<u64>,
    /// Per level: the reference's largest memory figures over its cases.
    pub reference_level_memory: Vec<MemoryUse>,
    /// The fuel of compiling the longest honest program, the problem's
    /// `prompt.py` followed by its reference solution: every run of a
    /// candidate or the reference gets it as its [`Job::compile_allowance`],
    /// so only compiling beyond it is charged to each case. The reference
    /// and a completion that is the reference pay nothing; text beyond it
    /// (a table of precomputed answers, say) costs fuel in every case.
    pub compile_allowance: u64,
    /// Whether this came from the on-disk cache.
    pub from_cache: bool,
    /// The simulated cache's sampling key of every run on the problem (see
    /// [`effgauge_sandboxes::Job::cache_sampling_key`]): the reference's and
    /// every candidate's, so the reference's figures hold for both.
    pub cache_sampling_key: u64,
}

impl Prepared {
    pub(crate) fn new(
        cases: Vec<Case>,
        levels: usize,
        compile_allowance: u64,
        from_cache: bool,
    ) -> Prepared {
        let mut reference_level_fuel = vec![0; levels];
        let mut reference_level_memory = vec![MemoryUse::default(); levels];
        for c in &cases {
            reference_level_fuel[c.level] = reference_level_fuel[c.level].max(c.reference_fuel);
            reference_level_memory[c.level] =
                reference_level_memory[c.level].max(c.reference_memory);
        }
        Prepared {
            cases,
            reference_level_fuel,
            reference_level_memory,
            compile_allowance,
            from_cache,
            cache_sampling_key: 0,
        }
    }

    /// The calls of a scored run over every case: each with the fuel limit
    /// `fuel_limit` gives it and its output cap ([`Case::max_output_bytes`]).
    pub fn calls(&self, fuel_limit: impl Fn(&Case) -> Option<u64>) -> Vec<CallSpec> {
        self.cases.iter().map(|c| c.call(fuel_limit(c))).collect()
    }
}

/// Where prepared problems are cached by default: `cache_root()/suite`.
pub fn default_cache_dir() -> PathBuf {
    effgauge_sandboxes::cache_root().join("suite")
}

/// The cache entry of a problem on this engine:
/// `<problem content hash>-<runtime identity[..16]>-<wasmtime version>-m<metering
/// version>-<cost model and its weights>` (the identity hashes the
/// interpreter and the stdlib image's contents), and with a salt `-salt-<its sha256[..16]>` (never the salt itself).
pub fn cache_key(engine: &SandboxEngine, problem: &Problem, salt: Option<&Salt>) -> String {
    entry_key(
        &problem.content_hash,
        &engine.runtime().identity(),
        &engine.cost_fingerprint(),
        salt.map(|s| s.sha256_hex()),
    )
}

/// [`cache_key`] from its parts: the problem's content hash, the runtime's
/// identity, the cost fingerprint and the salt's SHA-256 (hex). A restored
/// bundle's entries must stand under exactly this key.
pub(crate) fn entry_key(
    content_hash: &str,
    runtime_identity: &str,
    cost_fingerprint: &str,
    salt_sha256: Option<&str>,
) -> String {
    let mut key = format!(
        "{}-{}-{}-m{}-{}",
        content_hash,
        &runtime_identity[..runtime_identity.len().min(16)],
        effgauge_sandboxes::WASMTIME_VERSION,
        effgauge_sandboxes::METERING_VERSION,
        cost_fingerprint
    );
    if let Some(salt) = salt_sha256 {
        key.push_str("-salt-");
        key.push_str(&salt[..salt.len().min(16)]);
    }
    key
}

/// Prepares a problem, through the default cache.
pub fn prepare(
    engine: &SandboxEngine,
    problem: &Problem,
    salt: Option<&Salt>,
) -> Result<Prepared, ProblemsError> {
    prepare_in(engine, problem, Some(&default_cache_dir()), salt)
}

/// Prepares a problem, through the cache in `cache_dir` (`None`: no cache),
/// with every case seed salted by `salt` if there is one. A cache entry is
/// only read back if it is complete and matches the problem's cases;
/// otherwise everything is regenerated and rewritten.
pub fn prepare_in(
    engine: &SandboxEngine,
    problem: &Problem,
    cache_dir: Option<&Path>,
    salt: Option<&Salt>,
) -> Result<Prepared, ProblemsError> {
    let entry = cache_dir.map(|dir| dir.join(cache_key(engine, problem, salt)));
    let key = guest::cache_sampling_key(salt, problem);
    if let Some(mut prepared) = entry.as_deref().and_then(|e| cache::load(e, problem)) {
        prepared.cache_sampling_key = key;
        return Ok(prepared);
    }
    let compile_allowance = compile_allowance(engine, problem)?;
    let mut runs = generate_inputs(engine, problem, 1, salt)?;
    let inputs = runs.pop().unwrap_or_default();
    let prepared = run_reference(engine, problem, inputs, compile_allowance, salt, key)?;
    if let Some(entry) = entry {
        cache::store(&entry, problem, &prepared)?;
    }
    Ok(prepared)
}

/// Runs the generator on every case, `runs` times over (each case in a fresh
/// instance, like every call).
/// Returns, for each run, every case's arguments as marshal data.
pub fn generate_inputs(
    engine: &SandboxEngine,
    problem: &Problem,
    runs: usize,
    salt: Option<&Salt>,
) -> Result<Vec<Vec<Vec<u8>>>, ProblemsError> {
    let ids = problem.case_ids();
    let mut calls = Vec::with_capacity(ids.len() * runs);
    for _ in 0..runs {
        for &(level, case) in &ids {
            let size = problem.levels[level].size.map_or(PyValue::None, int);
            calls.push(CallSpec::new(&[
                int(level),
                int(case),
                int(guest::case_seed(salt, &problem.id, level, case)),
                size,
                PyValue::Bool(salt.is_some()),
            ]));
        }
    }
    let mut job = guest::job(
        problem,
        guest::generator_source(problem),
        guest::GENERATE,
        calls,
    );
    job.seed = guest::job_seed(salt, problem);
    let report = guest::run(engine, problem, job)?;
    let path = problem.file(GENERATOR);
    if let Some(error) = report.import_error {
        return Err(ProblemsError::Invalid {
            problem: problem.id.clone(),
            path,
            message: format!("failed to load: {error}"),
        });
    }
    let mut out = vec![Vec::with_capacity(ids.len()); runs];
    for (i, call) in report.calls.iter().enumerate() {
        let (level, case) = ids[i % ids.len()];
        let fail = |message: String| ProblemsError::Case {
            problem: problem.id.clone(),
            path: path.clone(),
            level,
            case,
            message,
        };
        match &call.output {
            Some(args @ PyValue::Tuple(_)) if call.status == Status::Ok => {
                out[i / ids.len()].push(marshal::encode(args))
            }
            Some(other) if call.status == Status::Ok => {
                return Err(fail(format!(
                    "returned a {}, expected a list of arguments",
                    other.type_name()
                )))
            }
            _ => return Err(fail(describe(call))),
        }
    }
    Ok(out)
}

/// The program whose compile is the allowance: the prompt, then the
/// reference, as a completion that is the reference would be composed.
pub fn allowance_program(problem: &Problem) -> String {
    match problem.protocol {
        Protocol::Function => format!("{}\n{}", problem.prompt, problem.reference),
        // A statement is not Python: the reference alone.
        Protocol::Stdio => problem.reference.clone(),
    }
}

/// The fuel of compiling [`allowance_program`] (a run with no calls, which
/// also checks that the prompt and the reference import together).
fn compile_allowance(engine: &SandboxEngine, problem: &Problem) -> Result<u64, ProblemsError> {
    let job = guest::program_job(problem, allowance_program(problem), Vec::new());
    let report = guest::run(engine, problem, job)?;
    if let Some(error) = report.import_error {
        return Err(ProblemsError::Invalid {
            problem: problem.id.clone(),
            path: problem.file(PROMPT),
            message: format!("prompt.py followed by reference.py failed to import: {error}"),
        });
    }
    Ok(report.compile.fuel)
}

/// Runs the reference on every input under the fuel meter, with the
/// compile allowance and the cache sampling key every candidate gets.
fn run_reference(
    engine: &SandboxEngine,
    problem: &Problem,
    inputs: Vec<Vec<u8>>,
    compile_allowance: u64,
    salt: Option<&Salt>,
    cache_sampling_key: u64,
) -> Result<Prepared, ProblemsError> {
    let ids = problem.case_ids();
    let calls = inputs
        .iter()
        .map(|args| CallSpec {
            args: args.clone(),
            fuel_limit: None,
            max_output_bytes: None,
        })
        .collect();
    let mut job: Job = guest::program_job(problem, problem.reference.clone(), calls);
    job.seed = guest::job_seed(salt, problem);
    job.cache_sampling_key = cache_sampling_key;
    job.compile_allowance = compile_allowance;
    let report = guest::run(engine, problem, job)?;
    let path = problem.file(REFERENCE);
    if let Some(error) = report.import_error {
        return Err(ProblemsError::Invalid {
            problem: problem.id.clone(),
            path,
            message: format!("failed to load: {error}"),
        });
    }
    let mut cases = Vec::with_capacity(ids.len());
    for ((call, args), &(level, case)) in report.calls.iter().zip(inputs).zip(&ids) {
        match &call.output {
            Some(expected) if call.status == Status::Ok => cases.push(Case {
                level,
                case,
                args,
                expected: Arc::new(expected.clone()),
                reference_fuel: call.cost.fuel,
                reference_memory: call.memory,
            }),
            _ => {
                return Err(ProblemsError::Case {
                    problem: problem.id.clone(),
                    path,
                    level,
                    case,
                    message: describe(call),
                })
            }
        }
    }
    let mut prepared = Prepared::new(cases, problem.levels.len(), compile_allowance, false);
    prepared.cache_sampling_key = cache_sampling_key;
    Ok(prepared)
}

/// Prepares several problems on `workers` threads, in order; `progress`
/// prints a line per problem to stderr.
pub fn prepare_many(
    engine: &SandboxEngine,
    problems: &[&Problem],
    workers: usize,
    progress: bool,
    salt: Option<&Salt>,
) -> Vec<Result<Prepared, ProblemsError>> {
    let total = problems.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    crate::parallel::map(problems, workers, |problem| {
        let started = std::time::Instant::now();
        let result = prepare(engine, problem, salt);
        if progress {
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            let what = match &result {
                Ok(p) if p.from_cache => "cached".to_owned(),
                Ok(_) => "prepared".to_owned(),
                Err(e) => format!("FAILED: {e}"),
            };
            eprintln!(
                "[{n}/{total}] {}: {what} ({:.1} s)",
                problem.id,
                started.elapsed().as_secs_f64()
            );
        }
        result
    })
}

#[cfg(test)]
mod tests {
    use super::{Case, MIN_OUTPUT_CAP, OUTPUT_CAP_FACTOR};
    use effgauge_sandboxes::{marshal, PyValue};

    fn case(expected: PyValue) -> Case {
        Case {
            level: 1,
            case: 0,
            args: Vec::new(),
            expected: expected.into(),
            reference_fuel: 1,
            reference_memory: effgauge_sandboxes::MemoryUse::default(),
        }
    }

    #[test]
    fn the_output_cap_is_a_multiple_of_the_reference_output_but_at_least_a_mib() {
        assert_eq!(case(PyValue::None).max_output_bytes(), MIN_OUTPUT_CAP);
        let big = PyValue::Bytes(vec![7; 1 << 20]);
        let encoded = marshal::encode(&big).len() as u64;
        assert_eq!(case(big).max_output_bytes(), OUTPUT_CAP_FACTOR * encoded);
    }
}
