//! Property tests: every @k estimator against brute-force enumeration of
//! every k-subset of n ≤ 12 samples, exact to 1e-12.

use effgauge_metrics::{eff_at_k, eff_at_ks, efficient_at_k, pass_at_k};
use proptest::prelude::*;

const TOL: f64 = 1e-12;

/// All k-subsets of 0..n as bit masks.
fn subsets(n: usize, k: usize) -> impl Iterator<Item = u32> {
    (0u32..(1 << n)).filter(move |m| m.count_ones() as usize == k)
}

/// Average over all k-subsets of the best score in the subset.
fn brute_eff(scores: &[f64], k: usize) -> f64 {
    let (mut sum, mut count) = (0.0, 0u64);
    for mask in subsets(scores.len(), k) {
        let best = (0..scores.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| scores[i])
            .fold(f64::NEG_INFINITY, f64::max);
        sum += best;
        count += 1;
    }
    sum / count as f64
}

/// Fraction of k-subsets that contain at least one flagged sample.
fn brute_any(flags: &[bool], k: usize) -> f64 {
    let (mut hits, mut count) = (0u64, 0u64);
    for mask in subsets(flags.len(), k) {
        hits += u64::from((0..flags.len()).any(|i| mask & (1 << i) != 0 && flags[i]));
        count += 1;
    }
    hits as f64 / count as f64
}

/// Scores with ties (drawn from a small set) or continuous, including above 1.
fn scores(max_len: usize) -> impl Strategy<Value = Vec<f64>> {
    let value = prop_oneof![
        prop::sample::select(vec![0.0, 0.25, 0.5, 1.0, 1.5]),
        0.0..2.0f64,
    ];
    prop::collection::vec(value, 1..=max_len)
}

fn scores_and_k() -> impl Strategy<Value = (Vec<f64>, usize)> {
    scores(12).prop_flat_map(|s| {
        let n = s.len();
        (Just(s), 1..=n)
    })
}

fn flags_and_k() -> impl Strategy<Value = (Vec<bool>, usize)> {
    prop::collection::vec(any::<bool>(), 1..=12).prop_flat_map(|f| {
        let n = f.len();
        (Just(f), 1..=n)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn eff_at_k_matches_brute_force((scores, k) in scores_and_k()) {
        let fast = eff_at_k(&scores, k).unwrap();
        let slow = brute_eff(&scores, k);
        prop_assert!((fast - slow).abs() <= TOL, "n={} k={k}: {fast} vs {slow}", scores.len());
    }

    #[test]
    fn eff_at_ks_agrees_with_eff_at_k(scores in scores(12)) {
        let ks: Vec<usize> = (0..=scores.len() + 1).collect();
        let many = eff_at_ks(&scores, &ks);
        for (&k, value) in ks.iter().zip(many) {
            prop_assert_eq!(value, eff_at_k(&scores, k));
        }
    }

    #[test]
    fn pass_at_k_matches_brute_force((correct, k) in flags_and_k()) {
        let n = correct.len() as u64;
        let c = correct.iter().filter(|&&b| b).count() as u64;
        let fast = pass_at_k(n, c, k as u64).unwrap();
        let slow = brute_any(&correct, k);
        prop_assert!((fast - slow).abs() <= TOL, "n={n} c={c} k={k}: {fast} vs {slow}");
    }

    #[test]
    fn efficient_at_k_matches_brute_force((efficient, k) in flags_and_k()) {
        let n = efficient.len() as u64;
        let c_e = efficient.iter().filter(|&&b| b).count() as u64;
        let fast = efficient_at_k(n, c_e, k as u64).unwrap();
        let slow = brute_any(&efficient, k);
        prop_assert!((fast - slow).abs() <= TOL, "n={n} c_e={c_e} k={k}: {fast} vs {slow}");
    }

    /// With 0/1 scores, eff@k is pass@k (here for n well beyond brute force).
    #[test]
    fn eff_at_k_with_binary_scores_is_pass_at_k(
        correct in prop::collection::vec(any::<bool>(), 1..=300),
        k_frac in 0.0..1.0f64,
    ) {
        let n = correct.len();
        let k = 1 + ((n - 1) as f64 * k_frac) as usize;
        let scores: Vec<f64> = correct.iter().map(|&b| f64::from(u8::from(b))).collect();
        let c = correct.iter().filter(|&&b| b).count() as u64;
        let eff = eff_at_k(&scores, k).unwrap();
        let pass = pass_at_k(n as u64, c, k as u64).unwrap();
        prop_assert!((eff - pass).abs() <= TOL, "n={n} c={c} k={k}: {eff} vs {pass}");
    }

    /// k = 0 and k > n are unavailable, never a number.
    #[test]
    fn out_of_range_k_is_unavailable(scores in scores(12), extra in 1usize..5) {
        let n = scores.len();
        prop_assert_eq!(eff_at_k(&scores, 0), None);
        prop_assert_eq!(eff_at_k(&scores, n + extra), None);
        prop_assert_eq!(pass_at_k(n as u64, 0, (n + extra) as u64), None);
        prop_assert_eq!(efficient_at_k(n as u64, 0, 0), None);
    }
}

/// The brute force itself, on a case small enough to do by hand:
/// scores {0, 1, 2}, k = 2: subsets {0,1} {0,2} {1,2} have maxima 1, 2, 2 → 5/3.
#[test]
fn brute_force_sanity() {
    assert!((brute_eff(&[0.0, 1.0, 2.0], 2) - 5.0 / 3.0).abs() < 1e-15);
    assert!((eff_at_k(&[2.0, 0.0, 1.0], 2).unwrap() - 5.0 / 3.0).abs() < 1e-15);
    // flags {T, F, F}, k = 2: 2 of 3 pairs contain the true one.
    assert!((brute_any(&[true, false, false], 2) - 2.0 / 3.0).abs() < 1e-15);
}
