//! Counts are computed with, never expanded: identical samples are one
//! entry with a count, and the figures equal those of the expanded list. A
//! results file from elsewhere may state any count (2^40 here), and the
//! work stays proportional to the number of distinct samples.

use effgauge_metrics::{
    eff_at_k, eff_at_k_counted, pass_at_k, summarize, summarize_counted, EffConfig, Metric,
    Problem, SampleCosts,
};
use proptest::prelude::*;

const TOL: f64 = 1e-12;

/// A few distinct samples: correct ones of different costs (so different
/// scores, some above 1), a censored one and a wrong one.
fn distinct() -> Vec<SampleCosts> {
    vec![
        SampleCosts::correct(&[1.0, 10.0, 20.0, 40.0]),
        SampleCosts::correct(&[1.0, 8.0, 15.0, 30.0]),
        SampleCosts::correct(&[1.0, 14.0, 30.0, 70.0]),
        SampleCosts::censored(2, &[1.0, 24.0], 4),
        SampleCosts::wrong(4),
    ]
}

const REFERENCE: [f64; 4] = [1.0, 10.0, 20.0, 40.0];

proptest! {
    /// `summarize_counted` gives the figures of `summarize` over the list
    /// with every sample repeated its count times.
    #[test]
    fn counted_equals_expanded(counts in prop::collection::vec(0u64..6, 5), k in 1usize..12) {
        prop_assume!(counts.iter().sum::<u64>() > 0);
        let samples = distinct();
        let cfg = EffConfig::default();
        let counted: Vec<(&SampleCosts, u64)> = samples.iter().zip(counts.iter().copied()).collect();
        let expanded = Problem {
            reference: REFERENCE.to_vec(),
            samples: samples
                .iter()
                .zip(&counts)
                .flat_map(|(s, &c)| std::iter::repeat_n(s.clone(), c as usize))
                .collect(),
        };
        let a = summarize_counted(&REFERENCE, &counted, &cfg).unwrap();
        let b = summarize(&expanded, &cfg).unwrap();
        prop_assert_eq!(
            (a.samples, a.correct, a.efficient_total, a.efficient_every_level, a.complete_correct),
            (b.samples, b.correct, b.efficient_total, b.efficient_every_level, b.complete_correct)
        );
        prop_assert_eq!(a.complete_cost_sum, b.complete_cost_sum);
        prop_assert_eq!(&a.scores, &b.scores);
        for metric in [Metric::Pass, Metric::Eff] {
            match (a.value(metric, k), b.value(metric, k)) {
                (Some(x), Some(y)) => prop_assert!((x - y).abs() <= TOL, "{metric:?}@{k}: {x} vs {y}"),
                (x, y) => prop_assert_eq!(x, y),
            }
        }
        prop_assert_eq!(a.speedup(), b.speedup());
    }

    /// eff@k from (score, count) pairs, in any order and with repeated
    /// scores, is eff@k of the expanded scores.
    #[test]
    fn eff_from_pairs_equals_eff_of_the_expanded_scores(
        pairs in prop::collection::vec(
            (prop::sample::select(vec![0.0, 0.25, 0.5, 1.0, 1.5]), 0u64..5), 1..6),
        k in 1u64..15,
    ) {
        let expanded: Vec<f64> = pairs
            .iter()
            .flat_map(|&(e, c)| std::iter::repeat_n(e, c as usize))
            .collect();
        match (eff_at_k_counted(&pairs, k), eff_at_k(&expanded, k as usize)) {
            (Some(x), Some(y)) => prop_assert!((x - y).abs() <= TOL, "{x} vs {y}"),
            (x, y) => prop_assert_eq!(x, y),
        }
    }
}

/// 2^40 samples (8 TB as a list of costs) in two distinct ones: the summary
/// is made from the counts, at once.
#[test]
fn a_count_of_2_to_the_40_is_not_expanded() {
    let big = 1u64 << 40;
    let (fast, wrong) = (
        SampleCosts::correct(&[1.0, 10.0, 20.0, 40.0]),
        SampleCosts::wrong(4),
    );
    let cfg = EffConfig::default();
    let s = summarize_counted(&REFERENCE, &[(&fast, big), (&wrong, big)], &cfg).unwrap();
    assert_eq!((s.samples as u64, s.correct as u64), (2 * big, big));
    assert_eq!(s.scores, vec![(0.0, big), (1.0, big)]);
    assert_eq!(s.value(Metric::Pass, 1), Some(0.5));
    assert_eq!(s.value(Metric::Eff, 1), Some(0.5));
    // At k = 1 000, a half-correct pool is all but sure to hold a correct one.
    let p = s.value(Metric::Pass, 1_000).unwrap();
    let e = s.value(Metric::Eff, 1_000).unwrap();
    assert!((p - 1.0).abs() < 1e-12 && (e - p).abs() < 1e-12, "{p} {e}");
    assert_eq!(s.speedup(), Some(1.0));
    // pass@k with huge counts is min(c, k) multiplications: C(n−c, k)/C(n, k)
    // for n = 2^41, c = 2^40 − 1 and k = 3 is about 1/8.
    let none = 1.0 - pass_at_k(2 * big, big - 1, 3).unwrap();
    assert!((none - 0.125).abs() < 1e-9, "{none}");
}

/// Counts that sum beyond u64 are an error, not a wrap-around.
#[test]
fn counts_that_overflow_are_refused() {
    let s = SampleCosts::wrong(4);
    let err = summarize_counted(
        &REFERENCE,
        &[(&s, u64::MAX), (&s, 1)],
        &EffConfig::default(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the sample counts of a problem sum beyond what can be counted"
    );
}

/// Weights or an α from a file whose arithmetic overflows are errors, not a
/// NaN score (which eff@k would refuse by panicking).
#[test]
fn overflowing_weights_or_limits_are_refused() {
    let s = SampleCosts::correct(&REFERENCE);
    let weights = EffConfig {
        weights: vec![0.0, 1e308, 1e308, 1e308],
        ..EffConfig::default()
    };
    assert_eq!(
        summarize_counted(&REFERENCE, &[(&s, 1)], &weights)
            .unwrap_err()
            .to_string(),
        "level weights must be finite, non-negative, not all zero and of a finite sum"
    );
    let alpha = EffConfig {
        alpha: 1e308,
        ..EffConfig::default()
    };
    let err = summarize_counted(&REFERENCE, &[(&s, 1)], &alpha).unwrap_err();
    assert!(
        matches!(
            err,
            effgauge_metrics::MetricsError::InfiniteLimit { level: 1, .. }
        ),
        "{err}"
    );
}
