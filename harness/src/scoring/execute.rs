//! Running one distinct sample over every test case of its problem, level
//! by level in one sandbox instance, and reducing the calls to a verdict.
//!
//! The run stops at the first wrong answer or the first limit hit. Each call
//! gets the fuel limit of ENAMEL's time limit, α times the reference's cost
//! (the largest over the weighted levels, or the level's own with the
//! per-level limit; never below α times the case's own reference cost), so
//! a sample is stopped exactly where ENAMEL would stop it, and
//! deterministically. Unlike ENAMEL, a limit hit is *censored* (correct but
//! too slow) only when it is honest slowness
//! ([`censored`](effgauge_problems::censored)); an instant memory bomb on a
//! large input is wrong. `--profile enamel` applies ENAMEL's rule instead
//! ([`Profile`]).
//!
//! Every call also has an output cap (a multiple of the reference's output)
//! and the job the prompt's import as its allowance, so only import work
//! beyond the prompt's is charged to each case.

use effgauge_problems::{check_outputs, CheckItem, Prepared, Problem, Profile};
use effgauge_sandboxes::{Flow, Job, Limits, Meter, SandboxEngine, Status};
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Correct,
    Wrong,
    Censored { level: u32 },
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Correct => "correct",
            Verdict::Wrong => "wrong",
            Verdict::Censored { .. } => "censored",
        }
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
) -> anyhow::Result<SampleOutcome> {
    let settings = &settings.for_problem(problem);
    let limits_by_level = settings.fuel_limits(&prepared.reference_level_fuel);
    // Never below α × this case's own reference cost, so the reference
    // itself always passes (a corner case may cost more than the top level).
    let calls = prepared
        .calls(|c| Some(limits_by_level[c.level].max(scaled(c.reference_fuel, settings.alpha))));
    let mut job = Job::new(source, problem.entry_point.clone(), calls);
    job.meter = settings.meter;
    job.seed = settings.seed;
    job.import_allowance = prepared.prompt_import_fuel;
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
    let mut run = engine.run(job)?;
    if has_checker {
        // The checker runs in its own sandbox, over the outputs that came back.
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
    }
    let levels = problem.levels.len();
    let mut level_cost: Vec<Option<u64>> = vec![Some(0); levels];
    let mut outcome = SampleOutcome {
        verdict: Verdict::Correct,
        status: Status::Ok,
        failed_at: None,
        error: None,
        level_cost: Vec::new(),
        peak_memory_bytes: run.peak_memory_bytes,
    };
    for (case, call) in prepared.cases.iter().zip(&run.calls) {
        if call.status != Status::Ok {
            let level = case.level as u32;
            outcome.status = call.status;
            outcome.failed_at = Some((level, case.case as u32));
            outcome.error = call
                .error
                .clone()
                .or_else(|| (call.status == Status::Wrong).then(|| "wrong answer".to_owned()));
            let honest = settings.profile.censors(call, case.reference_fuel);
            outcome.verdict = if honest && level > 0 {
                Verdict::Censored { level }
            } else {
                Verdict::Wrong
            };
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
    Ok(outcome)
}
