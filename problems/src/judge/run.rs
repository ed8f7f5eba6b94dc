//! The judge: one program over every case of a prepared problem, each case
//! in a fresh sandbox instance, and what each case came to.
//!
//! Scoring judges candidates with it and the validator the suite's own
//! alternatives; they differ only in their [`Rules`]: each case's fuel
//! limit, where the run stops ([`Stop`]), and what a limit hit means
//! ([`OnLimit`]). A candidate's run stops at its first case that is not
//! right, and a limit hit above level 0 is censored only by its profile's
//! rule, under effgauge's after a re-run that verifies its answer
//! ([`crate::judge::verify`]). The validator's run goes on after a wrong
//! answer (so its report can list them) and stops at a limit hit, which is
//! censored by the plain rule [`censored`]: the alternatives are trusted.

use super::outcome::{Fate, SampleOutcome};
use super::verify;
use crate::prepare::guest;
use crate::{censored, check_verdicts, CheckItem, LimitRule, Prepared, Problem, ProblemsError};
use crate::{Profile, VerifyBudget};
use effgauge_metrics::Verdict;
use effgauge_sandboxes::{
    CallSpec, Flow, Job, Limits, MemoryUse, Meter, RunReport, SandboxEngine, Status, WasmProgram,
};
use std::sync::Arc;

/// The version of the judge's rules: raised whenever what it decides for
/// the same run can change (what stops a run, what a limit hit means, how
/// a re-run verifies), so that outcomes kept across runs (the outcome
/// cache) are never read under other rules.
pub const JUDGE_VERSION: u32 = 1;

/// How a program is run and judged.
#[derive(Debug, Clone)]
pub struct Rules {
    /// Each case's fuel limit, in the order of the prepared cases.
    pub fuel_limits: Vec<u64>,
    /// Which figure is a case's cost.
    pub meter: Meter,
    /// Seeds the guest's random sources.
    pub seed: u64,
    pub on_limit: OnLimit,
    pub stop: Stop,
    /// The program compiled to WebAssembly (a C++ candidate, see
    /// [`crate::cpp`]); `None` runs the source as Python.
    pub program: Option<Arc<WasmProgram>>,
}

/// What a limit hit above level 0 means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnLimit {
    /// A candidate's: its profile's rule ([`Profile::on_limit`]), verifying
    /// a hit by a re-run with this multiple of its limits where the rule
    /// says so.
    Profile {
        profile: Profile,
        verify_multiple: u64,
    },
    /// The suite's own solutions: the plain rule [`censored`], no re-run.
    Trusted,
}

/// Where a run stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// At the first case that is not right (a candidate's run).
    FirstFailure,
    /// At the first limit hit, going on after wrong answers and errors
    /// (the validator's, to list every failing case).
    FirstLimit,
}

/// The judge's decision on a program.
#[derive(Debug, Clone)]
pub struct Judgement {
    /// The whole run's verdict, cost per level and where it stopped.
    pub outcome: SampleOutcome,
    /// Each case's fate, in the order of the prepared cases.
    pub fates: Vec<Fate>,
    /// The sandbox's report, with the statuses of rejected answers set to
    /// `wrong` (and the cases after a candidate's first one `not_run`).
    pub run: RunReport,
}

/// Runs `program` over every case of `prepared` and judges it by `rules`.
pub fn judge(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    program: &str,
    rules: &Rules,
) -> Result<Judgement, ProblemsError> {
    let job = job(problem, prepared, program, rules);
    let mut run = guest::run(engine, problem, job.clone())?;
    let reasons = check(engine, problem, prepared, &mut run, rules.stop)?;
    let mut fates = fates(&run, reasons);
    let mut outcome = reduce(problem, prepared, &run, rules.meter);
    let first = run.calls.iter().position(|c| c.status != Status::Ok);
    if let (OnLimit::Trusted, Some(_)) = (rules.on_limit, first) {
        censor_trusted(prepared, &run, &mut fates);
    }
    if let Some(index) = first.filter(|&i| prepared.cases[i].level > 0) {
        let failure = Failure {
            engine,
            problem,
            prepared,
            job: &job,
            run: &run,
            index,
        };
        if failure.decide(rules.on_limit, &mut outcome)? {
            fates[index] = Fate::Censored;
        }
    }
    Ok(Judgement {
        outcome,
        fates,
        run,
    })
}

