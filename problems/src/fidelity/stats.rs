//! The agreement figures of the fidelity benchmark: pure functions over
//! pairs of ratios, (fuel ratio, time ratio) for a cost model and (time
//! ratio of repetition 1, of repetition 2) for the noise floor.

use serde::Serialize;

/// How well two ratios of the same pairs agree.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figures {
    pub pairs: usize,
    /// Spearman's ρ of the logs of the two ratios.
    pub spearman: Option<f64>,
    /// Fraction of pairs whose ratios are within 1.5× of each other.
    pub within_1_5x: Option<f64>,
    /// Fraction of pairs whose ratios are on the same side of 2×.
    pub same_side_of_2x: Option<f64>,
    /// ... and of 1×.
    pub same_side_of_1x: Option<f64>,
}

impl Figures {
    /// The figures of `(a, b)` ratio pairs (positive).
    pub fn of(ratios: &[(f64, f64)]) -> Figures {
        let logs = |f: fn(&(f64, f64)) -> f64| ratios.iter().map(|r| f(r).ln()).collect::<Vec<_>>();
        Figures {
            pairs: ratios.len(),
            spearman: spearman(&logs(|r| r.0), &logs(|r| r.1)),
            within_1_5x: within_factor(ratios, 1.5),
            same_side_of_2x: same_side(ratios, 2.0),
            same_side_of_1x: same_side(ratios, 1.0),
        }
    }
}

/// The noise floor: how well native time agrees with itself, as the
/// figures of each pair's time ratio in repetition 1 against repetition 2.
/// No cost model can be shown to agree with time better than this.
pub fn noise_floor(time_ratio_runs: &[[f64; 2]]) -> Figures {
    let ratios: Vec<(f64, f64)> = time_ratio_runs.iter().map(|r| (r[0], r[1])).collect();
    Figures::of(&ratios)
}

/// The geometric mean of positive figures (1 when there are none).
pub fn geometric_mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        return 1.0;
    }
    (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp()
}

/// Ranks 1..=n of `xs`, ties sharing the average of the ranks they span.
pub fn average_ranks(xs: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..xs.len()).collect();
    order.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]));
    let mut ranks = vec![0.0; xs.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && xs[order[j + 1]] == xs[order[i]] {
            j += 1;
        }
        // Positions i..=j (0-based) hold ranks i+1..=j+1: their mean.
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            ranks[k] = rank;
        }
        i = j + 1;
    }
    ranks
}

/// Pearson's correlation; `None` with fewer than 2 points or no spread.
pub fn pearson(xs: &[f64], ys: &[f64]) -> Option<f64> {
    assert_eq!(xs.len(), ys.len());
    let n = xs.len();
    if n < 2 {
        return None;
    }
    let mx = xs.iter().sum::<f64>() / n as f64;
    let my = ys.iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in xs.iter().zip(ys) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
}

/// Spearman's ρ: Pearson's correlation of the average ranks.
pub fn spearman(xs: &[f64], ys: &[f64]) -> Option<f64> {
    pearson(&average_ranks(xs), &average_ranks(ys))
}

/// Fraction of pairs `(a, b)` (positive ratios) within `factor` of each
/// other: max(a/b, b/a) ≤ factor. `None` when there are no pairs.
pub fn within_factor(pairs: &[(f64, f64)], factor: f64) -> Option<f64> {
    fraction(pairs, |a, b| (a / b).max(b / a) <= factor)
}

/// Fraction of pairs whose two ratios lie on the same side of `threshold`
/// (both ≥ it, or both below). `None` when there are no pairs.
pub fn same_side(pairs: &[(f64, f64)], threshold: f64) -> Option<f64> {
    fraction(pairs, |a, b| (a >= threshold) == (b >= threshold))
}

