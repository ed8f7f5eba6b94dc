//! Two models, problem by problem: on how many problems does A beat B?
//!
//! The count itself is exact; what is uncertain is what it says about
//! problems like these in general. Its interval is Clopper and Pearson's
//! (1934) exact binomial interval for the share p of problems on which A
//! beats B, treating the problems as independent draws: the lower bound is
//! the α/2 quantile of Beta(w, n − w + 1), the upper the 1 − α/2 quantile
//! of Beta(w + 1, n − w) (0 and 1 at the extremes). Unlike a percentile
//! bootstrap over problems (whose distribution of the count is exactly
//! Binomial(n, w/n) and so collapses to a point when A wins all or none), it
//! stays honest at 0 and n, and it never undercovers.

use crate::Interval;
use statrs::function::beta::inv_beta_reg;

/// Per-problem values of two models closer than this count as a tie.
pub const TIE_TOLERANCE: f64 = 1e-9;

/// How A fared against B over the problems both were scored on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeadToHead {
    /// Problems where A's value is higher.
    pub wins: usize,
    /// Problems where B's is.
    pub losses: usize,
    /// Problems where they are equal (within [`TIE_TOLERANCE`]).
    pub ties: usize,
    /// Clopper–Pearson interval of the share of problems A wins; `None`
    /// when there is no problem.
    pub win_share: Option<Interval>,
}

impl HeadToHead {
    /// Problems compared.
    pub fn problems(&self) -> usize {
        self.wins + self.losses + self.ties
    }
}

/// Compares `(a, b)` pairs of per-problem values (higher is better); a pair
/// with a non-finite value is left out.
pub fn head_to_head(pairs: &[(f64, f64)], confidence: f64) -> HeadToHead {
    let (mut wins, mut losses, mut ties) = (0, 0, 0);
    for &(a, b) in pairs {
        if !(a.is_finite() && b.is_finite()) {
            continue;
        }
        if (a - b).abs() <= TIE_TOLERANCE {
            ties += 1;
        } else if a > b {
            wins += 1;
        } else {
            losses += 1;
        }
    }
    HeadToHead {
        wins,
        losses,
        ties,
        win_share: clopper_pearson(wins, wins + losses + ties, confidence),
    }
}

/// The exact binomial interval of a proportion with `successes` out of
/// `trials`; `None` without trials or with a confidence outside (0, 1).
pub fn clopper_pearson(successes: usize, trials: usize, confidence: f64) -> Option<Interval> {
    if trials == 0 || successes > trials || !(confidence > 0.0 && confidence < 1.0) {
        return None;
    }
    let tail = (1.0 - confidence) / 2.0;
    let (w, n) = (successes as f64, trials as f64);
    let low = if successes == 0 {
        0.0
    } else {
        inv_beta_reg(w, n - w + 1.0, tail)
    };
    let high = if successes == trials {
        1.0
    } else {
        inv_beta_reg(w + 1.0, n - w, 1.0 - tail)
    };
    Some(Interval {
        low,
        high,
        confidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_wins_losses_and_ties() {
        let h = head_to_head(
            &[
                (1.0, 0.5),
                (0.2, 0.9),
                (1.0, 1.0 + 1e-12),
                (0.7, 0.1),
                (f64::NAN, 1.0),
            ],
            0.95,
        );
        assert_eq!((h.wins, h.losses, h.ties, h.problems()), (2, 1, 1, 4));
        let ci = h.win_share.unwrap();
        assert!(ci.low < 0.5 && 0.5 < ci.high, "{ci:?}");
    }

    /// Reference values from R's `binom.test(x, n)$conf.int`.
    #[test]
    fn matches_the_textbook_interval() {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
        let ci = clopper_pearson(7, 20, 0.95).unwrap();
        assert!(
            close(ci.low, 0.1539092) && close(ci.high, 0.5921885),
            "{ci:?}"
        );
        let none = clopper_pearson(0, 10, 0.95).unwrap();
        assert!(none.low == 0.0 && close(none.high, 0.3084971), "{none:?}");
        let all = clopper_pearson(10, 10, 0.95).unwrap();
        assert!(close(all.low, 0.6915029) && all.high == 1.0, "{all:?}");
        assert!(clopper_pearson(0, 0, 0.95).is_none());
        assert!(clopper_pearson(3, 2, 0.95).is_none());
    }
}
