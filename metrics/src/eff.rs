//! eff@k (ENAMEL): a per-sample efficiency score and the unbiased estimator
//! of the expected best score among k samples.

use serde::{Deserialize, Serialize};

use crate::sample::{check_cost, SampleCosts};
use crate::MetricsError;

/// How the cost limit `T` that anchors the per-level score is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitMode {
    /// One limit for every level, `T = α · max_l t*_l` over the counted
    /// levels (ENAMEL's choice: `timeout = timeout_factor · ref_max`).
    Single,
    /// One limit per level, `T_l = α · t*_l`, so that every level's score
    /// is relative to that level's own reference cost.
    PerLevel,
}

/// Parameters of the ENAMEL efficiency score. [`Default`] reproduces ENAMEL.
///
/// A level is *counted* when its weight is positive: only counted levels
/// enter the score, the limit `T`, [`is_efficient`](crate::is_efficient) and
/// the [speedup](crate::Speedup). Level 0 (the correctness tests) has weight
/// 0 by default: it contributes nothing to the score, but a failure there
/// still makes the sample incorrect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EffConfig {
    /// Limit factor α > 1 (ENAMEL: 2).
    pub alpha: f64,
    /// Weight `h_l` of each level (ENAMEL: `[0, 3, 3, 4]`). Its length is the
    /// number of levels every cost vector must have.
    pub weights: Vec<f64>,
    /// Single limit over all levels (ENAMEL) or one limit per level.
    pub limit: LimitMode,
    /// Clip each per-level score at 1, so that beating the reference earns
    /// no more than matching it (ENAMEL: `false`).
    pub clip: bool,
    /// Relative tie margin m ≥ 0: a level cost within m·t*_l of the
    /// reference's counts as the reference's own (`t_l := t*_l`), for the
    /// score, the efficient verdict and the speedup. Deterministic meters
    /// still move a little with unrelated program text (heap layout); this
    /// keeps a textual variant of the reference from scoring above 1 or
    /// "efficient" (0: no margin, the plain formulas).
    pub tie_margin: f64,
    /// Absolute tie floor, in cost units: a level cost within
    /// `max(tie_margin · t*_l, tie_floor)` of the reference's is a tie. It
    /// covers module-level statements that cost a few thousand units once
    /// per call, which on a trivial problem are a large fraction (0: none).
    pub tie_floor: f64,
}

impl Default for EffConfig {
    fn default() -> Self {
        EffConfig {
            alpha: 2.0,
            weights: vec![0.0, 3.0, 3.0, 4.0],
            limit: LimitMode::Single,
            clip: false,
            tie_margin: 0.0,
            tie_floor: 0.0,
        }
    }
}

impl EffConfig {
    /// Number of levels.
    pub fn levels(&self) -> usize {
        self.weights.len()
    }

    /// A level cost within the tie margin of the reference's, as the
    /// reference's.
    pub fn snap(&self, t: f64, t_ref: f64) -> f64 {
        if (t - t_ref).abs() <= (self.tie_margin * t_ref).max(self.tie_floor) {
            t_ref
        } else {
            t
        }
    }

    /// Whether level `l` is counted (its weight is positive).
    pub fn counts(&self, l: usize) -> bool {
        self.weights.get(l).is_some_and(|&w| w > 0.0)
    }

    /// Checks α > 1 and that the weights are finite, non-negative and not all
    /// zero.
    pub fn validate(&self) -> Result<(), MetricsError> {
        if !(self.alpha.is_finite() && self.alpha > 1.0) {
            return Err(MetricsError::InvalidAlpha(self.alpha));
        }
        let valid = self.weights.iter().all(|w| w.is_finite() && *w >= 0.0);
        // The score divides by their sum, which must be a number too.
        let sum_finite = self.weights.iter().sum::<f64>().is_finite();
        if !valid || !sum_finite || !self.weights.iter().any(|&w| w > 0.0) {
            return Err(MetricsError::InvalidWeights);
        }
        if !(self.tie_margin.is_finite() && (0.0..1.0).contains(&self.tie_margin)) {
            return Err(MetricsError::InvalidTieMargin(self.tie_margin));
        }
        if !(self.tie_floor.is_finite() && self.tie_floor >= 0.0) {
            return Err(MetricsError::InvalidTieMargin(self.tie_floor));
        }
        Ok(())
    }

    /// Validates the configuration and a reference cost vector: one entry per
    /// level, each counted entry finite and non-negative.
    pub(crate) fn check_reference(&self, reference: &[f64]) -> Result<(), MetricsError> {
        self.validate()?;
        if reference.len() != self.levels() {
            return Err(MetricsError::LevelCountMismatch {
                what: "reference",
                expected: self.levels(),
                found: reference.len(),
            });
        }
        for (l, &t) in reference.iter().enumerate() {
            if self.counts(l) {
                check_cost("reference", l, t)?;
                // The limit α · t* anchors the score: an infinite one makes
                // it NaN.
                if !(self.alpha * t).is_finite() {
                    return Err(MetricsError::InfiniteLimit {
                        alpha: self.alpha,
                        level: l,
                        cost: t,
                    });
                }
            }
        }
        Ok(())
    }