fn fraction(pairs: &[(f64, f64)], keep: impl Fn(f64, f64) -> bool) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.iter().filter(|&&(a, b)| keep(a, b)).count();
    Some(n as f64 / pairs.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn ranks_average_ties() {
        assert_eq!(
            average_ranks(&[10.0, 20.0, 20.0, 5.0]),
            vec![2.0, 3.5, 3.5, 1.0]
        );
        assert_eq!(average_ranks(&[1.0, 1.0, 1.0]), vec![2.0, 2.0, 2.0]);
        assert!(average_ranks(&[]).is_empty());
    }

    #[test]
    fn spearman_of_monotone_and_reversed_data() {
        let xs = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert!(close(
            spearman(&xs, &[1.0, 10.0, 100.0, 1e3, 1e4]).unwrap(),
            1.0
        ));
        assert!(close(
            spearman(&xs, &[5.0, 4.0, 3.0, 2.0, 1.0]).unwrap(),
            -1.0
        ));
    }

    #[test]
    fn spearman_by_hand() {
        // Ranks x = 1 2 3 4 5, y = 2 1 4 3 5: d² = 1+1+1+1+0 = 4, no ties,
        // ρ = 1 − 6·4 / (5·24) = 0.8.
        let rho = spearman(&[1.0, 2.0, 3.0, 4.0, 5.0], &[2.0, 1.0, 4.0, 3.0, 5.0]).unwrap();
        assert!(close(rho, 0.8), "{rho}");
        // With a tie: x ranks 1 2 3 4, y = [1, 2, 2, 3] ranks 1 2.5 2.5 4.
        // Deviations x: −1.5 −.5 .5 1.5; y: −1.5 0 0 1.5.
        // Σxy = 2.25+0+0+2.25 = 4.5; Σx² = 5; Σy² = 4.5; ρ = 4.5/√22.5.
        let rho = spearman(&[1.0, 2.0, 3.0, 4.0], &[1.0, 2.0, 2.0, 3.0]).unwrap();
        assert!(close(rho, 4.5 / 22.5f64.sqrt()), "{rho}");
    }

    #[test]
    fn spearman_needs_spread() {
        assert_eq!(spearman(&[1.0], &[2.0]), None);
        assert_eq!(spearman(&[1.0, 2.0], &[3.0, 3.0]), None);
    }

    #[test]
    fn fractions() {
        let pairs = [(1.0, 1.4), (3.0, 1.9), (0.5, 0.8), (2.0, 2.0)];
        // Quotients: 1.4, 1.58, 1.6, 1.0: two within 1.5×.
        assert_eq!(within_factor(&pairs, 1.5), Some(0.5));
        // Side of 2: (no, no) (yes, no) (no, no) (yes, yes): 3 of 4.
        assert_eq!(same_side(&pairs, 2.0), Some(0.75));
        // Side of 1: (yes, yes) (yes, yes) (no, no) (yes, yes): all.
        assert_eq!(same_side(&pairs, 1.0), Some(1.0));
        assert_eq!(within_factor(&[], 1.5), None);
        assert_eq!(same_side(&[], 2.0), None);
    }

    #[test]
    fn noise_floor_compares_the_two_repetitions() {
        // Repetition 2 keeps repetition 1's order but for the last two pairs
        // (ranks 1 2 3 5 4: ρ = 1 − 6·2 / (5·24) = 0.9).
        let runs = [[0.5, 0.6], [1.2, 1.1], [2.0, 3.2], [4.0, 8.0], [5.0, 6.0]];
        let floor = noise_floor(&runs);
        assert_eq!(floor.pairs, 5);
        assert!(close(floor.spearman.unwrap(), 0.9), "{floor:?}");
        // Quotients 1.2, 1.09, 1.6, 2.0, 1.2: three of five within 1.5×.
        assert_eq!(floor.within_1_5x, Some(0.6));
        // Side of 2×: (no, no) (no, no) (yes, yes) (yes, yes) (yes, yes).
        assert_eq!(floor.same_side_of_2x, Some(1.0));
        // Side of 1×: the second pair is 1.2 against 1.1, both above.
        assert_eq!(floor.same_side_of_1x, Some(1.0));
        // Identical repetitions agree perfectly; none have no figures.
        let same = noise_floor(&[[0.5, 0.5], [2.0, 2.0], [3.0, 3.0]]);
        assert_eq!((same.spearman, same.within_1_5x), (Some(1.0), Some(1.0)));
        let none = noise_floor(&[]);
        assert_eq!(
            (none.pairs, none.spearman, none.within_1_5x),
            (0, None, None)
        );
    }

    #[test]
    fn figures_are_those_of_the_ratio_pairs() {
        let pairs = [(1.0, 1.4), (3.0, 1.9), (0.5, 0.8), (2.0, 2.0)];
        let f = Figures::of(&pairs);
        assert_eq!(f.pairs, 4);
        assert_eq!(f.within_1_5x, Some(0.5));
        assert_eq!(f.same_side_of_2x, Some(0.75));
        // Logs keep the order: ranks x 2 4 1 3, y 2 3 1 4, d² = 0+1+0+1.
        assert!(close(f.spearman.unwrap(), 1.0 - 6.0 * 2.0 / (4.0 * 15.0)));
    }

    #[test]
    fn geometric_means() {
        assert!(close(geometric_mean(&[2.0, 8.0]), 4.0));
        assert!(close(geometric_mean(&[0.5, 2.0]), 1.0));
        assert_eq!(geometric_mean(&[]), 1.0);
    }
}
