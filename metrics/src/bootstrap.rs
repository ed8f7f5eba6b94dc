//! Confidence intervals for a mean over problems: a seeded percentile
//! bootstrap (the default) and a Student-t interval to cross-check it.

use rand_chacha::rand_core::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use statrs::distribution::{ContinuousCDF, StudentsT};

use crate::MetricsError;

/// A two-sided confidence interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
    /// Nominal coverage, e.g. 0.95.
    pub confidence: f64,
}

/// Settings of the bootstrap over problems. Reports should print them next
/// to every interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BootstrapConfig {
    /// Number of bootstrap resamples B (default 10 000).
    pub resamples: usize,
    /// Seed of the ChaCha8 stream (default 0). The same seed gives the same
    /// interval on every platform.
    pub seed: u64,
    /// Nominal coverage (default 0.95).
    pub confidence: f64,
}

impl Default for BootstrapConfig {
    fn default() -> Self {
        BootstrapConfig {
            resamples: 10_000,
            seed: 0,
            confidence: 0.95,
        }
    }
}

impl BootstrapConfig {
    /// Checks `resamples ≥ 1` and `0 < confidence < 1`.
    pub fn validate(&self) -> Result<(), MetricsError> {
        if self.resamples == 0 {
            return Err(MetricsError::InvalidBootstrap(
                "resamples must be at least 1",
            ));
        }
        if !(self.confidence > 0.0 && self.confidence < 1.0) {
            return Err(MetricsError::InvalidBootstrap(
                "confidence must lie strictly between 0 and 1",
            ));
        }
        Ok(())
    }
}

/// Arithmetic mean; `None` for an empty slice.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Percentile-bootstrap confidence interval for the mean of `values` (one
/// value per problem), resampling problems with replacement.
///
/// ```text
/// for b in 1..=B:  m_b = mean of values[i_1], …, values[i_m],  i_j ~ Uniform{0..m−1}
/// a = (1 − confidence) / 2
/// interval = [Q(a), Q(1 − a)]  of the sorted m_b
/// ```
///
/// `Q` is the linear-interpolation sample quantile (Hyndman & Fan, 1996,
/// "Sample Quantiles in Statistical Packages", type 7: `h = (B−1)p`,
/// `Q = m_(⌊h⌋) + (h − ⌊h⌋)(m_(⌊h⌋+1) − m_(⌊h⌋))`); the method is Efron &
/// Tibshirani, 1993, "An Introduction to the Bootstrap", ch. 13.
///
/// Deterministic for a given seed on every platform: indices come from
/// `ChaCha8Rng::seed_from_u64(seed)` (a specified stream cipher and a
/// specified seed expansion) through Lemire's unbiased multiply-and-reject
/// bounded draw, all in integer arithmetic, and the means are summed in a
/// fixed order.
///
/// Returns `None` when `values` is empty or holds a non-finite value, or when
/// the configuration is invalid (see [`BootstrapConfig::validate`]).
pub fn bootstrap_mean_ci(values: &[f64], cfg: &BootstrapConfig) -> Option<Interval> {
    if values.is_empty() || cfg.validate().is_err() || !values.iter().all(|v| v.is_finite()) {
        return None;
    }
    let m = values.len();
    let mut rng = ChaCha8Rng::seed_from_u64(cfg.seed);
    let mut means: Vec<f64> = (0..cfg.resamples)
        .map(|_| {
            let sum: f64 = (0..m)
                .map(|_| values[uniform_below(&mut rng, m as u64) as usize])
                .sum();
            sum / m as f64
        })
        .collect();
    means.sort_by(f64::total_cmp);
    let a = (1.0 - cfg.confidence) / 2.0;
    Some(Interval {
        low: quantile_sorted(&means, a),
        high: quantile_sorted(&means, 1.0 - a),
        confidence: cfg.confidence,
    })
}

