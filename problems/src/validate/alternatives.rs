//! Running an alternative over every case under its fuel limit (step 3 of
//! the validator): a multiple of the reference's cost on the same case, so
//! a slow algorithm is stopped (censored) rather than left to run for long.
//! Which limit hits are censored rather than failures is [`censored`]'s
//! rule, the same as scoring's.

use super::report::{format_fuel, AlternativeLevel, AlternativeReport};
use crate::judge::check::{check_verdicts, CheckItem};
use crate::prepare::guest::{self, describe};
use crate::{censored, Alternative, Prepared, Problem, ValidateOptions, ALTERNATIVES};
use effgauge_sandboxes::{CallSpec, Flow, Job, SandboxEngine, Status};
use std::sync::Arc;

const MAX_FAILURES: usize = 5;

/// Runs one alternative on every case under its fuel limit, stopping at the
/// first case that hits a limit, and checks its outputs.
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
    let limits: Vec<u64> = prepared
        .cases
        .iter()
        .map(|c| opts.alternative_limit(c.reference_fuel))
        .collect();
    let calls = prepared.calls(|c| Some(opts.alternative_limit(c.reference_fuel)));
    let job = alternative_job(problem, prepared, alt, calls);
    let mut report = AlternativeReport {
        name: alt.name.clone(),
        levels: Vec::new(),
        failures: Vec::new(),
        censored_at: None,
    };
    let run = match guest::run(engine, problem, job) {
        Ok(run) => run,
        Err(e) => {
            report.failures.push(e.to_string());
            return report;
        }
    };
    if let Some(error) = &run.import_error {
        report
            .failures
            .push(format!("{path}: failed to load: {error}"));
        return report;
    }
    let answered: Vec<usize> = (0..run.calls.len())
        .filter(|&i| run.calls[i].status == Status::Ok && run.calls[i].output.is_some())
        .collect();
    let items: Vec<CheckItem> = answered
        .iter()
        .map(|&i| CheckItem {
            args: &prepared.cases[i].args,
            expected: &prepared.cases[i].expected,
            output: run.calls[i].output.as_ref().expect("answered"),
        })
        .collect();
    let verdicts = match check_verdicts(engine, problem, &items) {
        Ok(v) => v,
        Err(e) => {
            report.failures.push(e.to_string());
            return report;
        }
    };
    let mut wrong = vec![None; run.calls.len()];
    for (&i, v) in answered.iter().zip(verdicts) {
        if !v.correct {
            wrong[i] = Some(v.reason);
        }
    }
    let mut failures = Vec::new();
    let mut censored_level = None;
    let mut level_fuel: Vec<Option<u64>> = vec![None; problem.levels.len()];
    let mut cases_run = vec![0; problem.levels.len()];
    for (i, (call, case)) in run.calls.iter().zip(&prepared.cases).enumerate() {
        let at = format!("{path}: level {} case {}", case.level, case.case);
        let figure = match call.status {
            Status::Ok => match &wrong[i] {
                None => Some(call.cost.fuel),
                Some(reason) => {
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
            },
            status if censored(status, call.cost.fuel, case.reference_fuel) => {
                report.censored_at = Some(format!(
                    "level {} case {}: {} (limit {} fuel)",
                    case.level,
                    case.case,
                    describe(call),
                    format_fuel(limits[i])
                ));
                censored_level.get_or_insert(case.level);
                // Out of fuel: it would have cost at least the limit. Out of
                // memory or stack: at least what it had spent.
                Some(if status == Status::Timeout {
                    limits[i]
                } else {
                    call.cost.fuel
                })
            }
            Status::NotRun => None,
            _ => {
                failures.push(format!("{at}: {}", describe(call)));
                Some(call.cost.fuel)
            }
        };
        if let Some(f) = figure {
            cases_run[case.level] += 1;
            let slot = &mut level_fuel[case.level];
            *slot = Some(slot.unwrap_or(0).max(f));
        }
    }
    if failures.len() > MAX_FAILURES {
        let more = failures.len() - MAX_FAILURES;
        failures.truncate(MAX_FAILURES);
        failures.push(format!("{path}: ... and {more} more failing case(s)"));
    }
    report.failures = failures;
    report.levels = (0..problem.levels.len())
        .map(|l| {
            let reference = prepared.reference_level_fuel[l];
            AlternativeLevel {
                fuel: level_fuel[l],
                ratio: level_fuel[l]
                    .filter(|_| reference > 0)
                    .map(|f| f as f64 / reference as f64),
                censored: censored_level.is_some_and(|c| c <= l),
                cases_run: cases_run[l],
            }
        })
        .collect();
    report
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
) -> Option<(u64, bool)> {
    let calls = prepared
        .cases
        .iter()
        .filter(|c| c.level == level)
        .map(|c| c.call(Some(limit)))
        .collect();
    let job = alternative_job(problem, prepared, alt, calls);
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
    let mut job = Job::new(alt.source.clone(), problem.entry_point.clone(), calls);
    job.limits = guest::limits(problem);
    job.seed = guest::job_seed(None, problem);
    job.compile_allowance = prepared.compile_allowance;
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