    /// The limit at level `l`; `reference` must have been checked.
    fn limit_at(&self, reference: &[f64], l: usize) -> f64 {
        match self.limit {
            LimitMode::Single => {
                let max = (0..self.levels())
                    .filter(|&j| self.counts(j))
                    .map(|j| reference[j])
                    .fold(0.0_f64, f64::max);
                self.alpha * max
            }
            LimitMode::PerLevel => self.alpha * reference[l],
        }
    }
}

/// Checks a sample against the configuration and returns the costs of its
/// counted, measured levels (`None` elsewhere). Shared by the score, the
/// efficiency rule and the speedup.
pub(crate) fn counted_costs(
    sample: &SampleCosts,
    cfg: &EffConfig,
) -> Result<Vec<Option<f64>>, MetricsError> {
    let levels = cfg.levels();
    if sample.level_costs.len() != levels {
        return Err(MetricsError::LevelCountMismatch {
            what: "sample",
            expected: levels,
            found: sample.level_costs.len(),
        });
    }
    if let crate::Verdict::Censored { level } = sample.verdict {
        if level >= levels {
            return Err(MetricsError::CensoredLevelOutOfRange { level, levels });
        }
    }
    let measured = if sample.verdict.is_correct() {
        sample.verdict.measured_levels(levels)
    } else {
        0
    };
    let mut out = vec![None; levels];
    for (l, slot) in out.iter_mut().enumerate().take(measured) {
        if cfg.counts(l) {
            let t = sample.level_costs[l].ok_or(MetricsError::MissingCost { level: l })?;
            *slot = Some(check_cost("sample", l, t)?);
        }
    }
    Ok(out)
}

/// The ENAMEL efficiency score `e` of one sample.
///
/// With reference costs `t*_l`, sample costs `t_l` and weights `h_l`:
///
/// ```text
/// T        = α · max_{l : h_l > 0} t*_l          (LimitMode::Single, ENAMEL)
/// T_l      = α · t*_l                             (LimitMode::PerLevel)
/// f_l      = max(0, T − t_l) / (T − t*_l)         (min(f_l, 1) if cfg.clip)
/// e        = Σ_l h_l f_l / Σ_l h_l
/// ```
///
/// Source: Qiu et al., 2025, "How Efficient is LLM-Generated Code? A Rigorous
/// & High-Standard Benchmark" (ENAMEL, ICLR 2025), its efficiency score and
/// its reference implementation (`calc_eff`, `Evaluator.evaluate1`).
///
/// * `f_l` is not clipped by default: a sample cheaper than the reference at
///   level `l` scores above 1 there, as in ENAMEL.
/// * A sample that completes level `l` above the limit scores `f_l = 0`.
/// * [`Verdict::Censored`](crate::Verdict::Censored) at a level `l ≥ 1`
///   scores `f = 0` at `l` and every level above it, and still counts as
///   correct; censored at level 0, or [`Verdict::Wrong`](crate::Verdict::Wrong)
///   anywhere, is incorrect and scores `e = 0`.
/// * **Zero denominator.** With α > 1, `T − t*_l = 0` happens only when the
///   reference cost is 0 and so is the limit (all counted reference costs 0
///   in `Single` mode, `t*_l = 0` in `PerLevel` mode). The score then has no
///   scale; we set `f_l = 1` if `t_l ≤ t*_l` (the sample is as cheap as a
///   free reference) and `f_l = 0` otherwise (any positive cost exceeds a
///   zero limit). This is the limit of the formula as `t*_l → 0⁺` with
///   `t_l = 0`, and never produces NaN or ∞.
///
/// Only costs of counted levels (weight > 0) that the verdict says were
/// measured are read; they must be finite and non-negative.
///
/// # Errors
///
/// Invalid configuration, level-count mismatches, a censoring level out of
/// range, a missing or invalid cost that is read.
pub fn sample_score(
    sample: &SampleCosts,
    reference: &[f64],
    cfg: &EffConfig,
) -> Result<f64, MetricsError> {
    cfg.check_reference(reference)?;
    let costs = counted_costs(sample, cfg)?;
    let total_weight: f64 = cfg.weights.iter().sum();
    let mut weighted = 0.0;
    for (l, cost) in costs.iter().enumerate() {
        let Some(t) = *cost else { continue };
        let (t_ref, limit) = (reference[l], cfg.limit_at(reference, l));
        let t = cfg.snap(t, t_ref);
        let span = limit - t_ref;
        let mut f = if span > 0.0 {
            (limit - t).max(0.0) / span
        } else if t <= t_ref {
            1.0
        } else {
            0.0
        };
        if cfg.clip {
            f = f.min(1.0);
        }
        weighted += cfg.weights[l] * f;
    }
    Ok(weighted / total_weight)
}