/// The job: every case with its fuel limit and output cap, the problem's
/// memory and compile allowance, and a judge that stops where `rules` say
/// (comparing outputs as they come when the problem has no checker and the
/// run stops at the first wrong one).
fn job(problem: &Problem, prepared: &Prepared, program: &str, rules: &Rules) -> Job {
    let calls: Vec<CallSpec> = prepared
        .cases
        .iter()
        .zip(&rules.fuel_limits)
        .map(|(case, &limit)| case.call(Some(limit)))
        .collect();
    let mut job = crate::prepare::guest::program_job(problem, program, calls);
    job.meter = rules.meter;
    job.seed = rules.seed;
    job.cache_sampling_key = prepared.cache_sampling_key;
    job.compile_allowance = prepared.compile_allowance;
    job.program = rules.program.clone();
    job.limits = Limits {
        fuel_per_call: None,
        memory_bytes: problem.memory_bytes(),
        ..Limits::default()
    };
    let compare_here = rules.stop == Stop::FirstFailure && problem.checker.is_none();
    let stop = rules.stop;
    let compare = problem.compare;
    // Shared with the prepared problem: no run copies an expected output.
    let expected: Vec<Arc<_>> = prepared
        .cases
        .iter()
        .map(|c| Arc::clone(&c.expected))
        .collect();
    job.judge = Some(Arc::new(move |i, report| {
        if report.status.is_limit() {
            return Flow::Stop;
        }
        if report.status != Status::Ok {
            return match stop {
                Stop::FirstFailure => Flow::Stop,
                Stop::FirstLimit => Flow::Continue,
            };
        }
        if compare_here {
            let right = report
                .output
                .as_ref()
                .is_some_and(|o| compare.accepts(&expected[i], o));
            if !right {
                report.status = Status::Wrong;
                return Flow::Stop;
            }
        }
        Flow::Continue
    }));
    job
}

/// Judges the answers the run's judge did not: all of them with a checker
/// (in its own sandbox) or when the run went on after wrong ones. Rejected
/// answers become `wrong` (and a candidate's cases after its first one
/// `not_run`); returns each case's rejection reason.
fn check(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    run: &mut RunReport,
    stop: Stop,
) -> Result<Vec<Option<String>>, ProblemsError> {
    let mut reasons = vec![None; run.calls.len()];
    if problem.checker.is_none() && stop == Stop::FirstFailure {
        return Ok(reasons);
    }
    let answered: Vec<usize> = (0..run.calls.len())
        .filter(|&i| run.calls[i].status == Status::Ok && run.calls[i].output.is_some())
        .collect();
    let items: Vec<CheckItem<'_>> = answered
        .iter()
        .map(|&i| CheckItem {
            args: &prepared.cases[i].args,
            expected: &prepared.cases[i].expected,
            output: run.calls[i].output.as_ref().expect("answered"),
        })
        .collect();
    let verdicts = check_verdicts(engine, problem, &items)?;
    for (&i, verdict) in answered.iter().zip(verdicts) {
        if verdict.correct {
            continue;
        }
        run.calls[i].status = Status::Wrong;
        reasons[i] = verdict.reason;
        if stop == Stop::FirstFailure {
            for call in &mut run.calls[i + 1..] {
                call.status = Status::NotRun;
            }
            break;
        }
    }
    Ok(reasons)
}

/// Each case's fate from its (checked) status; limit hits are failures
/// until a rule censors them.
fn fates(run: &RunReport, mut reasons: Vec<Option<String>>) -> Vec<Fate> {
    run.calls
        .iter()
        .enumerate()
        .map(|(i, call)| match call.status {
            Status::Ok => Fate::Right,
            Status::Wrong => Fate::Wrong(reasons[i].take()),
            Status::NotRun => Fate::NotRun,
            _ => Fate::Failed,
        })
        .collect()
}

/// Under the trusted rule, every limit hit that [`censored`] censors is
/// censored, whatever came before it (the validator reports it).
fn censor_trusted(prepared: &Prepared, run: &RunReport, fates: &mut [Fate]) {
    for (i, call) in run.calls.iter().enumerate() {
        if call.status.is_limit()
            && censored(
                call.status,
                call.cost.fuel,
                prepared.cases[i].reference_fuel,
            )
        {
            fates[i] = Fate::Censored;
        }
    }
}

