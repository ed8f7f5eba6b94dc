//! # effgauge-metrics: turning measured costs into efficiency numbers
//!
//! effgauge runs code written by language models against a problem's tests
//! and meters what each run costs. This crate is the last, purely
//! arithmetical step: from the verdicts and costs of `n` samples per problem,
//! and the cost of each problem's reference solution, it computes the numbers
//! a report prints, with the uncertainty that comes from a benchmark having
//! only so many problems. It does no I/O, keeps no state, and every function
//! is deterministic (the bootstrap is seeded).
//!
//! ## Why several metrics
//!
//! Correctness comes first: a fast wrong answer is worth nothing, so every
//! efficiency metric here gives an incorrect sample the worst value. Beyond
//! that, "how efficient is the code" has no single answer, and the literature
//! offers estimators that answer different questions:
//!
//! * **pass@k** (Chen et al., 2021) — would at least one of k samples be
//!   correct? The baseline every other number must be read against.
//! * **eff@k** (ENAMEL; Qiu et al., 2025) — what is the expected best
//!   *efficiency score* among k samples? The score compares a sample's cost
//!   with the reference's on stress levels of growing size, relative to a
//!   limit α times the reference cost, so it rewards matching or beating an
//!   expert solution and gives partial credit to slower ones. It folds
//!   correctness in (incorrect samples score 0) and is the most informative
//!   single number.
//! * **efficient@k** (COFFE; Peng et al., 2025) — would at least one of k
//!   samples be correct *and* cheaper than the reference? A yes/no version of
//!   the same question, easy to explain, insensitive to α.
//! * **speedup** (COFFE) — by what factor are correct samples cheaper than
//!   the reference? We report the geometric mean of per-problem ratios first
//!   and COFFE's pooled ratio of sums second (see [`Speedup`] for why).
//!
//! All @k estimators are the unbiased ones from `n ≥ k` samples, computed in
//! numerically stable product or recurrence forms, exact to about 1e-12 (the
//! test suite checks each against brute-force enumeration of every
//! k-subset). They take counts, never lists as long as the counts: identical
//! samples are one entry with a count ([`summarize_counted`],
//! [`eff_at_k_counted`]), and the work is at most k multiplications per
//! distinct sample however large the counts are.
//!
//! ## The input model
//!
//! Each problem has levels `0, 1, …, L−1`: level 0 holds the correctness
//! tests, levels ≥ 1 stress tests of growing size (ENAMEL's layout). For
//! every level the harness records the cost of the *slowest* test case, for
//! the reference solution ([`Problem::reference`]) and for each sample
//! ([`SampleCosts`]), in whatever unit the meter uses. Each sample has a
//! [`Verdict`]: correct, wrong (wrong answer or runtime error, at any level),
//! or censored at level `l` (stopped by a time/fuel or memory limit).
//! Censoring at level 0 is a failure; censoring at a stress level means the
//! sample is correct but too slow there, which ENAMEL scores as 0 at that
//! level and above.
//!
//! [`EffConfig`] holds α, the level weights, the limit mode and clipping; its
//! [`Default`] reproduces ENAMEL (α = 2, weights `[0, 3, 3, 4]`, one limit,
//! no clipping). A level is *counted* when its weight is positive; only
//! counted levels enter the score, the efficient verdict and the speedup.
//!
//! ## From problems to a benchmark
//!
//! A benchmark number is the **mean over all problems**, where a problem
//! with no correct sample contributes 0 — problems are never dropped. The
//! mean over problems with at least one correct sample is reported beside it
//! as the *correctness-conditional* mean and labelled so. Intervals are 95 %
//! percentile-bootstrap intervals over problems (B = 10 000, seeded ChaCha8,
//! identical on every platform), since the problems, not the samples, are the
//! scarce resource. A k larger than some problem's `n` makes that metric
//! *unavailable* at that k for the whole benchmark ([`AtK::Unavailable`]),
//! never silently restricted to the problems that have enough samples.
//!
//! ## API at a glance
//!
//! | function / type | what it computes |
//! | --- | --- |
//! | [`pass_at_k`]`(n, c, k) -> Option<f64>` | pass@k; `None` if `k = 0` or `k > n` |
//! | [`efficient_at_k`]`(n, c_e, k) -> Option<f64>` | efficient@k (COFFE) |
//! | [`sample_score`]`(&SampleCosts, &[f64], &EffConfig) -> Result<f64>` | ENAMEL score `e` of one sample |
//! | [`eff_at_k`]`(&[f64], k) -> Option<f64>`, [`eff_at_ks`], [`eff_at_k_counted`] | eff@k from the scores (or from distinct scores with counts) |
//! | [`is_efficient`]`(&SampleCosts, &[f64], &EffConfig, EfficiencyRule) -> Result<bool>` | COFFE's verdict, total or every level |
//! | [`summarize`]`(&Problem, &EffConfig) -> Result<ProblemSummary>`, [`summarize_counted`] | one problem's counts, sorted scores, cost totals (from distinct samples with counts, never expanded) |
//! | [`ProblemSummary::value`]`(Metric, k)`, [`ProblemSummary::speedup`] | a per-problem metric |
//! | [`benchmark_at_k`]`(&[ProblemSummary], Metric, k, Option<&BootstrapConfig>) -> Result<AtK>` | a benchmark-level [`Aggregate`] or unavailable |
//! | [`aggregate`]`(&[ProblemValue], Option<&BootstrapConfig>) -> Result<Aggregate>` | mean, conditional mean, intervals |
//! | [`speedup`]`(&[ProblemSummary]) -> Speedup`, [`geometric_mean`] | model-level speedup |
//! | [`bootstrap_mean_ci`]`(&[f64], &BootstrapConfig) -> Option<Interval>`, [`t_mean_ci`] | intervals for a mean |
//! | [`curve_points`], [`growth_exponents`]`(&[LevelPoint]) -> Vec<GrowthStep>` | empirical growth exponents between consecutive counted levels |
//! | [`head_to_head`]`(&[(f64, f64)], confidence) -> HeadToHead`, [`clopper_pearson`] | on how many problems one model beats another, with an exact binomial interval |
//!
//! ```
//! use effgauge_metrics::*;
//!
//! let cfg = EffConfig::default(); // ENAMEL: α = 2, weights [0, 3, 3, 4]
//! let problem = Problem {
//!     reference: vec![1.0, 10.0, 20.0, 40.0],
//!     samples: vec![
//!         SampleCosts::correct(&[1.0, 10.0, 20.0, 40.0]), // as fast as the reference: e = 1
//!         SampleCosts::censored(2, &[1.0, 24.0], 4),      // too slow from level 2 on
//!         SampleCosts::wrong(4),
//!     ],
//! };
//! let summary = summarize(&problem, &cfg)?;
//! assert!((summary.value(Metric::Pass, 1).unwrap() - 2.0 / 3.0).abs() < 1e-12);
//! assert_eq!(summary.value(Metric::Eff, 3), Some(1.0));
//! assert_eq!(summary.value(Metric::Pass, 4), None); // k > n: unavailable
//!
//! let at_1 = benchmark_at_k(&[summary], Metric::Eff, 1, Some(&BootstrapConfig::default()))?;
//! let mean = at_1.available().unwrap().mean;
//! assert!((mean - (1.0 + 0.24 + 0.0) / 3.0).abs() < 1e-12);
//! # Ok::<(), MetricsError>(())
//! ```
#![warn(missing_docs)]

