//! Speedup over the reference, per model: COFFE's ratio of sums and the
//! geometric mean of per-problem ratios.

use serde::{Deserialize, Serialize};

use crate::ProblemSummary;

/// A model's speedup over the reference solutions.
///
/// **Which one to lead with.** Reports lead with [`Speedup::geometric_mean`]:
/// every problem weighs the same, a 2× gain and a 2× loss cancel, and the
/// result does not depend on the units or the sizes of the stress tests. The
/// ratio of sums is dominated by the few most expensive problems (a single
/// problem whose reference costs 100× the median decides it) and so measures
/// "how fast on the heaviest problems"; it is kept for comparability with
/// COFFE (Peng et al., 2025, "COFFE: A Code Efficiency Benchmark for Code
/// Generation").
///
/// **Which samples enter.** Only correct, *uncensored* samples: a sample
/// censored at a stress level has no complete cost (it was stopped at a limit
/// α times the reference's cost), so it cannot enter a ratio of costs. It is
/// not lost: it counts as correct in pass@k and scores 0 at its censored
/// levels in eff@k, which is where its slowness shows. Problems with no such
/// sample have no speedup, so speedup is inherently conditional on
/// correctness; [`Speedup::problems_with_ratio`] says over how many problems
/// it was taken.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Speedup {
    /// Geometric mean over problems of [`ProblemSummary::speedup`]:
    /// `exp(mean_p ln speedup_p)`. Lead with this one.
    pub geometric_mean: Option<f64>,
    /// COFFE's pooled ratio of sums over the same problems' complete correct
    /// samples: `Σ_p Σ_i R_p / Σ_p Σ_i C_{p,i}`.
    pub ratio_of_sums: Option<f64>,
    /// Number of problems given.
    pub problems: usize,
    /// Problems with a defined per-problem speedup (at least one correct,
    /// uncensored sample and non-zero totals).
    pub problems_with_ratio: usize,
    /// Correct, uncensored samples pooled over those problems.
    pub samples: usize,
}

/// Model-level speedup from per-problem summaries (see [`Speedup`]).
///
/// ```text
/// geometric_mean = exp( (1/|P|) Σ_{p∈P} ln speedup_p )
/// ratio_of_sums  = Σ_{p∈P} n_p R_p / Σ_{p∈P} Σ_i C_{p,i}
/// ```
///
/// where `P` is the set of problems whose [`ProblemSummary::speedup`] is
/// defined, `n_p` their number of correct uncensored samples, `R_p` the
/// reference total and `C_{p,i}` the samples' totals over the counted
/// levels. Both are `None` when `P` is empty.
pub fn speedup(summaries: &[ProblemSummary]) -> Speedup {
    let defined: Vec<&ProblemSummary> =
        summaries.iter().filter(|s| s.speedup().is_some()).collect();
    let ratios: Vec<f64> = defined.iter().filter_map(|s| s.speedup()).collect();
    let num: f64 = defined
        .iter()
        .map(|s| s.complete_correct as f64 * s.reference_total)
        .sum();
    let den: f64 = defined.iter().map(|s| s.complete_cost_sum).sum();
    Speedup {
        geometric_mean: geometric_mean(&ratios),
        ratio_of_sums: (!defined.is_empty()).then(|| num / den),
        problems: summaries.len(),
        problems_with_ratio: defined.len(),
        samples: defined.iter().map(|s| s.complete_correct).sum(),
    }
}

/// Geometric mean `exp((1/m) Σ ln x_i)`, computed through logarithms so that
/// long products neither overflow nor underflow. `None` when `values` is
/// empty or holds a value that is not finite and positive.
pub fn geometric_mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() || !values.iter().all(|x| x.is_finite() && *x > 0.0) {
        return None;
    }
    let mean_log = values.iter().map(|x| x.ln()).sum::<f64>() / values.len() as f64;
    Some(mean_log.exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(reference_total: f64, costs: &[f64]) -> ProblemSummary {
        ProblemSummary {
            samples: costs.len(),
            correct: costs.len(),
            efficient_total: 0,
            efficient_every_level: 0,
            scores: vec![(0.0, costs.len() as u64)],
            reference_total,
            complete_correct: costs.len(),
            complete_cost_sum: costs.iter().sum(),
            memory: None,
        }
    }

    #[test]
    fn geometric_mean_by_hand() {
        assert!((geometric_mean(&[2.0, 8.0]).unwrap() - 4.0).abs() < 1e-12);
        assert_eq!(geometric_mean(&[]), None);
        assert_eq!(geometric_mean(&[1.0, 0.0]), None);
    }

    #[test]
    fn ratio_of_sums_is_dominated_by_the_heavy_problem() {
        // Problem A: reference 10, two samples costing 5 and 15 → 2·10/20 = 1.
        // Problem B: reference 1000, one sample costing 250 → 4.
        // Problem C: no complete correct sample → excluded.
        let mut c = summary(7.0, &[]);
        c.samples = 3;
        let s = speedup(&[summary(10.0, &[5.0, 15.0]), summary(1000.0, &[250.0]), c]);
        // geometric mean √(1·4) = 2; ratio of sums (20 + 1000)/(20 + 250) = 1020/270.
        assert!((s.geometric_mean.unwrap() - 2.0).abs() < 1e-12);
        assert!((s.ratio_of_sums.unwrap() - 1020.0 / 270.0).abs() < 1e-12);
        assert_eq!((s.problems, s.problems_with_ratio, s.samples), (3, 2, 3));
    }

    #[test]
    fn no_ratio_without_complete_samples() {
        let s = speedup(&[summary(5.0, &[])]);
        assert_eq!((s.geometric_mean, s.ratio_of_sums), (None, None));
    }
}
