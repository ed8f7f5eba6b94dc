//! Running one distinct sample over every test case of its problem, level
//! by level, each case in a fresh sandbox instance, and reducing the calls
//! to a verdict.
//!
//! The run stops at the first wrong answer or the first limit hit. Each call
//! gets the fuel limit of ENAMEL's time limit, α times the reference's cost
//! (the largest over the weighted levels, or the level's own with the
//! per-level limit; never below α times the case's own reference cost), so
//! a sample is stopped exactly where ENAMEL would stop it, and
//! deterministically. Unlike ENAMEL, a limit hit is censored (correct but
//! too slow) only once its answer is verified: the case runs once more
//! under a [`VerifyBudget`], and only a correct answer there is censored;
//! anything else is wrong with status `unverified`. So giving up (looping,
//! allocating without end) never earns more than a wrong answer.
//! `--profile enamel` applies ENAMEL's rule instead ([`Profile`]).
//!
//! Every call also has an output cap (a multiple of the reference's output),
//! and the job the prompt's compile as its allowance, so only compiling
//! beyond the prompt's is charged to each case.

use crate::ScoringError;
use effgauge_problems::{
    check_output, check_outputs, CheckItem, LimitRule, Prepared, Problem, Profile, VerifyBudget,
};
use effgauge_sandboxes::{CallReport, Flow, Job, Limits, Meter, RunReport, SandboxEngine, Status};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What a sample did, enough to score it: journaled as it finishes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SampleOutcome {
    pub verdict: Verdict,
    /// The sandbox status that decided the verdict (`ok` when correct).
    pub status: Status,
    pub failed_at: Option<(u32, u32)>,
    pub error: Option<String>,
    /// Per level, the slowest case under the meter; `None` from where it stopped.
    pub level_cost: Vec<Option<u64>>,
    pub peak_memory_bytes: u64,
    /// The re-run that checked a limit hit's answer, if there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

/// The re-run of a case that hit a limit, under a verification budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verification {
    /// Its fuel limit (on the charged cost, as every call's).
    pub fuel_limit: u64,
    pub memory_bytes: u64,
    /// How it ended: `ok` (a correct answer: censored), `wrong`, or the
    /// limit or failure that ended it.
    pub status: Status,
    /// What it was charged (at most the limit).
    pub fuel: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Correct,
    Wrong,
    Censored { level: u32 },
}

impl Verdict {
    /// The verdict as the results schema names it.
    pub fn schema(self) -> effgauge_reports::schema::Verdict {
        use effgauge_reports::schema::Verdict as Schema;
        match self {
            Verdict::Correct => Schema::Correct,
            Verdict::Wrong => Schema::Wrong,
            Verdict::Censored { .. } => Schema::Censored,
        }
    }

    pub fn name(self) -> &'static str {
        self.schema().name()
    }
}

/// The knobs of a scoring run that change what a sample's outcome is.
#[derive(Debug, Clone)]
pub struct RunSettings {
    pub meter: Meter,
    pub alpha: f64,
    pub per_level_limit: bool,
    pub weights: Vec<f64>,
    pub seed: u64,
    /// Whose rules decide which limit hits are censored.
    pub profile: Profile,
    /// The verification budget's multiple of a case's limits.
    pub verify_multiple: u64,
}

impl RunSettings {
    /// These settings for `problem`: its own α where it declares one (as
    /// `run` does), the run's otherwise.
    pub fn for_problem(&self, problem: &Problem) -> RunSettings {
        RunSettings {
            alpha: problem.alpha.unwrap_or(self.alpha),
            ..self.clone()
        }
    }

    /// The fuel limit of each level's calls.
    pub fn fuel_limits(&self, reference_level_fuel: &[u64]) -> Vec<u64> {
        let weighted = |l: usize| self.weights.get(l).copied().unwrap_or(1.0) > 0.0;
        let top = (0..reference_level_fuel.len())
            .filter(|&l| weighted(l))
            .map(|l| reference_level_fuel[l])
            .max()
            .unwrap_or(0);
        let single = scaled(top, self.alpha);
        (0..reference_level_fuel.len())
            .map(|l| {
                if self.per_level_limit && weighted(l) {
                    scaled(reference_level_fuel[l], self.alpha)
                } else {
                    single
                }
            })
            .collect()
    }
}

