//! The settings a candidate is judged under, and the judge's rules they
//! make. The judge itself, which runs a program and decides each case's
//! fate, is `effgauge_problems::judge`, shared with the validator.
//!
//! Each call gets the fuel limit of ENAMEL's time limit, α times the
//! reference's cost (the largest over the weighted levels, or the level's
//! own with the per-level limit; never below α times the case's own
//! reference cost), so a sample is stopped exactly where ENAMEL would stop
//! it, and deterministically. The run stops at the first case that is not
//! right. Unlike ENAMEL, a limit hit is censored (correct but too slow)
//! only once its answer is verified by a re-run under a larger budget
//! (`--verify-multiple`); anything else is wrong with status `unverified`.
//! So giving up (looping, allocating without end) never earns more than a
//! wrong answer. `--profile enamel` applies ENAMEL's rule instead
//! ([`Profile`]).

use crate::ScoringError;
use effgauge_problems::{
    judge, JudgeRules, Language, OnLimit, Prepared, Problem, Profile, SampleOutcome, Stop,
};
use effgauge_sandboxes::{Meter, SandboxEngine, Status};

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
    /// Whether the inputs are held out: then no error shows the program's
    /// own text (`redact`).
    pub held_out: bool,
    /// The candidates' language: it decides the reference they are
    /// measured against and how a source becomes a program.
    pub language: Language,
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

impl RunSettings {
    /// The judge's rules for a candidate: each case's fuel limit (its
    /// level's, never below α × the case's own reference cost, so the
    /// reference itself always passes: a corner case may cost more than the
    /// top level), the meter and seed, the profile's limit rule, and a stop
    /// at the first case that is not right.
    pub fn rules(&self, prepared: &Prepared) -> JudgeRules {
        let by_level = self.fuel_limits(&prepared.reference_level_fuel);
        JudgeRules {
            fuel_limits: prepared
                .cases
                .iter()
                .map(|c| by_level[c.level].max(scaled(c.reference_fuel, self.alpha)))
                .collect(),
            meter: self.meter,
            seed: self.seed,
            on_limit: OnLimit::Profile {
                profile: self.profile,
                verify_multiple: self.verify_multiple,
            },
            stop: Stop::FirstFailure,
            program: None,
        }
    }
}

/// No call's fuel limit is below this (about 10 ms in the sandbox): the
/// analogue of the 10 ms ENAMEL adds to every time limit.
pub const FUEL_LIMIT_FLOOR: u64 = 50_000_000;

/// α × cost, never below a floor that keeps tiny corner cases runnable.
fn scaled(cost: u64, alpha: f64) -> u64 {
    ((cost as f64 * alpha).ceil() as u64).max(FUEL_LIMIT_FLOOR)
}

/// Runs `source` over every case of `prepared` through the judge, under
/// these settings with the problem's own α.
pub fn run_sample(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    source: &str,
    settings: &RunSettings,
) -> Result<SampleOutcome, ScoringError> {
    let mut rules = settings.for_problem(problem).rules(prepared);
    let warnings = match settings.language.program(problem, source)? {
        // Shown even on held-out inputs: a compile error says nothing of them.
        Err(why) => {
            let levels = problem.levels.len();
            return Ok(SampleOutcome::not_run(levels, Status::CompileError, why));
        }
        Ok(Some(program)) => {
            rules.program = Some(program.module);
            program.warnings
        }
        Ok(None) => Vec::new(),
    };
    let mut outcome = judge(engine, problem, prepared, source, &rules)?.outcome;
    outcome.warnings = warnings;
    if settings.held_out {
        crate::redact::held_out(&mut outcome);
    }
    Ok(outcome)
}
