//! Growth exponents: how cost scales with input size, measured.
//!
//! Every level of a problem declares its nominal input size n. Between two
//! consecutive counted levels `a` and `b` (weight > 0) with costs `c` and
//! sizes `s`, the empirical exponent is
//!
//! ```text
//! k = ln(c_b / c_a) / ln(s_b / s_a)
//! ```
//!
//! the slope of the cost curve on log–log axes: a sample that is "≈ n^2.0
//! where the reference is n^1.0" is quadratic where the reference is linear,
//! whatever its constant factors. A sample stopped by its cost limit at
//! level `b` has no cost there, only a floor (it spent at least the limit),
//! which gives a lower bound on the exponent; that is often the most telling
//! figure, since the slow algorithms are the ones that get stopped.

use serde::{Deserialize, Serialize};

/// One level of a scaling curve: its size and cost.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LevelPoint {
    /// The level's index.
    pub level: usize,
    /// Its nominal input size n.
    pub size: u64,
    /// Its cost (the slowest case), or the floor known for it.
    pub cost: f64,
    /// `cost` is only a floor: the sample hit its limit there.
    pub at_least: bool,
}

/// The exponent between two consecutive points of a curve.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GrowthStep {
    /// The smaller level.
    pub from: usize,
    /// The larger level.
    pub to: usize,
    /// ln(cost ratio) / ln(size ratio), rounded to 3 decimals.
    pub exponent: f64,
    /// The exponent is a lower bound (the cost at `to` is a floor).
    pub at_least: bool,
}

/// The points of a curve: every counted level with a size, in order, up to
/// the first level without a cost. If the curve stops at a level for which
/// `floor` gives `(level, limit)`, that level closes the curve as a floor.
/// A counted level without a declared size is left out (its neighbours are
/// then consecutive).
pub fn curve_points(
    level_costs: &[Option<f64>],
    sizes: &[Option<u64>],
    counted: impl Fn(usize) -> bool,
    floor: Option<(usize, f64)>,
) -> Vec<LevelPoint> {
    let mut points = Vec::new();
    for (level, cost) in level_costs.iter().enumerate() {
        let Some(size) = sizes.get(level).copied().flatten() else {
            continue;
        };
        if !counted(level) {
            continue;
        }
        match (cost, floor) {
            (Some(cost), _) => points.push(LevelPoint {
                level,
                size,
                cost: *cost,
                at_least: false,
            }),
            (None, Some((at, limit))) if at == level => {
                points.push(LevelPoint {
                    level,
                    size,
                    cost: limit,
                    at_least: true,
                });
                break;
            }
            (None, _) => break,
        }
    }
    points
}

/// The exponent of every consecutive pair of points. A pair is skipped
/// when a cost is not positive, the size does not grow, or its first point
/// is a floor (nothing is known after it).
pub fn growth_exponents(points: &[LevelPoint]) -> Vec<GrowthStep> {
    points
        .windows(2)
        .filter_map(|pair| {
            let (a, b) = (pair[0], pair[1]);
            let usable = a.cost > 0.0 && b.cost > 0.0 && b.size > a.size && !a.at_least;
            usable.then(|| GrowthStep {
                from: a.level,
                to: b.level,
                exponent: round3((b.cost / a.cost).ln() / (b.size as f64 / a.size as f64).ln()),
                at_least: b.at_least,
            })
        })
        .collect()
}

/// Rounded to 3 decimals: `ln` comes from the platform's libm, which may
/// differ from another's in the last bit, and a results file must be the
/// same bytes everywhere. (−0 becomes 0 for the same reason.)
fn round3(x: f64) -> f64 {
    let r = (x * 1000.0).round() / 1000.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weighted(l: usize) -> bool {
        l > 0
    }

    #[test]
    fn linear_and_quadratic_curves() {
        let sizes = [Some(5), Some(1_000), Some(10_000), Some(100_000)];
        let linear = [Some(7.0), Some(2e4), Some(2e5), Some(2e6)];
        let points = curve_points(&linear, &sizes, weighted, None);
        assert_eq!(points.len(), 3, "level 0 is not on the curve");
        let steps = growth_exponents(&points);
        assert_eq!(
            steps
                .iter()
                .map(|s| (s.from, s.to, s.exponent))
                .collect::<Vec<_>>(),
            [(1, 2, 1.0), (2, 3, 1.0)]
        );
        let quadratic = [Some(7.0), Some(3e4), Some(3e6), Some(3e8)];
        let steps = growth_exponents(&curve_points(&quadratic, &sizes, weighted, None));
        assert!(steps.iter().all(|s| s.exponent == 2.0 && !s.at_least));
    }

    #[test]
    fn a_stopped_sample_gives_a_lower_bound() {
        let sizes = [Some(5), Some(1_000), Some(4_000), Some(16_000)];
        let costs = [Some(7.0), Some(1e6), None, None];
        // Stopped at level 2 by a limit of 6.4e7 fuel: at least 64× the
        // cost for 4× the size, so at least n^3.
        let points = curve_points(&costs, &sizes, weighted, Some((2, 6.4e7)));
        assert_eq!(points.len(), 2);
        assert!(points[1].at_least);
        let steps = growth_exponents(&points);
        assert_eq!(steps.len(), 1);
        assert_eq!((steps[0].exponent, steps[0].at_least), (3.0, true));
        // A sample that stopped for another reason (wrong) has no floor.
        assert!(growth_exponents(&curve_points(&costs, &sizes, weighted, None)).is_empty());
        // Nor does a floor at a level other than where it stopped.
        let floor_elsewhere = curve_points(&costs, &sizes, weighted, Some((3, 1e9)));
        assert_eq!(floor_elsewhere.len(), 1);
    }

    #[test]
    fn unusable_pairs_are_skipped() {
        let costs = [None, Some(0.0), Some(100.0), Some(400.0), Some(800.0)];
        let sizes = [None, Some(10), Some(20), Some(20), None];
        let points = curve_points(&costs, &sizes, |_| true, None);
        assert_eq!(points.len(), 3, "levels without a size are left out");
        // 0 → 100: no ratio; 20 → 20: no growth.
        assert!(growth_exponents(&points).is_empty());
    }

    #[test]
    fn exponents_are_rounded_and_never_negative_zero() {
        let sizes = [Some(1), Some(3)];
        let steps = growth_exponents(&curve_points(
            &[Some(10.0), Some(20.0)],
            &sizes,
            |_| true,
            None,
        ));
        // ln 2 / ln 3 = 0.63092975...
        assert_eq!(steps[0].exponent, 0.631);
        let flat = growth_exponents(&curve_points(
            &[Some(1e6), Some(1e6 - 1.0)],
            &sizes,
            |_| true,
            None,
        ));
        assert!(flat[0].exponent == 0.0 && flat[0].exponent.is_sign_positive());
    }
}
