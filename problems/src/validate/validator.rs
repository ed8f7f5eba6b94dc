//! The validator: every check a problem must pass before it can score
//! anything, each run in the sandbox under the fuel meter.

use super::alternatives::{probe_level, run_alternative};
use super::report::{AlternativeReport, Gate, LevelReport, ValidationReport};
use super::{authoring, gates, prompt};
use crate::judge::check::{check_verdicts, CheckItem};
use crate::{default_cache_dir, generate_inputs, prepare_in, Prepared, Problem, GENERATOR};
use effgauge_sandboxes::{marshal, SandboxEngine};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::time::Instant;

/// The thresholds of the gates, and how to run.
#[derive(Debug, Clone, Serialize)]
pub struct ValidateOptions {
    /// The slowest alternative must cost at least this many times the
    /// reference at the top level (a problem's own `alpha` overrides it).
    pub alpha_gate: f64,
    /// Every top-level case of the reference costs at least this much fuel.
    pub min_reference_fuel: u64,
    /// No top-level case of the reference costs more fuel than this.
    pub max_reference_fuel: u64,
    /// An alternative's call is stopped (censored) at this many times the
    /// reference's fuel on the same case...
    pub alternative_cap_factor: f64,
    /// ...but never below this much fuel (tiny corner cases).
    pub alternative_floor_fuel: u64,
    /// Problems validated at once.
    pub workers: usize,
    /// Where prepared problems are cached (`None`: no cache).
    pub cache_dir: Option<PathBuf>,
    /// Print a line per problem to stderr.
    pub progress: bool,
    /// An imported suite (`--imported`, or the suite's `suite.toml` says
    /// so): the authoring gates ([`AUTHORING_GATES`]) are relaxed, reported
    /// but not failed; the gates that matter for measurement still apply.
    pub imported: bool,
}

/// Gates that hold a problem *written for effgauge* to its format (docstring
/// examples, alternatives and the separation they show); an imported suite
/// has neither, and scoring does not need them.
pub const AUTHORING_GATES: [&str; 7] = [
    "examples",
    "weighted-floor",
    "alternatives",
    "separation",
    "slips",
    "near-ties",
    "discrimination",
];

impl Default for ValidateOptions {
    fn default() -> Self {
        ValidateOptions {
            alpha_gate: 2.0,
            min_reference_fuel: 1_000_000,
            max_reference_fuel: 2_000_000_000,
            alternative_cap_factor: 10.0,
            alternative_floor_fuel: 100_000_000,
            workers: 2,
            cache_dir: Some(default_cache_dir()),
            progress: false,
            imported: false,
        }
    }
}

impl ValidateOptions {
    /// The fuel limit of an alternative's call on a case.
    pub fn alternative_limit(&self, reference_fuel: u64) -> u64 {
        let capped = (reference_fuel as f64 * self.alternative_cap_factor).min(u64::MAX as f64);
        (capped as u64).max(self.alternative_floor_fuel)
    }
}

/// Validates every problem, `opts.workers` at a time; reports in order.
pub fn validate_many(
    engine: &SandboxEngine,
    problems: &[&Problem],
    opts: &ValidateOptions,
) -> Vec<ValidationReport> {
    each_with_progress(problems, opts, |problem| validate(engine, problem, opts))
}

/// Validates the `dialect` track of every problem that has one,
/// `opts.workers` at a time; reports in order.
pub fn validate_native_many(
    engine: &SandboxEngine,
    problems: &[&Problem],
    opts: &ValidateOptions,
    dialect: crate::native::Dialect,
) -> Vec<ValidationReport> {
    let tracks: Vec<&Problem> = problems
        .iter()
        .copied()
        .filter(|p| p.native(dialect).is_some())
        .collect();
    each_with_progress(&tracks, opts, |problem| {
        super::native::validate_native(engine, problem, opts, dialect)
            .expect("only problems with a track")
    })
}