mod aggregate;
mod bootstrap;
mod eff;
mod efficient;
mod error;
mod growth;
mod memory;
mod pairwise;
mod pass;
mod sample;
mod speedup;
mod summary;

pub use aggregate::{aggregate, benchmark_at_k, Aggregate, AtK, ProblemValue};
pub use bootstrap::{bootstrap_mean_ci, mean, t_mean_ci, BootstrapConfig, Interval};
pub use eff::{eff_at_k, eff_at_k_counted, eff_at_ks, sample_score, EffConfig, LimitMode};
pub use efficient::{is_efficient, EfficiencyRule};
pub use error::MetricsError;
pub use growth::{curve_points, growth_exponents, GrowthStep, LevelPoint};
pub use memory::{
    dual_score, floored, memory_config, memory_costs, MEMORY_ALPHA, MEMORY_FLOOR_BYTES,
};
pub use pairwise::{clopper_pearson, head_to_head, HeadToHead, TIE_TOLERANCE};
pub use pass::{efficient_at_k, pass_at_k};
pub use sample::{Problem, SampleCosts, Verdict};
pub use speedup::{geometric_mean, speedup, Speedup};
pub use summary::{
    summarize, summarize_counted, summarize_memory, MemorySummary, Metric, ProblemSummary,
};
