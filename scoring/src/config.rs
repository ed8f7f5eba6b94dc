//! [`ScoreConfig`]: every setting that decides what a run computes, settled
//! once before anything runs. The binary fills it from its flags, the
//! service from its own; both call [`ScoreConfig::validate`], so an option
//! that would make no score (α ≤ 1, a weight list of the wrong length, k = 0)
//! is refused before a sample runs rather than hours later.
//!
//! A problem may declare its own α; [`ScoreConfig::settings`] and the
//! problem facts of [`crate::summarize`] apply it, nowhere else.

use crate::settings::RunSettings;
use crate::{OutcomeCacheSpec, ScoringError};
use effgauge_metrics::{BootstrapConfig, EffConfig, LimitMode};
use effgauge_problems::{Language, Profile, Salt, VERIFY_MULTIPLE};
use effgauge_reports::limits::{MAX_BOOTSTRAP_RESAMPLES, MAX_K, MAX_KS};
use effgauge_reports::schema::{Inputs, Shard};
use effgauge_sandboxes::{CostModel, Meter, Runtime, SandboxEngine};
use std::path::PathBuf;

/// The default tie margin and floor: level costs within max(3 % of the
/// reference's, 30 000) count as the reference's (docs/metrics.md, "Ties").
pub const DEFAULT_TIE_MARGIN: f64 = 0.03;
pub const DEFAULT_TIE_FLOOR: f64 = 30_000.0;
/// ENAMEL's α and level weights.
pub const DEFAULT_ALPHA: f64 = 2.0;
pub const DEFAULT_WEIGHTS: [f64; 4] = [0.0, 3.0, 3.0, 4.0];
/// The source cap when none is given: 64 KiB.
pub const DEFAULT_MAX_SOURCE_BYTES: u64 = 64 * 1024;
/// Bootstrap resamples of the confidence intervals.
pub const DEFAULT_BOOTSTRAP: u64 = 10_000;

/// How a sample's costs are judged against the reference's.
#[derive(Debug, Clone, PartialEq)]
pub struct Judging {
    /// ENAMEL's α: a case's fuel limit is α × the reference's cost.
    pub alpha: f64,
    /// ENAMEL's level weights h, level 0 first.
    pub weights: Vec<f64>,
    /// One limit per level instead of one for all.
    pub per_level_limit: bool,
    /// Costs within this fraction of the reference's count as its own.
    pub tie_margin: f64,
    /// ... or within this many cost units.
    pub tie_floor: f64,
    /// Whose rule decides which limit hits are censored.
    pub profile: Profile,
    /// The verification budget's multiple of a case's limits.
    pub verify_multiple: u64,
}

impl Default for Judging {
    fn default() -> Judging {
        Judging {
            alpha: DEFAULT_ALPHA,
            weights: DEFAULT_WEIGHTS.to_vec(),
            per_level_limit: false,
            tie_margin: DEFAULT_TIE_MARGIN,
            tie_floor: DEFAULT_TIE_FLOOR,
            profile: Profile::Effgauge,
            verify_multiple: VERIFY_MULTIPLE,
        }
    }
}

impl Judging {
    /// The metrics crate's configuration of these settings (the run's α;
    /// a problem's own replaces it in [`crate::summarize`]).
    pub fn eff_config(&self) -> EffConfig {
        eff_config(
            self.alpha,
            self.weights.clone(),
            self.per_level_limit,
            (self.tie_margin, self.tie_floor),
        )
    }
}

/// The ENAMEL configuration for α, the weights, the limit mode and the tie
/// margin (also what `merge` rebuilds from a results file's `harness`).
pub fn eff_config(alpha: f64, weights: Vec<f64>, per_level: bool, tie: (f64, f64)) -> EffConfig {
    EffConfig {
        alpha,
        weights,
        tie_margin: tie.0,
        tie_floor: tie.1,
        limit: if per_level {
            LimitMode::PerLevel
        } else {
            LimitMode::Single
        },
        ..EffConfig::default()
    }
}