/// `validate` over `problems` on the workers, a line per report on stderr
/// when `opts.progress` says so.
fn each_with_progress(
    problems: &[&Problem],
    opts: &ValidateOptions,
    validate: impl Fn(&Problem) -> ValidationReport + Sync,
) -> Vec<ValidationReport> {
    let total = problems.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    crate::parallel::map(problems, opts.workers, |problem| {
        let report = validate(problem);
        if opts.progress {
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            let failed: Vec<&str> = report.failures().map(|g| g.name).collect();
            let verdict = if failed.is_empty() {
                "pass".to_owned()
            } else {
                format!("FAIL ({})", failed.join(", "))
            };
            eprintln!(
                "[{n}/{total}] {}: {verdict} in {:.1} s",
                report.id, report.seconds
            );
        }
        report
    })
}

/// Validates one problem: the prompt and its examples, the inputs (generated
/// deterministically), the reference and every alternative on every case,
/// then the signal gates. Never fails: every failure is a failed gate.
pub fn validate(
    engine: &SandboxEngine,
    problem: &Problem,
    opts: &ValidateOptions,
) -> ValidationReport {
    let started = Instant::now();
    let (prompt, examples) = prompt::check_prompt(engine, problem);
    let mut gates = vec![prompt, examples];
    let mut report = ValidationReport::new(problem.id.clone(), problem.title.clone());
    match prepare_in(engine, problem, opts.cache_dir.as_deref(), None) {
        Err(e) => {
            gates.push(Gate::fail(
                "inputs",
                "the generator or the reference failed",
                vec![e.to_string()],
            ));
            for name in [
                "deterministic",
                "reference",
                "alternatives",
                "floor",
                "weighted-floor",
                "budget",
                "level0",
                "separation",
                "growth",
                "slips",
                "near-ties",
                "discrimination",
            ] {
                gates.push(Gate::skip(name));
            }
        }
        Ok(prepared) => {
            report.from_cache = prepared.from_cache;
            gates.push(Gate::pass(
                "inputs",
                format!(
                    "{} cases generated, the reference ran on each",
                    prepared.cases.len()
                ),
            ));
            gates.push(determinism(engine, problem, &prepared));
            gates.push(reference_gate(engine, problem, &prepared));
            report.alternatives = problem
                .alternatives
                .iter()
                .map(|alt| run_alternative(engine, problem, &prepared, alt, opts))
                .collect();
            gates.push(alternatives_gate(problem, &report.alternatives));
            gates.extend(gates::signal_gates(
                problem,
                &prepared,
                &report.alternatives,
                opts,
            ));
            let probe = |alt: &crate::Alternative, level: usize, limit: u64| {
                probe_level(engine, problem, &prepared, alt, level, limit, None)
            };
            gates.extend(authoring::authoring_gates(
                problem,
                &prepared,
                &report.alternatives,
                opts,
                &probe,
            ));
            report.levels = level_reports(problem, Some(&prepared));
        }
    }
    if report.levels.is_empty() {
        report.levels = level_reports(problem, None);
    }
    if opts.imported {
        for gate in &mut gates {
            if AUTHORING_GATES.contains(&gate.name) {
                *gate = gate.clone().relaxed();
            }
        }
    }
    report.finish(gates, started);
    report
}

