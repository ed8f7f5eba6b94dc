//! One problem's samples reduced to the counts and scores every metric needs.

use serde::{Deserialize, Serialize};

use crate::eff::{eff_at_k_sorted, sorted_scores};
use crate::efficient::complete_costs;
use crate::{
    efficient_at_k, is_efficient, pass_at_k, sample_score, EffConfig, EfficiencyRule, MetricsError,
    Problem,
};

/// A per-problem metric at a given k.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// [`pass_at_k`].
    Pass,
    /// [`eff_at_k`](crate::eff_at_k) over the [`sample_score`]s.
    Eff,
    /// [`efficient_at_k`] with the given [`EfficiencyRule`].
    Efficient(EfficiencyRule),
}

/// Everything the metrics need from one problem's samples, computed once by
/// [`summarize`] and then queried for any metric and k.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemSummary {
    /// Number of samples `n`.
    pub samples: usize,
    /// Correct samples `c` ([`Verdict::is_correct`](crate::Verdict::is_correct)).
    pub correct: usize,
    /// Efficient samples under [`EfficiencyRule::Total`].
    pub efficient_total: usize,
    /// Efficient samples under [`EfficiencyRule::EveryLevel`].
    pub efficient_every_level: usize,
    /// The samples' ENAMEL scores, ascending.
    pub scores: Vec<f64>,
    /// The reference's total cost over the counted levels.
    pub reference_total: f64,
    /// Correct samples that were not censored: the ones that enter the
    /// speedup.
    pub complete_correct: usize,
    /// Their summed total cost over the counted levels.
    pub complete_cost_sum: f64,
}

/// Scores, counts and cost totals of one problem under `cfg`.
///
/// # Errors
///
/// Any error of [`sample_score`] on the reference or on one of the samples.
pub fn summarize(problem: &Problem, cfg: &EffConfig) -> Result<ProblemSummary, MetricsError> {
    cfg.check_reference(&problem.reference)?;
    let reference_total = (0..cfg.levels())
        .filter(|&l| cfg.counts(l))
        .map(|l| problem.reference[l])
        .sum();
    let mut summary = ProblemSummary {
        samples: problem.samples.len(),
        correct: 0,
        efficient_total: 0,
        efficient_every_level: 0,
        scores: Vec::with_capacity(problem.samples.len()),
        reference_total,
        complete_correct: 0,
        complete_cost_sum: 0.0,
    };
    for sample in &problem.samples {
        summary
            .scores
            .push(sample_score(sample, &problem.reference, cfg)?);
        summary.correct += usize::from(sample.verdict.is_correct());
        let total = is_efficient(sample, &problem.reference, cfg, EfficiencyRule::Total)?;
        summary.efficient_total += usize::from(total);
        let every = is_efficient(sample, &problem.reference, cfg, EfficiencyRule::EveryLevel)?;
        summary.efficient_every_level += usize::from(every);
        if let Some((costs, _)) = complete_costs(sample, &problem.reference, cfg)? {
            summary.complete_correct += 1;
            summary.complete_cost_sum += costs.iter().sum::<f64>();
        }
    }
    summary.scores = sorted_scores(&summary.scores);
    Ok(summary)
}

impl ProblemSummary {
    /// The metric's value for this problem at `k`; `None` (unavailable) when
    /// `k = 0` or `k` exceeds the number of samples.
    pub fn value(&self, metric: Metric, k: usize) -> Option<f64> {
        let (n, k64) = (self.samples as u64, k as u64);
        match metric {
            Metric::Pass => pass_at_k(n, self.correct as u64, k64),
            Metric::Eff => eff_at_k_sorted(&self.scores, k),
            Metric::Efficient(EfficiencyRule::Total) => {
                efficient_at_k(n, self.efficient_total as u64, k64)
            }
            Metric::Efficient(EfficiencyRule::EveryLevel) => {
                efficient_at_k(n, self.efficient_every_level as u64, k64)
            }
        }
    }

    /// Whether at least one sample is correct (the condition of the
    /// correctness-conditional aggregates).
    pub fn has_correct(&self) -> bool {
        self.correct > 0
    }

    /// This problem's speedup, COFFE's ratio of sums over its complete correct
    /// samples:
    ///
    /// ```text
    /// speedup_p = Σ_{i correct, uncensored} R_p / Σ_{i correct, uncensored} C_i  =  R_p / mean_i C_i
    /// ```
    ///
    /// with `R_p` the reference's and `C_i` the sample's total cost over the
    /// counted levels. Above 1 means cheaper than the reference. `None` when
    /// no sample is correct and uncensored, or when either total is 0 (the
    /// ratio is then 0 or ∞ and would wreck a geometric mean).
    pub fn speedup(&self) -> Option<f64> {
        let num = self.complete_correct as f64 * self.reference_total;
        let den = self.complete_cost_sum;
        (self.complete_correct > 0 && num > 0.0 && den > 0.0).then(|| num / den)
    }
}