/// Per-level costs up to the first case that is not right, and a
/// provisional verdict: correct, or wrong where it failed (the rules of
/// [`Failure::decide`] may censor it).
fn reduce(problem: &Problem, prepared: &Prepared, run: &RunReport, meter: Meter) -> SampleOutcome {
    let mut level_cost: Vec<Option<u64>> = vec![Some(0); problem.levels.len()];
    let mut level_memory = vec![Some(MemoryUse::default()); problem.levels.len()];
    let mut outcome = SampleOutcome {
        verdict: Verdict::Correct,
        status: Status::Ok,
        failed_at: None,
        error: None,
        level_cost: Vec::new(),
        level_memory: Vec::new(),
        peak_memory_bytes: run.peak_memory_bytes,
        verification: None,
        warnings: Vec::new(),
    };
    for (case, call) in prepared.cases.iter().zip(&run.calls) {
        if call.status != Status::Ok {
            outcome.status = call.status;
            outcome.failed_at = Some((case.level as u32, case.case as u32));
            outcome.error = call
                .error
                .clone()
                .or_else(|| (call.status == Status::Wrong).then(|| "wrong answer".to_owned()));
            outcome.verdict = Verdict::Wrong;
            for cost in &mut level_cost[case.level..] {
                *cost = None;
            }
            for memory in &mut level_memory[case.level..] {
                *memory = None;
            }
            break;
        }
        let figure = call.cost.get(meter).unwrap_or(0);
        if let Some(slot) = &mut level_cost[case.level] {
            *slot = (*slot).max(figure);
        }
        if let Some(slot) = &mut level_memory[case.level] {
            *slot = slot.max(call.memory);
        }
    }
    outcome.level_cost = level_cost;
    outcome.level_memory = level_memory;
    outcome
}

/// The first case that was not right, above level 0, with everything needed
/// to decide what it means.
pub(super) struct Failure<'a> {
    pub engine: &'a SandboxEngine,
    pub problem: &'a Problem,
    pub prepared: &'a Prepared,
    pub job: &'a Job,
    pub run: &'a RunReport,
    pub index: usize,
}

impl Failure<'_> {
    /// Applies the limit rule to the outcome; true when the case is
    /// censored.
    fn decide(
        &self,
        on_limit: OnLimit,
        outcome: &mut SampleOutcome,
    ) -> Result<bool, ProblemsError> {
        let call = &self.run.calls[self.index];
        let level = self.prepared.cases[self.index].level;
        let rule = match on_limit {
            OnLimit::Profile { profile, .. } => profile.on_limit(call),
            OnLimit::Trusted => {
                let reference = self.prepared.cases[self.index].reference_fuel;
                if censored(call.status, call.cost.fuel, reference) {
                    LimitRule::Censor
                } else {
                    LimitRule::Wrong
                }
            }
        };
        match rule {
            LimitRule::Wrong => Ok(false),
            LimitRule::Censor => {
                outcome.verdict = Verdict::Censored { level };
                Ok(true)
            }
            LimitRule::Unverifiable => {
                outcome.status = Status::Unverified;
                outcome.error = Some(format!(
                    "{}: a stack overflow is not verified (the stack is fixed by the runtime, so \
                     a re-run would overflow again)",
                    call.error.as_deref().unwrap_or("stack limit")
                ));
                Ok(false)
            }
            LimitRule::Verify => {
                let OnLimit::Profile {
                    verify_multiple, ..
                } = on_limit
                else {
                    unreachable!("only a profile asks for verification")
                };
                let verification = verify::rerun(self, verify_multiple)?;
                let right = verification.status == Status::Ok;
                if right {
                    outcome.verdict = Verdict::Censored { level };
                } else {
                    outcome.status = Status::Unverified;
                    outcome.error = Some(verify::unverified_message(call, &verification));
                }
                outcome.verification = Some(verification);
                Ok(right)
            }
        }
    }

    /// The verification budget of this case under `multiple`.
    pub(super) fn budget(&self, multiple: u64) -> VerifyBudget {
        let spec = &self.job.calls[self.index];
        VerifyBudget::new(
            multiple,
            spec.fuel_limit.unwrap_or(self.job.limits.fuel_total),
            self.job.limits.memory_bytes,
            self.run.calls[self.index].status == Status::Memory,
            self.job.limits.wall_per_call,
        )
    }
}