/// Student-t confidence interval for the mean, a normal-theory cross-check
/// of [`bootstrap_mean_ci`]:
///
/// ```text
/// x̄ ± t_{m−1, 1−a} · s / √m,    s² = Σ (x_i − x̄)² / (m − 1),    a = (1 − confidence)/2
/// ```
///
/// (Student, 1908; the quantile comes from `statrs`). Returns `None` for
/// fewer than two values, a non-finite value, or a confidence outside (0, 1).
pub fn t_mean_ci(values: &[f64], confidence: f64) -> Option<Interval> {
    let m = values.len();
    if m < 2 || !(confidence > 0.0 && confidence < 1.0) || !values.iter().all(|v| v.is_finite()) {
        return None;
    }
    let x_bar = mean(values)?;
    let var = values.iter().map(|x| (x - x_bar).powi(2)).sum::<f64>() / (m - 1) as f64;
    let dist = StudentsT::new(0.0, 1.0, (m - 1) as f64).ok()?;
    let t = dist.inverse_cdf(1.0 - (1.0 - confidence) / 2.0);
    let half = t * (var / m as f64).sqrt();
    Some(Interval {
        low: x_bar - half,
        high: x_bar + half,
        confidence,
    })
}

/// Type-7 quantile of ascending, non-empty `sorted` at `p ∈ [0, 1]`.
fn quantile_sorted(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// Uniform integer in `0..bound` (`bound ≥ 1`) by Lemire's method (Lemire,
/// 2019, "Fast Random Integer Generation in an Interval"): exact, no modulo
/// bias, and independent of `rand`'s distribution code.
fn uniform_below(rng: &mut ChaCha8Rng, bound: u64) -> u64 {
    let mut product = u128::from(rng.next_u64()) * u128::from(bound);
    if (product as u64) < bound {
        let threshold = bound.wrapping_neg() % bound;
        while (product as u64) < threshold {
            product = u128::from(rng.next_u64()) * u128::from(bound);
        }
    }
    (product >> 64) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantile_interpolates() {
        let s = [0.0, 1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile_sorted(&s, 0.0), 0.0);
        assert_eq!(quantile_sorted(&s, 1.0), 4.0);
        assert_eq!(quantile_sorted(&s, 0.5), 2.0);
        assert!((quantile_sorted(&s, 0.1) - 0.4).abs() < 1e-15);
    }

    #[test]
    fn uniform_below_stays_in_range_and_covers_it() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut seen = [0usize; 7];
        for _ in 0..7_000 {
            let i = uniform_below(&mut rng, 7);
            seen[i as usize] += 1;
        }
        assert!(seen.iter().all(|&c| c > 800), "{seen:?}");
        assert_eq!(uniform_below(&mut rng, 1), 0);
    }

    #[test]
    fn degenerate_inputs() {
        let cfg = BootstrapConfig::default();
        assert_eq!(bootstrap_mean_ci(&[], &cfg), None);
        assert_eq!(bootstrap_mean_ci(&[f64::NAN], &cfg), None);
        let bad = BootstrapConfig {
            confidence: 1.0,
            ..cfg
        };
        assert_eq!(bootstrap_mean_ci(&[1.0, 2.0], &bad), None);
        let ci = bootstrap_mean_ci(&[0.5; 10], &cfg).unwrap();
        assert_eq!((ci.low, ci.high), (0.5, 0.5));
        assert_eq!(t_mean_ci(&[1.0], 0.95), None);
    }

    #[test]
    fn t_interval_matches_table() {
        // x = 1..=5: mean 3, s² = 10/4 = 2.5, s/√5 = 0.70711; t_{4, 0.975} = 2.776445
        let ci = t_mean_ci(&[1.0, 2.0, 3.0, 4.0, 5.0], 0.95).unwrap();
        let half = 2.776_445_105 * (2.5_f64 / 5.0).sqrt();
        assert!((ci.low - (3.0 - half)).abs() < 1e-6, "{ci:?}");
        assert!((ci.high - (3.0 + half)).abs() < 1e-6, "{ci:?}");
    }
}
