//! Running an alternative over every case under its fuel limit (step 3 of
//! the validator): a multiple of the reference's cost on the same case, so
//! a slow algorithm is stopped (censored) rather than left to run for long.
//! The run is the judge's ([`crate::judge()`], the one scoring uses), with
//! the rules of trusted code: it goes on after a wrong answer, and a limit
//! hit is censored by the plain rule [`crate::censored`], without re-runs.

use super::report::{format_fuel, AlternativeLevel, AlternativeReport};
use crate::prepare::guest::{self, describe};
use crate::{judge, Alternative, Fate, JudgeRules, Judgement, OnLimit, Prepared, Problem, Stop};
use crate::{ValidateOptions, ALTERNATIVES};
use effgauge_sandboxes::{CallSpec, Flow, Job, Meter, SandboxEngine, Status, WasmProgram};
use std::sync::Arc;

const MAX_FAILURES: usize = 5;

/// Runs one alternative on every case under its fuel limit, stopping at the
/// first case that hits a limit, through the judge ([`crate::judge()`])
/// with the trusted rule, and reports each level's fuel and every failing
/// case.
pub(crate) fn run_alternative(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    alt: &Alternative,
    opts: &ValidateOptions,
) -> AlternativeReport {
    let path = problem
        .file(ALTERNATIVES)
        .join(format!("{}.py", alt.name))
        .display()
        .to_string();
    run_program(engine, problem, prepared, alt, opts, None, path)
}

/// [`run_alternative`] of a compiled program (`None`: the source as
/// Python), named `path` in its failures.
pub(crate) fn run_program(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    alt: &Alternative,
    opts: &ValidateOptions,
    program: Option<Arc<WasmProgram>>,
    path: String,
) -> AlternativeReport {
    let rules = JudgeRules {
        fuel_limits: prepared
            .cases
            .iter()
            .map(|c| opts.alternative_limit(c.reference_fuel))
            .collect(),
        meter: Meter::Fuel,
        seed: guest::job_seed(None, problem),
        on_limit: OnLimit::Trusted,
        stop: Stop::FirstLimit,
        program,
    };
    let mut report = AlternativeReport {
        name: alt.name.clone(),
        levels: Vec::new(),
        failures: Vec::new(),
        censored_at: None,
    };
    let judgement = match judge(engine, problem, prepared, &alt.source, &rules) {
        Ok(judgement) => judgement,
        Err(e) => {
            report.failures.push(e.to_string());
            return report;
        }
    };
    if let Some(error) = &judgement.run.import_error {
        report
            .failures
            .push(format!("{path}: failed to load: {error}"));
        return report;
    }
    let levels = Levels::of(problem, prepared, &rules, &judgement, &path, &mut report);
    report.levels = levels.report(prepared);
    report
}

/// Each level's largest fuel and cases run, and where it was censored.
struct Levels {
    fuel: Vec<Option<u64>>,
    memory: Vec<Option<u64>>,
    cases_run: Vec<usize>,
    censored: Option<usize>,
}

