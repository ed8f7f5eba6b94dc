//! COFFE's "efficient" verdict on one sample, in two variants.

use serde::{Deserialize, Serialize};

use crate::eff::counted_costs;
use crate::{EffConfig, MetricsError, SampleCosts};

/// Which comparison with the reference makes a correct sample "efficient".
///
/// Both compare only the *counted* levels of the [`EffConfig`] (weight > 0:
/// the stress levels 1, 2, 3 by default). Level 0 holds the small
/// correctness tests, where costs are dominated by start-up noise and say
/// little about efficiency, and zero-weight levels are by definition the
/// levels the configuration does not care about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EfficiencyRule {
    /// COFFE's rule: the sample's total cost over the counted levels is
    /// strictly below the reference's total, `Σ_l t_l < Σ_l t*_l`.
    Total,
    /// The stricter variant: strictly below the reference at every counted
    /// level, `t_l < t*_l` for all `l` with `h_l > 0`.
    EveryLevel,
}

/// Whether a sample is efficient (COFFE): correct, completely measured, and
/// cheaper than the reference under `rule`.
///
/// ```text
/// Total:       correct ∧ Σ_{l: h_l>0} t_l < Σ_{l: h_l>0} t*_l
/// EveryLevel:  correct ∧ ∀ l with h_l > 0:  t_l < t*_l
/// ```
///
/// Source: Peng et al., 2025, "COFFE: A Code Efficiency Benchmark for Code
/// Generation" (FSE 2025), which counts a correct solution as efficient when
/// its cost on the stress tests is below the ground truth's; the
/// `EveryLevel` variant is ours. Comparisons are strict, so a tie with the
/// reference is not efficient.
///
/// A sample censored at a level ≥ 1 is correct but has no complete cost; it
/// hit a limit set above the reference's cost, so it is never efficient.
/// Wrong samples and samples censored at level 0 are never efficient.
///
/// # Errors
///
/// As for [`sample_score`](crate::sample_score): invalid configuration,
/// level-count mismatches, missing or invalid costs that are read.
pub fn is_efficient(
    sample: &SampleCosts,
    reference: &[f64],
    cfg: &EffConfig,
    rule: EfficiencyRule,
) -> Result<bool, MetricsError> {
    let Some((costs, reference_total)) = complete_costs(sample, reference, cfg)? else {
        return Ok(false);
    };
    Ok(match rule {
        EfficiencyRule::Total => costs.iter().sum::<f64>() < reference_total,
        EfficiencyRule::EveryLevel => {
            let counted_reference = (0..cfg.levels())
                .filter(|&l| cfg.counts(l))
                .map(|l| reference[l]);
            costs
                .iter()
                .zip(counted_reference)
                .all(|(t, t_ref)| *t < t_ref)
        }
    })
}

/// If the sample is correct and uncensored, returns its costs at the counted
/// levels and the reference's total over them; `None` otherwise. Shared by
/// [`is_efficient`] and the speedup.
pub(crate) fn complete_costs(
    sample: &SampleCosts,
    reference: &[f64],
    cfg: &EffConfig,
) -> Result<Option<(Vec<f64>, f64)>, MetricsError> {
    cfg.check_reference(reference)?;
    let costs = counted_costs(sample, cfg)?;
    if sample.verdict != crate::Verdict::Correct {
        return Ok(None);
    }
    let mut sample_counted = Vec::new();
    let mut reference_total = 0.0;
    for (l, cost) in costs.iter().enumerate() {
        if cfg.counts(l) {
            // counted_costs filled every counted level of a correct sample.
            sample_counted.push(cfg.snap(cost.unwrap_or(f64::INFINITY), reference[l]));
            reference_total += reference[l];
        }
    }
    Ok(Some((sample_counted, reference_total)))
}
