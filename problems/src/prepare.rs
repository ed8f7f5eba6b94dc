//! Preparing a problem for scoring: every case's input, generated in the
//! sandbox, and the reference's output and fuel cost on it, cached on disk.

use crate::guest::{self, describe, int};
use crate::{cache, Problem, ProblemsError, GENERATOR, REFERENCE};
use effgauge_sandboxes::{marshal, CallSpec, PyValue, SandboxEngine, Status};
use std::path::{Path, PathBuf};

/// One test case, ready to run.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub level: usize,
    pub case: usize,
    /// The positional arguments, as marshal data of a tuple (a
    /// [`CallSpec::args`]).
    pub args: Vec<u8>,
    /// The reference's output.
    pub expected: PyValue,
    /// The reference's fuel on this case.
    pub reference_fuel: u64,
}

/// Every case of a problem, in level order, with the reference's costs.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub cases: Vec<Case>,
    /// Per level: the largest reference fuel over its cases.
    pub reference_level_fuel: Vec<u64>,
    /// Whether this came from the on-disk cache.
    pub from_cache: bool,
}

impl Prepared {
    pub(crate) fn new(cases: Vec<Case>, levels: usize, from_cache: bool) -> Prepared {
        let mut reference_level_fuel = vec![0; levels];
        for c in &cases {
            reference_level_fuel[c.level] = reference_level_fuel[c.level].max(c.reference_fuel);
        }
        Prepared {
            cases,
            reference_level_fuel,
            from_cache,
        }
    }

    /// The calls of a run over every case, without fuel limits.
    pub fn calls(&self) -> Vec<CallSpec> {
        self.cases
            .iter()
            .map(|c| CallSpec {
                args: c.args.clone(),
                fuel_limit: None,
                max_output_bytes: None,
            })
            .collect()
    }
}

/// Where prepared problems are cached by default: `cache_root()/suite`.
pub fn default_cache_dir() -> PathBuf {
    effgauge_sandboxes::cache_root().join("suite")
}

/// The cache entry of a problem on this engine:
/// `<problem content hash>-<runtime sha256[..16]>-<wasmtime version>`.
pub fn cache_key(engine: &SandboxEngine, problem: &Problem) -> String {
    let runtime = &engine.runtime().sha256;
    format!(
        "{}-{}-{}",
        problem.content_hash,
        &runtime[..runtime.len().min(16)],
        effgauge_sandboxes::WASMTIME_VERSION
    )
}

/// Prepares a problem, through the default cache.
pub fn prepare(engine: &SandboxEngine, problem: &Problem) -> Result<Prepared, ProblemsError> {
    prepare_in(engine, problem, Some(&default_cache_dir()))
}

/// Prepares a problem, through the cache in `cache_dir` (`None`: no cache).
/// A cache entry is only read back if it is complete and matches the
/// problem's cases; otherwise everything is regenerated and rewritten.
pub fn prepare_in(
    engine: &SandboxEngine,
    problem: &Problem,
    cache_dir: Option<&Path>,
) -> Result<Prepared, ProblemsError> {
    let entry = cache_dir.map(|dir| dir.join(cache_key(engine, problem)));
    if let Some(prepared) = entry.as_deref().and_then(|e| cache::load(e, problem)) {
        return Ok(prepared);
    }
    let mut runs = generate_inputs(engine, problem, 1)?;
    let inputs = runs.pop().unwrap_or_default();
    let prepared = run_reference(engine, problem, inputs)?;
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
) -> Result<Vec<Vec<Vec<u8>>>, ProblemsError> {
    let ids = problem.case_ids();
    let mut calls = Vec::with_capacity(ids.len() * runs);
    for _ in 0..runs {
        for &(level, case) in &ids {
            let size = problem.levels[level].size.map_or(PyValue::None, int);
            calls.push(CallSpec::new(&[
                int(level),
                int(case),
                int(guest::case_seed(&problem.id, level, case)),
                size,
            ]));
        }
    }
    let job = guest::job(
        problem,
        guest::generator_source(problem),
        guest::GENERATE,
        calls,
    );
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

/// Runs the reference on every input under the fuel meter.
fn run_reference(
    engine: &SandboxEngine,
    problem: &Problem,
    inputs: Vec<Vec<u8>>,
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
    let job = guest::job(
        problem,
        problem.reference.clone(),
        &problem.entry_point,
        calls,
    );
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
                expected: expected.clone(),
                reference_fuel: call.cost.fuel,
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
    Ok(Prepared::new(cases, problem.levels.len(), false))
}

/// Prepares several problems on `workers` threads, in order; `progress`
/// prints a line per problem to stderr.
pub fn prepare_many(
    engine: &SandboxEngine,
    problems: &[&Problem],
    workers: usize,
    progress: bool,
) -> Vec<Result<Prepared, ProblemsError>> {
    let total = problems.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    crate::parallel::map(problems, workers, |problem| {
        let started = std::time::Instant::now();
        let result = prepare(engine, problem);
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