impl Levels {
    /// Reads the judgement case by case; failing cases go to `report`.
    fn of(
        problem: &Problem,
        prepared: &Prepared,
        rules: &JudgeRules,
        judgement: &Judgement,
        path: &str,
        report: &mut AlternativeReport,
    ) -> Levels {
        let mut levels = Levels {
            fuel: vec![None; problem.levels.len()],
            memory: vec![None; problem.levels.len()],
            cases_run: vec![0; problem.levels.len()],
            censored: None,
        };
        let mut failures = Vec::new();
        let cases = prepared.cases.iter().zip(&judgement.run.calls);
        for (i, (case, call)) in cases.enumerate() {
            let at = format!("{path}: level {} case {}", case.level, case.case);
            let figure = match &judgement.fates[i] {
                Fate::Right => {
                    let slot = &mut levels.memory[case.level];
                    *slot = Some(slot.unwrap_or(0).max(call.memory.peak_live_bytes));
                    Some(call.cost.fuel)
                }
                Fate::Wrong(reason) => {
                    let output = call.output.as_ref().map(|o| o.to_json().to_string());
                    failures.push(format!(
                        "{at}: wrong answer: got {}, expected {}{}",
                        short(&output.unwrap_or_default()),
                        short(&case.expected.to_json().to_string()),
                        reason
                            .as_ref()
                            .map(|r| format!(" ({r})"))
                            .unwrap_or_default()
                    ));
                    Some(call.cost.fuel)
                }
                Fate::Censored => {
                    report.censored_at = Some(format!(
                        "level {} case {}: {} (limit {} fuel)",
                        case.level,
                        case.case,
                        describe(call),
                        format_fuel(rules.fuel_limits[i])
                    ));
                    levels.censored.get_or_insert(case.level);
                    // Out of fuel: it would have cost at least the limit. Out
                    // of memory or stack: at least what it had spent.
                    Some(if call.status == Status::Timeout {
                        rules.fuel_limits[i]
                    } else {
                        call.cost.fuel
                    })
                }
                Fate::NotRun => None,
                Fate::Failed => {
                    failures.push(format!("{at}: {}", describe(call)));
                    Some(call.cost.fuel)
                }
            };
            if let Some(f) = figure {
                levels.cases_run[case.level] += 1;
                let slot = &mut levels.fuel[case.level];
                *slot = Some(slot.unwrap_or(0).max(f));
            }
        }
        if failures.len() > MAX_FAILURES {
            let more = failures.len() - MAX_FAILURES;
            failures.truncate(MAX_FAILURES);
            failures.push(format!("{path}: ... and {more} more failing case(s)"));
        }
        report.failures = failures;
        levels
    }

    fn report(&self, prepared: &Prepared) -> Vec<AlternativeLevel> {
        (0..self.fuel.len())
            .map(|l| {
                let reference = prepared.reference_level_fuel[l];
                AlternativeLevel {
                    fuel: self.fuel[l],
                    ratio: self.fuel[l]
                        .filter(|_| reference > 0)
                        .map(|f| f as f64 / reference as f64),
                    censored: self.censored.is_some_and(|c| c <= l),
                    cases_run: self.cases_run[l],
                    peak_live_bytes: self.memory[l].filter(|_| self.censored.is_none_or(|c| c > l)),
                }
            })
            .collect()
    }
}

/// Runs `alt` on the cases of `level` alone, each with the fuel limit
/// `limit` (the discrimination gate's probe, see
/// [`super::authoring`]): its largest fuel there, and whether a case ran
/// out (then that figure is the limit, a lower bound). `None` when it
/// fails otherwise; the correctness of what it answers was the
/// `alternatives` gate's business.
pub(crate) fn probe_level(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    alt: &Alternative,
    level: usize,
    limit: u64,
    program: Option<Arc<WasmProgram>>,
) -> Option<(u64, bool)> {
    let calls = prepared
        .cases
        .iter()
        .filter(|c| c.level == level)
        .map(|c| c.call(Some(limit)))
        .collect();
    let mut job = alternative_job(problem, prepared, alt, calls);
    job.program = program;
    let run = guest::run(engine, problem, job).ok()?;
    if run.import_error.is_some() {
        return None;
    }
    let mut largest = 0;
    for call in &run.calls {
        match call.status {
            Status::Ok => largest = largest.max(call.cost.fuel),
            Status::Timeout => return Some((limit, true)),
            // Out of memory or stack: at least what it had spent.
            status if status.is_limit() => return Some((call.cost.fuel, true)),
            Status::NotRun => {}
            _ => return None,
        }
    }
    Some((largest, false))
}

/// A job running `alt` on `calls`, as the validator runs every
/// alternative: the problem's limits and seed, the prompt's import as its
/// allowance, stopped at the first limit hit.
fn alternative_job(
    problem: &Problem,
    prepared: &Prepared,
    alt: &Alternative,
    calls: Vec<CallSpec>,
) -> Job {
    let mut job = guest::program_job(problem, alt.source.clone(), calls);
    job.compile_allowance = prepared.compile_allowance;
    job.cache_sampling_key = prepared.cache_sampling_key;
    job.judge = Some(Arc::new(|_, call| {
        if call.status.is_limit() {
            Flow::Stop
        } else {
            Flow::Continue
        }
    }));
    job
}

fn short(text: &str) -> String {
    if text.chars().count() <= 80 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(80).collect::<String>())
    }
}
