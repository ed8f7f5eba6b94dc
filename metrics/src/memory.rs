//! Memory as a second metric: mem@k, memory-efficient@k and dual@k.
//!
//! The sandbox counts, for every case, the most bytes a program held at once
//! (its *peak live bytes*), exactly and deterministically. A sample's memory
//! per level is its largest case's peak, as its cost per level is its
//! slowest case's. The memory metrics are the time metrics with peak memory
//! in place of cost, so that they read the same way:
//!
//! * **mem@k** is ENAMEL's eff@k over per-sample *memory scores*: the score
//!   of [`sample_score`](crate::sample_score) with the reference's and the
//!   sample's peak memory per level, the same levels and weights, and the
//!   memory configuration of [`memory_config`] (limit `M = 2 · max_l m*_l`).
//!   The reference scores exactly 1; a wrong sample 0; a sample that holds
//!   twice the reference's largest peak at a level scores 0 there.
//! * **memory-efficient@k** is COFFE's efficient@k in memory: correct, and
//!   holding strictly less than the reference in total over the counted
//!   levels ([`is_efficient`](crate::is_efficient) on memory).
//! * **dual@k** follows BEST's dual@k (efficient in time *and* space) on our
//!   levels: each sample's *dual score* is `min(e, e_mem)`, its time score
//!   and its memory score, so a sample is only as good as its worse side,
//!   and the reference scores exactly `min(1, 1) = 1`. dual@k is the eff@k
//!   estimator over dual scores.
//!
//! **Small figures.** Peaks under [`MEMORY_FLOOR_BYTES`] (a 4 KiB page) are
//! raised to it before scoring, on both sides: a program that holds a few
//! hundred bytes of frames and small objects is not "ten times" another
//! that holds a few dozen, and a reference that holds nothing at all (0
//! bytes) would leave the score without a scale.

use crate::{EffConfig, LimitMode, SampleCosts};

/// Memory figures below this many bytes count as this many.
pub const MEMORY_FLOOR_BYTES: f64 = 4096.0;

/// The limit factor of memory scores: a level's score reaches 0 at twice
/// the reference's largest peak (ENAMEL's α = 2 for time).
pub const MEMORY_ALPHA: f64 = 2.0;

/// The scoring configuration of memory scores, from the run's time
/// configuration: the same levels, weights, clipping and tie margin; the
/// memory α and one limit over all levels.
pub fn memory_config(time: &EffConfig) -> EffConfig {
    EffConfig {
        alpha: MEMORY_ALPHA,
        weights: time.weights.clone(),
        limit: LimitMode::Single,
        clip: time.clip,
        tie_margin: time.tie_margin,
        tie_floor: 0.0,
    }
}

/// A peak as it enters the scores (raised to [`MEMORY_FLOOR_BYTES`]).
pub fn floored(bytes: f64) -> f64 {
    bytes.max(MEMORY_FLOOR_BYTES)
}

/// A sample's memory per level as [`SampleCosts`]: its verdict, and each
/// level's peak (floored) where it has one.
pub fn memory_costs(verdict: crate::Verdict, level_peaks: &[Option<f64>]) -> SampleCosts {
    SampleCosts {
        verdict,
        level_costs: level_peaks.iter().map(|p| p.map(floored)).collect(),
    }
}

/// The dual score of a sample with time score `time` and memory score
/// `memory`: the worse of the two.
pub fn dual_score(time: f64, memory: f64) -> f64 {
    time.min(memory)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sample_score, Verdict};

    fn cfg() -> EffConfig {
        memory_config(&EffConfig {
            tie_margin: 0.03,
            ..EffConfig::default()
        })
    }

    #[test]
    fn the_reference_scores_one_and_twice_its_largest_peak_scores_zero() {
        let reference = [100.0, 8192.0, 65536.0, 1_000_000.0].map(floored);
        let same = memory_costs(
            Verdict::Correct,
            &[Some(100.0), Some(8192.0), Some(65536.0), Some(1e6)],
        );
        assert_eq!(sample_score(&same, &reference, &cfg()).unwrap(), 1.0);
        let double = memory_costs(
            Verdict::Correct,
            &[Some(1.0), Some(2e6), Some(2e6), Some(2e6)],
        );
        assert_eq!(sample_score(&double, &reference, &cfg()).unwrap(), 0.0);
    }

    #[test]
    fn figures_under_a_page_are_a_page() {
        let reference = [0.0, 0.0].map(floored);
        let small = memory_costs(Verdict::Correct, &[Some(10.0), Some(4000.0)]);
        let cfg = memory_config(&EffConfig {
            weights: vec![0.0, 1.0],
            ..EffConfig::default()
        });
        assert_eq!(sample_score(&small, &reference, &cfg).unwrap(), 1.0);
        let large = memory_costs(Verdict::Correct, &[Some(10.0), Some(8192.0)]);
        assert_eq!(sample_score(&large, &reference, &cfg).unwrap(), 0.0);
    }

    #[test]
    fn dual_is_the_worse_side() {
        assert_eq!(dual_score(1.0, 1.0), 1.0);
        assert_eq!(dual_score(0.4, 0.9), 0.4);
        assert_eq!(dual_score(1.2, 0.3), 0.3);
    }
}