/// α × cost, never below a floor that keeps tiny corner cases runnable.
fn scaled(cost: u64, alpha: f64) -> u64 {
    ((cost as f64 * alpha).ceil() as u64).max(50_000_000)
}

/// Runs `source` over every case of `prepared`.
pub fn run_sample(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    source: &str,
    settings: &RunSettings,
) -> Result<SampleOutcome, ScoringError> {
    let settings = &settings.for_problem(problem);
    let job = sample_job(problem, prepared, source, settings);
    let mut run = engine.run(job.clone())?;
    apply_checker(engine, problem, prepared, &mut run)?;
    let mut outcome = reduce(problem, prepared, &run, settings);
    if let Some(index) = first_failure(&run) {
        let sample = SampleRun {
            engine,
            problem,
            prepared,
            job: &job,
            run: &run,
            settings,
        };
        sample.judge_failure(index, &mut outcome)?;
    }
    Ok(outcome)
}

/// The job of a sample: every case with its fuel limit, the problem's
/// memory, the problem's compile allowance, and a judge that stops at
/// the first call that is not a right answer.
fn sample_job(problem: &Problem, prepared: &Prepared, source: &str, settings: &RunSettings) -> Job {
    let limits_by_level = settings.fuel_limits(&prepared.reference_level_fuel);
    // Never below α × this case's own reference cost, so the reference
    // itself always passes (a corner case may cost more than the top level).
    let calls = prepared
        .calls(|c| Some(limits_by_level[c.level].max(scaled(c.reference_fuel, settings.alpha))));
    let mut job = Job::new(source, problem.entry_point.clone(), calls);
    job.meter = settings.meter;
    job.seed = settings.seed;
    job.compile_allowance = prepared.compile_allowance;
    job.limits = Limits {
        fuel_per_call: None,
        memory_bytes: problem.memory_bytes(),
        ..Limits::default()
    };
    let has_checker = problem.checker.is_some();
    let compare = problem.compare;
    // Shared with the prepared problem: no sample copies an expected output.
    let expected: Vec<Arc<_>> = prepared
        .cases
        .iter()
        .map(|c| Arc::clone(&c.expected))
        .collect();
    job.judge = Some(Arc::new(move |i, report| {
        if report.status != Status::Ok {
            return Flow::Stop;
        }
        if !has_checker {
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

/// With a checker, the outputs that came back are judged in its own
/// sandbox; the first it rejects is wrong and the run ends there.
fn apply_checker(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    run: &mut RunReport,
) -> Result<(), ScoringError> {
    if problem.checker.is_none() {
        return Ok(());
    }
    let done: Vec<usize> = (0..run.calls.len())
        .filter(|&i| run.calls[i].status == Status::Ok)
        .collect();
    let items: Vec<CheckItem<'_>> = done
        .iter()
        .map(|&i| CheckItem {
            args: &prepared.cases[i].args,
            expected: &prepared.cases[i].expected,
            output: run.calls[i].output.as_ref().expect("ok calls have outputs"),
        })
        .collect();
    let verdicts = check_outputs(engine, problem, &items)?;
    if let Some(pos) = verdicts.iter().position(|ok| !ok) {
        let wrong = done[pos];
        run.calls[wrong].status = Status::Wrong;
        for call in &mut run.calls[wrong + 1..] {
            call.status = Status::NotRun;
        }
    }
    Ok(())
}

/// The first call that did not answer right, if any.
fn first_failure(run: &RunReport) -> Option<usize> {
    run.calls.iter().position(|c| c.status != Status::Ok)
}

/// Per-level costs up to the first failure, and a provisional verdict:
/// correct, or wrong where it failed ([`judge_failure`] decides).
fn reduce(
    problem: &Problem,
    prepared: &Prepared,
    run: &RunReport,
    settings: &RunSettings,
) -> SampleOutcome {
    let mut level_cost: Vec<Option<u64>> = vec![Some(0); problem.levels.len()];
    let mut outcome = SampleOutcome {
        verdict: Verdict::Correct,
        status: Status::Ok,
        failed_at: None,
        error: None,
        level_cost: Vec::new(),
        peak_memory_bytes: run.peak_memory_bytes,
        verification: None,
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
            break;
        }
        let figure = call.cost.get(settings.meter).unwrap_or(0);
        if let Some(slot) = &mut level_cost[case.level] {
            *slot = (*slot).max(figure);
        }
    }
    outcome.level_cost = level_cost;
    outcome
}

/// A sample's run, with everything needed to judge how it ended.
struct SampleRun<'a> {
    engine: &'a SandboxEngine,
    problem: &'a Problem,
    prepared: &'a Prepared,
    job: &'a Job,
    run: &'a RunReport,
    settings: &'a RunSettings,
}

/// Held while a re-run with raised memory runs (see [`SampleRun::verify`]).
static VERIFYING: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl SampleRun<'_> {
    /// Decides what the failure at call `index` means: at level 0 it is
    /// wrong; above, the profile's rule applies, and under effgauge's a
    /// limit hit is censored only if a re-run under the verification budget
    /// answers right.
    fn judge_failure(&self, index: usize, outcome: &mut SampleOutcome) -> Result<(), ScoringError> {
        let case = &self.prepared.cases[index];
        let call = &self.run.calls[index];
        if case.level == 0 {
            return Ok(());
        }
        let level = case.level as u32;
        match self.settings.profile.on_limit(call) {
            LimitRule::Wrong => {}
            LimitRule::Censor => outcome.verdict = Verdict::Censored { level },
            LimitRule::Unverifiable => {
                outcome.status = Status::Unverified;
                outcome.error = Some(format!(
                    "{}: a stack overflow is not verified (the stack is fixed by the runtime, so \
                     a re-run would overflow again)",
                    call.error.as_deref().unwrap_or("stack limit")
                ));
            }
            LimitRule::Verify => {
                let verification = self.verify(index)?;
                if verification.status == Status::Ok {
                    outcome.verdict = Verdict::Censored { level };
                } else {
                    outcome.status = Status::Unverified;
                    outcome.error = Some(unverified_message(call, &verification));
                }
                outcome.verification = Some(verification);
            }
        }
        Ok(())
    }

    /// Re-runs case `index` alone, with the compiled candidate, under the
    /// verification budget; `ok` only for a correct answer.
    fn verify(&self, index: usize) -> Result<Verification, ScoringError> {
        let job = self.job;
        let spec = &job.calls[index];
        let limit = spec.fuel_limit.unwrap_or(job.limits.fuel_total);
        let memory_hit = self.run.calls[index].status == Status::Memory;
        let budget = VerifyBudget::new(
            self.settings.verify_multiple,
            limit,
            job.limits.memory_bytes,
            memory_hit,
            job.limits.wall_per_call,
        );
        // Re-runs with raised memory (up to 4 GiB) one at a time in this
        // process: every sample can provoke one, so concurrent ones would
        // multiply that by the number of workers.
        let _one_at_a_time =
            memory_hit.then(|| VERIFYING.lock().unwrap_or_else(|e| e.into_inner()));
        let mut call = spec.clone();
        call.fuel_limit = Some(budget.fuel);
        let mut rerun = job.clone();
        rerun.calls = Arc::new(vec![call]);
        rerun.compiled = self.run.compiled.clone();
        rerun.judge = None;
        rerun.limits.memory_bytes = budget.memory_bytes;
        rerun.limits.wall_per_call = budget.wall;
        rerun.limits.fuel_total = rerun.limits.fuel_total.max(budget.fuel.saturating_mul(2));
        let report = self.engine.run(rerun)?;
        let answer = &report.calls[0];
        let mut status = answer.status;
        if status == Status::Ok {
            let case = &self.prepared.cases[index];
            let output = answer.output.as_ref().expect("ok calls have outputs");
            if !check_output(
                self.engine,
                self.problem,
                &case.args,
                &case.expected,
                output,
            )? {
                status = Status::Wrong;
            }
        }
        Ok(Verification {
            fuel_limit: budget.fuel,
            memory_bytes: budget.memory_bytes,
            status,
            fuel: answer.cost.fuel,
        })
    }
}

/// Why a limit hit did not verify, in the harness's words.
fn unverified_message(call: &CallReport, v: &Verification) -> String {
    let first = call.error.as_deref().unwrap_or(call.status.name());
    let then = match v.status {
        Status::Wrong => "answered wrong".to_owned(),
        Status::Timeout => "ran out of fuel again".to_owned(),
        Status::Memory => "ran out of memory again".to_owned(),
        other => format!("ended with {}", other.name()),
    };
    format!(
        "{first}; re-run to verify its answer with {} fuel and {} MiB, it {then}",
        v.fuel_limit,
        v.memory_bytes >> 20
    )
}