pub(crate) fn level_reports(problem: &Problem, prepared: Option<&Prepared>) -> Vec<LevelReport> {
    problem
        .levels
        .iter()
        .enumerate()
        .map(|(i, l)| LevelReport {
            level: i,
            weight: l.weight,
            cases: l.cases,
            reference_fuel: prepared.map(|p| p.reference_level_fuel[i]),
            reference_peak_live_bytes: prepared
                .map(|p| p.reference_level_memory[i].peak_live_bytes),
        })
        .collect()
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Gate 2: the generator gives the same inputs in three runs (the prepared
/// ones, then twice over), and each input re-encodes to the very same bytes.
/// Every case runs in a fresh instance, so a generator cannot carry state
/// from one case to the next; this guards the sandbox's determinism.
fn determinism(engine: &SandboxEngine, problem: &Problem, prepared: &Prepared) -> Gate {
    let path = problem.file(GENERATOR).display().to_string();
    let runs = match generate_inputs(engine, problem, 2, None) {
        Ok(runs) => runs,
        Err(e) => return Gate::fail("deterministic", "a second run failed", vec![e.to_string()]),
    };
    let mut details = Vec::new();
    let mut all = Sha256::new();
    for (i, case) in prepared.cases.iter().enumerate() {
        let hashes = [sha(&case.args), sha(&runs[0][i]), sha(&runs[1][i])];
        all.update(&hashes[0]);
        if hashes.iter().any(|h| *h != hashes[0]) {
            details.push(format!(
                "{path}: level {} case {}: the input differs between runs (sha256 {} / {} / {})",
                case.level,
                case.case,
                &hashes[0][..12],
                &hashes[1][..12],
                &hashes[2][..12]
            ));
        }
        let canonical = marshal::decode(&case.args).map(|v| marshal::encode(&v));
        if canonical.as_deref().ok() != Some(case.args.as_slice()) {
            details.push(format!(
                "{path}: level {} case {}: the input does not serialize canonically",
                case.level, case.case
            ));
        }
    }
    let n = prepared.cases.len();
    Gate::check(
        "deterministic",
        details.is_empty(),
        format!(
            "{n} inputs, 3 runs, sha256 {}",
            &hex::encode(all.finalize())[..16]
        ),
        details,
    )
}

/// Gate 3a: the reference passes every test. Its outputs are the expected
/// ones, so this only says something with a checker: the checker must
/// accept the reference's own output on every case.
fn reference_gate(engine: &SandboxEngine, problem: &Problem, prepared: &Prepared) -> Gate {
    let n = prepared.cases.len();
    if problem.checker.is_none() {
        return Gate::pass(
            "reference",
            format!("{n}/{n} cases (its outputs are the expected ones)"),
        );
    }
    let items: Vec<CheckItem> = prepared
        .cases
        .iter()
        .map(|c| CheckItem {
            args: &c.args,
            expected: &c.expected,
            output: &c.expected,
        })
        .collect();
    let verdicts = match check_verdicts(engine, problem, &items) {
        Ok(v) => v,
        Err(e) => return Gate::fail("reference", "the checker failed", vec![e.to_string()]),
    };
    let path = problem.file(crate::CHECKER).display().to_string();
    let details: Vec<String> = prepared
        .cases
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| !v.correct)
        .map(|(c, v)| {
            format!(
                "{path}: level {} case {}: rejects the reference's output{}",
                c.level,
                c.case,
                v.reason
                    .as_ref()
                    .map(|r| format!(": {r}"))
                    .unwrap_or_default()
            )
        })
        .collect();
    let ok = n - details.len();
    Gate::check(
        "reference",
        details.is_empty(),
        format!("the checker accepts the reference's output on {ok}/{n} cases"),
        details,
    )
}

/// Gate 3b: there are at least two alternatives, and every one is right on
/// every case it ran.
fn alternatives_gate(problem: &Problem, alternatives: &[AlternativeReport]) -> Gate {
    let folder = problem.file(crate::ALTERNATIVES).display().to_string();
    alternatives_gate_of(alternatives, 2, &folder, "py")
}

/// Gate 3b for the alternatives in `folder` (files `*.{ext}`), at least
/// `needed` of them.
pub(crate) fn alternatives_gate_of(
    alternatives: &[AlternativeReport],
    needed: usize,
    folder: &str,
    ext: &str,
) -> Gate {
    if alternatives.len() < needed {
        return Gate::fail(
            "alternatives",
            format!(
                "found {} alternative solution(s), the format needs at least {needed}",
                alternatives.len()
            ),
            vec![format!(
                "{folder}: add correct, differently efficient <name>.{ext} (at least {needed})"
            )],
        );
    }
    let failing = alternatives
        .iter()
        .filter(|a| !a.failures.is_empty())
        .count();
    let censored: Vec<String> = alternatives
        .iter()
        .filter_map(|a| {
            a.censored_at
                .as_ref()
                .map(|at| format!("`{}` censored at {at}", a.name))
        })
        .collect();
    let mut details: Vec<String> = alternatives
        .iter()
        .flat_map(|a| a.failures.clone())
        .collect();
    let figure = format!(
        "{}/{} correct on every case they ran, {} censored",
        alternatives.len() - failing,
        alternatives.len(),
        censored.len()
    );
    details.extend(censored);
    Gate::check("alternatives", failing == 0, figure, details)
}
