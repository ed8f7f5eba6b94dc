//! Numerical stability at large n: eff@k for n = 10 000 and every k, pass@k
//! for n up to 100 000.

use effgauge_metrics::{eff_at_ks, pass_at_k};
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A uniform f64 in [0, 1) from 53 random bits.
fn unit(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// eff@k for every k in 1..=n: finite, within [min e, max e], non-decreasing
/// in k, and equal to the mean at k = 1 and the maximum at k = n.
fn check_all_k(scores: &[f64]) {
    let n = scores.len();
    let (min, max) = scores
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &e| {
            (lo.min(e), hi.max(e))
        });
    let ks: Vec<usize> = (1..=n).collect();
    let values: Vec<f64> = eff_at_ks(scores, &ks)
        .into_iter()
        .map(Option::unwrap)
        .collect();
    for (i, &v) in values.iter().enumerate() {
        assert!(v.is_finite(), "k={}: {v}", i + 1);
        assert!(
            (min..=max).contains(&v),
            "k={}: {v} outside [{min}, {max}]",
            i + 1
        );
    }
    for (i, pair) in values.windows(2).enumerate() {
        assert!(
            pair[1] >= pair[0],
            "decreases from k={} to k={}: {pair:?}",
            i + 1,
            i + 2
        );
    }
    let mean = scores.iter().sum::<f64>() / n as f64;
    assert!((values[0] - mean).abs() < 1e-12 * mean.abs().max(1.0));
    assert_eq!(values[n - 1], max);
}

#[test]
fn eff_at_every_k_for_n_10_000_continuous_scores() {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    // ENAMEL scores live in [0, ~α/(α−1)]; spread them over [0, 2).
    let scores: Vec<f64> = (0..10_000).map(|_| 2.0 * unit(&mut rng)).collect();
    check_all_k(&scores);
}

#[test]
fn eff_at_every_k_for_n_10_000_with_ties_and_zeros() {
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    // 70 % incorrect (score 0), a block of exact ties at 1, the rest continuous.
    let scores: Vec<f64> = (0..10_000)
        .map(|i| match rng.next_u64() % 10 {
            0..=6 => 0.0,
            7 => 1.0,
            _ => unit(&mut rng) + (i % 3) as f64 * 0.1,
        })
        .collect();
    check_all_k(&scores);
}

#[test]
fn eff_at_every_k_for_n_10_000_single_correct_sample() {
    // The hardest case for cancellation: one non-zero score among 10 000.
    let mut scores = vec![0.0; 10_000];
    scores[1234] = 0.7;
    check_all_k(&scores);
}

#[test]
fn pass_at_k_up_to_n_100_000() {
    for &n in &[1_000u64, 12_345, 100_000] {
        let grid = [0, 1, 2, 7, 100, n / 3, n / 2, n - 1, n];
        let mut previous_c: Option<Vec<f64>> = None;
        for &c in &grid {
            let mut ks = vec![1, 2, 10, 100, 999, n / 10, n / 2, n - 1, n];
            ks.sort_unstable();
            ks.dedup();
            let values: Vec<f64> = ks.iter().map(|&k| pass_at_k(n, c, k).unwrap()).collect();
            for (&k, &v) in ks.iter().zip(&values) {
                assert!(
                    v.is_finite() && (0.0..=1.0).contains(&v),
                    "n={n} c={c} k={k}: {v}"
                );
            }
            // Non-decreasing in k …
            for w in values.windows(2) {
                assert!(w[1] >= w[0], "n={n} c={c}: {values:?}");
            }
            // … and in c.
            if let Some(prev) = &previous_c {
                for (a, b) in prev.iter().zip(&values) {
                    assert!(b >= a, "n={n} c={c}");
                }
            }
            previous_c = Some(values);
        }
        assert_eq!(pass_at_k(n, 0, n), Some(0.0));
        assert_eq!(pass_at_k(n, 1, n), Some(1.0));
        assert_eq!(pass_at_k(n, 1, n + 1), None);
    }
}

/// pass@k at n = 100 000 against the closed form through log-gamma:
/// C(n−c, k)/C(n, k) = exp(lnΓ(n−c+1) − lnΓ(n−c−k+1) − lnΓ(n+1) + lnΓ(n−k+1)).
#[test]
fn pass_at_k_matches_log_gamma_at_n_100_000() {
    use statrs::function::gamma::ln_gamma;
    let n = 100_000u64;
    for &(c, k) in &[(1u64, 1u64), (10, 100), (500, 20), (3, 50_000), (1_000, 10)] {
        let lg = |x: u64| ln_gamma(x as f64 + 1.0);
        let none = (lg(n - c) - lg(n - c - k) - lg(n) + lg(n - k)).exp();
        let expected = 1.0 - none;
        let got = pass_at_k(n, c, k).unwrap();
        assert!(
            (got - expected).abs() < 1e-7,
            "c={c} k={k}: {got} vs {expected}"
        );
    }
}