/// Everything that decides what a scoring run computes.
#[derive(Debug, Clone)]
pub struct ScoreConfig {
    pub judging: Judging,
    /// Which figure is the cost.
    pub meter: Meter,
    pub cost_model: CostModel,
    /// The CPython-WASI runtime directory (default: the cached build).
    pub runtime: Option<PathBuf>,
    /// Programs longer than this many bytes are wrong (`too_large`), never run.
    pub max_source_bytes: u64,
    /// The k of pass@k, eff@k and efficient@k.
    pub ks: Vec<u64>,
    /// Bootstrap resamples of the confidence intervals.
    pub bootstrap: u64,
    /// Seeds the guests' random sources and the bootstrap.
    pub seed: u64,
    /// Held-out inputs under this salt; `None` for the published seeds.
    pub salt: Option<Salt>,
    /// Worker threads (at least 1).
    pub jobs: usize,
    /// Score only these problems (empty: every task the samples name).
    pub problems: Vec<String>,
    /// Score only this shard of the problems.
    pub shard: Option<Shard>,
    /// Where outcomes are kept across runs; `None`: judge every program.
    pub outcome_cache: Option<OutcomeCacheSpec>,
    /// The candidates' language (a run scores one).
    pub language: Language,
    /// Leave out the problems that cannot be prepared (naming them to the
    /// observer) instead of stopping the run (`--skip-unpreparable`).
    pub skip_unpreparable: bool,
}

impl Default for ScoreConfig {
    fn default() -> ScoreConfig {
        ScoreConfig {
            judging: Judging::default(),
            meter: Meter::Fuel,
            cost_model: CostModel::default(),
            runtime: None,
            max_source_bytes: DEFAULT_MAX_SOURCE_BYTES,
            ks: vec![1],
            bootstrap: DEFAULT_BOOTSTRAP,
            seed: 0,
            salt: None,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            problems: Vec::new(),
            shard: None,
            outcome_cache: Some(OutcomeCacheSpec::default_location()),
            language: Language::Python,
            skip_unpreparable: false,
        }
    }
}

impl ScoreConfig {
    /// Refuses settings that could make no score, before anything runs.
    pub fn validate(&self) -> Result<(), ScoringError> {
        fn invalid(message: impl Into<String>) -> ScoringError {
            ScoringError::invalid(message)
        }
        if self.ks.is_empty() || self.ks.contains(&0) {
            return Err(invalid("--k: k must be at least 1"));
        }
        // The bounds every reader of the results file checks
        // (docs/results.md): refused here rather than in a file written
        // hours later.
        if let Some(k) = self.ks.iter().find(|&&k| k > MAX_K) {
            return Err(invalid(format!("--k {k}: k is at most {MAX_K}")));
        }
        if self.ks.len() > MAX_KS {
            return Err(invalid(format!("--k: at most {MAX_KS} values")));
        }
        if !(1..=MAX_BOOTSTRAP_RESAMPLES).contains(&self.bootstrap) {
            return Err(invalid(format!(
                "--bootstrap {}: from 1 to {MAX_BOOTSTRAP_RESAMPLES} resamples",
                self.bootstrap
            )));
        }
        if self.max_source_bytes == 0 {
            return Err(invalid("--max-source-bytes: at least 1"));
        }
        if !(1..=1024).contains(&self.judging.verify_multiple) {
            return Err(invalid("--verify-multiple: from 1 to 1024"));
        }
        if self.judging.alpha.is_nan() || self.judging.alpha <= 1.0 {
            return Err(invalid("--alpha: must be greater than 1"));
        }
        self.judging
            .eff_config()
            .validate()
            .map_err(|e| invalid(format!("--alpha/--weights/--tie-margin/--tie-floor: {e}")))
    }

    /// Which inputs the run scores on.
    pub fn inputs(&self) -> Inputs {
        if self.salt.is_some() {
            Inputs::HeldOut
        } else {
            Inputs::Public
        }
    }

    /// Worker threads, at least one.
    pub fn workers(&self) -> usize {
        self.jobs.max(1)
    }

    /// The settings a sample runs under (the run's α; the judge applies a
    /// problem's own).
    pub fn settings(&self) -> RunSettings {
        RunSettings {
            meter: self.meter,
            alpha: self.judging.alpha,
            per_level_limit: self.judging.per_level_limit,
            weights: self.judging.weights.clone(),
            seed: self.seed,
            profile: self.judging.profile,
            verify_multiple: self.judging.verify_multiple,
            held_out: self.salt.is_some(),
            language: self.language,
        }
    }

    /// The bootstrap of the benchmark-level intervals.
    pub fn bootstrap_config(&self) -> BootstrapConfig {
        BootstrapConfig {
            resamples: self.bootstrap as usize,
            seed: self.seed,
            ..BootstrapConfig::default()
        }
    }

    /// The sandbox engine: checks the meter works on this machine first, so
    /// a machine without a PMU is told so before anything runs.
    pub fn engine(&self) -> Result<SandboxEngine, ScoringError> {
        self.meter.check_available()?;
        let runtime = Runtime::locate(self.runtime.as_deref())?;
        Ok(SandboxEngine::with_cost_model(runtime, self.cost_model)?)
    }
}
