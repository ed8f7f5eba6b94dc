//! The inputs: one verdict and one cost per level for every sample, and the
//! reference solution's cost per level for every problem.

use serde::{Deserialize, Serialize};

/// How a sample fared on a problem's tests.
///
/// Levels are numbered from 0: level 0 holds the correctness tests, levels
/// 1, 2, … hold the stress tests of increasing size (ENAMEL's layout).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Verdict {
    /// Every test of every level passed within the limits.
    Correct,
    /// A wrong answer or a runtime error (an exception, a trap, a crash) at
    /// any level. The sample is incorrect and scores 0 everywhere.
    Wrong,
    /// The sample hit a resource limit (time or fuel, memory) at `level`;
    /// the levels below it passed. Censored at level 0 means incorrect;
    /// censored at a level ≥ 1 means correct but too slow at that level and
    /// every level above it, which ENAMEL scores 0.
    Censored {
        /// The first level at which a limit was hit.
        level: usize,
    },
}

impl Verdict {
    /// Whether the sample counts as correct for pass@k: [`Verdict::Correct`],
    /// or [`Verdict::Censored`] at a level ≥ 1 (ENAMEL: a time-out on a stress
    /// level is inefficiency, not incorrectness).
    pub fn is_correct(self) -> bool {
        match self {
            Verdict::Correct => true,
            Verdict::Wrong => false,
            Verdict::Censored { level } => level >= 1,
        }
    }

    /// Number of leading levels whose cost was measured to completion:
    /// all `levels` for a correct sample, `level` for one censored at
    /// `level`, none for a wrong one.
    pub fn measured_levels(self, levels: usize) -> usize {
        match self {
            Verdict::Correct => levels,
            Verdict::Wrong => 0,
            Verdict::Censored { level } => level.min(levels),
        }
    }
}

/// One sample's verdict and its cost at each level.
///
/// `level_costs[l]` is the cost of the slowest test case of level `l`, in the
/// meter's unit (seconds, instructions, fuel: any unit, the same for the
/// reference). Integer meters convert with `as f64`, exact up to 2⁵³.
/// Only the costs of levels that were measured (see
/// [`Verdict::measured_levels`]) *and* that carry a positive weight in the
/// [`EffConfig`](crate::EffConfig) are ever read; the others may be `None`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SampleCosts {
    /// The sample's verdict.
    pub verdict: Verdict,
    /// Cost of the slowest case of each level, `None` where not measured.
    pub level_costs: Vec<Option<f64>>,
}

impl SampleCosts {
    /// A correct sample with a measured cost at every level.
    pub fn correct(level_costs: &[f64]) -> Self {
        SampleCosts {
            verdict: Verdict::Correct,
            level_costs: level_costs.iter().copied().map(Some).collect(),
        }
    }

    /// A wrong (or erroring) sample over `levels` levels; no cost is kept.
    pub fn wrong(levels: usize) -> Self {
        SampleCosts {
            verdict: Verdict::Wrong,
            level_costs: vec![None; levels],
        }
    }

    /// A sample censored at `level`: `measured` holds the costs of levels
    /// `0..level`, and the remaining levels up to `levels` are `None`.
    pub fn censored(level: usize, measured: &[f64], levels: usize) -> Self {
        let mut level_costs: Vec<Option<f64>> = measured.iter().copied().map(Some).collect();
        level_costs.resize(levels.max(level_costs.len()), None);
        SampleCosts {
            verdict: Verdict::Censored { level },
            level_costs,
        }
    }
}

/// All samples of one model on one problem, with the problem's reference
/// cost per level (the cost of the reference solution's slowest case of each
/// level, in the same unit as the samples).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Reference cost per level; entries of zero-weight levels are not read.
    pub reference: Vec<f64>,
    /// The model's samples for this problem.
    pub samples: Vec<SampleCosts>,
}

/// Checks one cost that is about to be read.
pub(crate) fn check_cost(
    what: &'static str,
    level: usize,
    value: f64,
) -> Result<f64, crate::MetricsError> {
    if value.is_finite() && value >= 0.0 {
        Ok(value)
    } else {
        Err(crate::MetricsError::InvalidCost { what, level, value })
    }
}
