//! One problem's samples reduced to the counts and scores every metric needs.

use serde::{Deserialize, Serialize};

use crate::eff::{eff_from_runs, sorted_scores};
use crate::efficient::complete_costs;
use crate::{
    efficient_at_k, is_efficient, pass_at_k, sample_score, EffConfig, EfficiencyRule, MetricsError,
    Problem, SampleCosts,
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
    /// mem@k: eff@k over memory scores (see [`crate::memory_config`]).
    Mem,
    /// memory-efficient@k: [`efficient_at_k`] in memory, COFFE's total rule.
    MemEfficient,
    /// dual@k: eff@k over dual scores ([`crate::dual_score`]).
    Dual,
}

/// What the memory metrics need from one problem's samples (see
/// [`summarize_memory`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemorySummary {
    /// The samples' memory scores, each distinct one once, ascending, with
    /// how many samples have it.
    pub scores: Vec<(f64, u64)>,
    /// Samples efficient in memory under [`EfficiencyRule::Total`].
    pub efficient: usize,
    /// The samples' dual scores, as `scores`.
    pub dual_scores: Vec<(f64, u64)>,
}

/// The memory side of a problem: `reference` its peaks per level (floored,
/// see [`crate::floored`]), and per distinct sample its memory costs
/// ([`crate::memory_costs`]), its time score and its count; `cfg` is the
/// memory configuration ([`crate::memory_config`]).
///
/// # Errors
///
/// Any error of [`sample_score`] or [`is_efficient`];
/// [`MetricsError::TooManySamples`] if the counts sum beyond `usize`.
pub fn summarize_memory(
    reference: &[f64],
    samples: &[(&SampleCosts, f64, u64)],
    cfg: &EffConfig,
) -> Result<MemorySummary, MetricsError> {
    let mut scores = Vec::with_capacity(samples.len());
    let mut dual_scores = Vec::with_capacity(samples.len());
    let mut efficient = 0u64;
    for &(sample, time_score, count) in samples {
        let score = sample_score(sample, reference, cfg)?;
        scores.push((score, count));
        dual_scores.push((crate::dual_score(time_score, score), count));
        if is_efficient(sample, reference, cfg, EfficiencyRule::Total)? {
            efficient = efficient
                .checked_add(count)
                .ok_or(MetricsError::TooManySamples)?;
        }
    }
    Ok(MemorySummary {
        scores: sorted_scores(scores.into_iter()),
        efficient: usize::try_from(efficient).map_err(|_| MetricsError::TooManySamples)?,
        dual_scores: sorted_scores(dual_scores.into_iter()),
    })
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
    /// The samples' ENAMEL scores: each distinct score once, ascending, with
    /// how many samples have it (the counts sum to `samples`).
    pub scores: Vec<(f64, u64)>,
    /// The reference's total cost over the counted levels.
    pub reference_total: f64,
    /// Correct samples that were not censored: the ones that enter the
    /// speedup.
    pub complete_correct: usize,
    /// Their summed total cost over the counted levels.
    pub complete_cost_sum: f64,
    /// The memory side, when the samples' memory was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<MemorySummary>,
}

/// Scores, counts and cost totals of one problem under `cfg`.
///
/// # Errors
///
/// Any error of [`sample_score`] on the reference or on one of the samples.
pub fn summarize(problem: &Problem, cfg: &EffConfig) -> Result<ProblemSummary, MetricsError> {
    let counted: Vec<(&SampleCosts, u64)> = problem.samples.iter().map(|s| (s, 1)).collect();
    summarize_counted(&problem.reference, &counted, cfg)
}

/// [`summarize`] over distinct samples with their counts: `(s, c)` stands
/// for `c` identical samples `s` (the same program gets the same verdict
/// and costs). Each distinct sample is scored once and weighed by its count;
/// nothing is expanded into one entry per sample, so the time and memory
/// are proportional to the number of distinct samples whatever the counts
/// say (a results file states them, and a file from elsewhere may state
/// anything). The figures are those of [`summarize`] over the expanded list.
///
/// # Errors
///
/// Any error of [`sample_score`] on the reference or on one of the samples;
/// [`MetricsError::TooManySamples`] if the counts sum beyond `usize`.
pub fn summarize_counted(
    reference: &[f64],
    samples: &[(&SampleCosts, u64)],
    cfg: &EffConfig,
) -> Result<ProblemSummary, MetricsError> {
    cfg.check_reference(reference)?;
    let reference_total = (0..cfg.levels())
        .filter(|&l| cfg.counts(l))
        .map(|l| reference[l])
        .sum();
    let (mut n, mut correct, mut efficient_total, mut efficient_every_level) = (0u64, 0, 0, 0);
    let (mut complete_correct, mut complete_cost_sum) = (0u64, 0.0);
    let mut scores = Vec::with_capacity(samples.len());
    for &(sample, count) in samples {
        let add = |total: u64| total.checked_add(count).ok_or(MetricsError::TooManySamples);
        n = add(n)?;
        scores.push((sample_score(sample, reference, cfg)?, count));
        if sample.verdict.is_correct() {
            correct = add(correct)?;
        }
        if is_efficient(sample, reference, cfg, EfficiencyRule::Total)? {
            efficient_total = add(efficient_total)?;
        }
        if is_efficient(sample, reference, cfg, EfficiencyRule::EveryLevel)? {
            efficient_every_level = add(efficient_every_level)?;
        }
        if let Some((costs, _)) = complete_costs(sample, reference, cfg)? {
            complete_correct = add(complete_correct)?;
            complete_cost_sum += count as f64 * costs.iter().sum::<f64>();
        }
    }
    let size = |v: u64| usize::try_from(v).map_err(|_| MetricsError::TooManySamples);
    Ok(ProblemSummary {
        samples: size(n)?,
        correct: size(correct)?,
        efficient_total: size(efficient_total)?,
        efficient_every_level: size(efficient_every_level)?,
        scores: sorted_scores(scores.into_iter()),
        reference_total,
        complete_correct: size(complete_correct)?,
        complete_cost_sum,
        memory: None,
    })
}

impl ProblemSummary {
    /// The metric's value for this problem at `k`; `None` (unavailable) when
    /// `k = 0` or `k` exceeds the number of samples.
    pub fn value(&self, metric: Metric, k: usize) -> Option<f64> {
        let (n, k64) = (self.samples as u64, k as u64);
        match metric {
            Metric::Pass => pass_at_k(n, self.correct as u64, k64),
            Metric::Eff => eff_from_runs(&self.scores, k64),
            Metric::Efficient(EfficiencyRule::Total) => {
                efficient_at_k(n, self.efficient_total as u64, k64)
            }
            Metric::Efficient(EfficiencyRule::EveryLevel) => {
                efficient_at_k(n, self.efficient_every_level as u64, k64)
            }
            Metric::Mem => eff_from_runs(&self.memory.as_ref()?.scores, k64),
            Metric::MemEfficient => efficient_at_k(n, self.memory.as_ref()?.efficient as u64, k64),
            Metric::Dual => eff_from_runs(&self.memory.as_ref()?.dual_scores, k64),
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
