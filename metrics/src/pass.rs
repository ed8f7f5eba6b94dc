//! pass@k and efficient@k: unbiased estimators of "at least one of k samples
//! has the property", from `n` samples of which `c` have it.

/// The unbiased estimator of P(at least one of k samples drawn without
/// replacement from n has the property), given that c of the n have it:
///
/// ```text
/// 1 − C(n−c, k) / C(n, k)  =  1 − ∏_{i=n−c+1}^{n} (1 − k/i)  =  1 − ∏_{j=0}^{k−1} (n−c−j)/(n−j)
/// ```
///
/// The product forms (the first is Chen et al., 2021, "Evaluating Large
/// Language Models Trained on Code", Codex paper, Fig. 3) multiply factors in
/// [0, 1], so they neither overflow nor cancel catastrophically for `n` up to
/// 10⁵ and beyond. The one with fewer factors is taken: `c` of them when
/// `c ≤ k`, else `k`, so the work is min(c, k) multiplications however large
/// the counts are (a results file states `c` and `n` as counts; they are
/// never expanded). Returns `None` when `k = 0` or `k > n` (unavailable).
///
/// # Panics
///
/// If `c > n`.
fn any_of_k(n: u64, c: u64, k: u64) -> Option<f64> {
    assert!(c <= n, "count {c} exceeds the number of samples {n}");
    if k == 0 || k > n {
        return None;
    }
    if n - c < k {
        // Every k-subset contains at least one sample with the property.
        return Some(1.0);
    }
    let mut none = 1.0_f64;
    if c <= k {
        let k = k as f64;
        for i in (n - c + 1)..=n {
            none *= 1.0 - k / i as f64;
        }
    } else {
        for j in 0..k {
            none *= (n - c - j) as f64 / (n - j) as f64;
        }
    }
    Some(1.0 - none)
}

/// pass@k: the probability that at least one of `k` samples is correct,
/// estimated without bias from `n` samples of which `c` are correct.
///
/// ```text
/// pass@k = 1 − C(n−c, k) / C(n, k)  =  1 − ∏_{i=n−c+1}^{n} (1 − k/i)
/// ```
///
/// Source: Chen et al., 2021, "Evaluating Large Language Models Trained on
/// Code" (the Codex paper), eq. (1) and its numerically stable product form.
/// A sample censored at a stress level (≥ 1) counts as correct, as in ENAMEL
/// (see [`Verdict::is_correct`](crate::Verdict::is_correct)).
///
/// Returns `None` (unavailable, never silently dropped) when `k = 0` or
/// `k > n`. The result is always in [0, 1].
///
/// # Panics
///
/// If `c > n`.
pub fn pass_at_k(n: u64, c: u64, k: u64) -> Option<f64> {
    any_of_k(n, c, k)
}

/// efficient@k (COFFE): the probability that at least one of `k` samples is
/// correct *and* efficient, from `n` samples of which `c_efficient` are.
///
/// ```text
/// efficient@k = 1 − C(n − c_e, k) / C(n, k)
/// ```
///
/// Source: Peng et al., 2025, "COFFE: A Code Efficiency Benchmark for Code
/// Generation" (FSE 2025): pass@k with "correct" replaced by "correct and
/// cheaper than the ground truth". Which samples are efficient is decided by
/// [`is_efficient`](crate::is_efficient). Computed with the same stable
/// product as [`pass_at_k`]; `None` when `k = 0` or `k > n`.
///
/// # Panics
///
/// If `c_efficient > n`.
pub fn efficient_at_k(n: u64, c_efficient: u64, k: u64) -> Option<f64> {
    any_of_k(n, c_efficient, k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values_by_hand() {
        // n = 4, c = 1, k = 2: 1 − C(3,2)/C(4,2) = 1 − 3/6 = 0.5
        assert!((pass_at_k(4, 1, 2).unwrap() - 0.5).abs() < 1e-15);
        // n = 5, c = 2, k = 1: c/n = 0.4
        assert!((pass_at_k(5, 2, 1).unwrap() - 0.4).abs() < 1e-15);
        assert_eq!(pass_at_k(5, 0, 3), Some(0.0));
        assert_eq!(pass_at_k(5, 3, 3), Some(1.0));
        assert_eq!(pass_at_k(5, 5, 5), Some(1.0));
    }

    #[test]
    fn unavailable_k() {
        assert_eq!(pass_at_k(5, 2, 6), None);
        assert_eq!(pass_at_k(5, 2, 0), None);
        assert_eq!(efficient_at_k(0, 0, 1), None);
    }

    #[test]
    #[should_panic(expected = "exceeds")]
    fn count_above_n_panics() {
        let _ = pass_at_k(3, 4, 1);
    }
}