/// eff@k (ENAMEL): the unbiased estimator of the expected maximum score among
/// `k` samples drawn without replacement from the `n` scored ones.
///
/// With the scores sorted ascending, `e_(1) ≤ … ≤ e_(n)`:
///
/// ```text
/// eff@k = Σ_{r=k}^{n} λ_r e_(r),    λ_r = C(r−1, k−1) / C(n, k)
/// ```
///
/// `λ_r` is the probability that the best of a random k-subset is the r-th
/// smallest score, so this is the Rao–Blackwellization of "max of k"
/// (ENAMEL, Qiu et al., 2025, the eff@k estimator and `calc_eff_at_k` in its
/// reference implementation).
///
/// **Computed from counts.** Equal scores form runs, and a run over the ranks
/// `a..=b` weighs `Σ_{r=a}^{b} λ_r = F(b) − F(a−1)` with
/// `F(m) = C(m, k)/C(n, k)` (hockey-stick identity), the probability that
/// the best of a k-subset ranks at most m. `F(n) = 1` and `F(m) = 0` for
/// `m < k`; going down a run of `c` equal scores from its top rank `b`,
///
/// ```text
/// F(b − c) = F(b) · ∏_{j=b−c+1}^{b} (j − k)/j      (c factors)
///          = ∏_{i=0}^{k−1} (b − c − i)/(n − i)      (k factors)
/// ```
///
/// whichever has fewer factors. A run of a million identical samples thus
/// costs at most k multiplications, and nothing is ever expanded into one
/// entry per sample (see [`eff_at_k_counted`]). Since `Σ λ_r = 1`, the sum
/// is evaluated as `e_(n) − Σ_runs (F(b) − F(a−1)) (e_(n) − e_run)`: equal in
/// exact arithmetic, but the result never exceeds the best score and equals
/// it exactly when the top scores tie. The result is clamped to
/// `[e_(1), e_(n)]` against last-bit rounding. With 0/1 scores eff@k equals
/// [`pass_at_k`](crate::pass_at_k).
///
/// Returns `None` (unavailable) when `k = 0` or `k > n`.
///
/// # Panics
///
/// If a score is not finite.
pub fn eff_at_k(scores: &[f64], k: usize) -> Option<f64> {
    eff_from_runs(&sorted_scores(scores.iter().map(|&e| (e, 1))), k as u64)
}

/// [`eff_at_k`] for several `k` at once, sorting the scores only once.
/// Entry `i` of the result is `eff_at_k(scores, ks[i])`.
///
/// # Panics
///
/// If a score is not finite.
pub fn eff_at_ks(scores: &[f64], ks: &[usize]) -> Vec<Option<f64>> {
    let runs = sorted_scores(scores.iter().map(|&e| (e, 1)));
    ks.iter().map(|&k| eff_from_runs(&runs, k as u64)).collect()
}

/// [`eff_at_k`] over distinct scores with their counts: `(e, c)` stands for
/// `c` samples scoring `e` (in any order; a score may appear more than
/// once). `n` is the sum of the counts. The work is proportional to the
/// number of pairs times at most `k`, whatever the counts.
///
/// # Panics
///
/// If a score is not finite, or the counts overflow `u64`.
pub fn eff_at_k_counted(scores: &[(f64, u64)], k: u64) -> Option<f64> {
    eff_from_runs(&sorted_scores(scores.iter().copied()), k)
}

/// Distinct scores ascending with their counts (equal scores merged, zero
/// counts dropped), rejecting non-finite scores.
pub(crate) fn sorted_scores(scores: impl Iterator<Item = (f64, u64)>) -> Vec<(f64, u64)> {
    let mut sorted: Vec<(f64, u64)> = scores.filter(|&(_, c)| c > 0).collect();
    assert!(
        sorted.iter().all(|(e, _)| e.is_finite()),
        "eff@k scores must be finite"
    );
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut runs: Vec<(f64, u64)> = Vec::with_capacity(sorted.len());
    for (e, c) in sorted {
        match runs.last_mut() {
            Some(last) if last.0 == e => {
                last.1 = last.1.checked_add(c).expect("sample counts overflow u64");
            }
            _ => runs.push((e, c)),
        }
    }
    runs
}

/// eff@k over runs as [`sorted_scores`] makes them.
pub(crate) fn eff_from_runs(runs: &[(f64, u64)], k: u64) -> Option<f64> {
    let n = runs
        .iter()
        .try_fold(0u64, |n, &(_, c)| n.checked_add(c))
        .expect("sample counts overflow u64");
    if k == 0 || k > n {
        return None;
    }
    let (min, max) = (runs[0].0, runs[runs.len() - 1].0);
    // F(m) = C(m, k) / C(n, k), at the top rank of the run being added.
    let (mut upper, mut f_upper) = (n, 1.0_f64);
    let mut deficit = 0.0;
    for &(e, c) in runs.iter().rev() {
        let lower = upper - c;
        let f_lower = if lower < k {
            0.0
        } else if k <= c {
            (0..k).fold(1.0, |f, i| f * (lower - i) as f64 / (n - i) as f64)
        } else {
            ((lower + 1)..=upper).fold(f_upper, |f, j| f * (j - k) as f64 / j as f64)
        };
        deficit += (f_upper - f_lower) * (max - e);
        if f_lower == 0.0 {
            break;
        }
        (upper, f_upper) = (lower, f_lower);
    }
    Some((max - deficit).clamp(min, max))
}
