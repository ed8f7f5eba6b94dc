//! Benchmark-level aggregation over problems, with intervals.

use serde::{Deserialize, Serialize};

use crate::{
    bootstrap_mean_ci, mean, BootstrapConfig, Interval, Metric, MetricsError, ProblemSummary,
};

/// One problem's value of a metric, and whether it had a correct sample.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ProblemValue {
    /// The metric's value on the problem (0 when no sample is correct).
    pub value: f64,
    /// Whether at least one sample was correct.
    pub has_correct: bool,
}

/// A metric aggregated over the problems of a benchmark.
///
/// The headline is [`Aggregate::mean`], over **all** problems: a problem
/// with no correct sample contributes 0, it is never dropped (EvalPerf, by
/// contrast, averages only over problems the model solved, which rewards a
/// model for failing the hard ones). The correctness-conditional mean over
/// problems with at least one correct sample is reported separately and must
/// be labelled as such ("conditional on ≥ 1 correct sample").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Aggregate {
    /// Mean over all problems: `(1/P) Σ_p v_p`.
    pub mean: f64,
    /// Interval for `mean`, bootstrapping over all problems.
    pub ci: Option<Interval>,
    /// Mean over the problems with ≥ 1 correct sample; `None` if there are
    /// none.
    pub conditional_mean: Option<f64>,
    /// Interval for `conditional_mean`, bootstrapping over those problems
    /// (conditional on their number).
    pub conditional_ci: Option<Interval>,
    /// Number of problems `P`.
    pub problems: usize,
    /// Number of problems with ≥ 1 correct sample.
    pub problems_with_correct: usize,
}

/// A metric at one k over the benchmark: available, or unavailable because
/// some problem has fewer than k samples.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
// Adjacently tagged: an internally tagged enum cannot read numbers back
// under serde_json's `arbitrary_precision` (used for Python ints).
#[serde(tag = "status", content = "details", rename_all = "snake_case")]
pub enum AtK {
    /// Every problem has at least k samples.
    Available(Aggregate),
    /// At least one problem has fewer than k samples, so the benchmark-level
    /// value is not defined (averaging only the other problems would change
    /// the benchmark). Reported, never dropped.
    Unavailable {
        /// The k asked for.
        k: usize,
        /// How many problems have fewer than k samples.
        problems_short: usize,
        /// The smallest number of samples of any problem.
        min_samples: usize,
    },
}

impl AtK {
    /// The aggregate, if available.
    pub fn available(&self) -> Option<&Aggregate> {
        match self {
            AtK::Available(a) => Some(a),
            AtK::Unavailable { .. } => None,
        }
    }
}

/// Aggregates per-problem values: the mean over all problems, the
/// correctness-conditional mean, and (when `bootstrap` is given) a
/// percentile-bootstrap interval for each, resampling problems with
/// replacement (see [`bootstrap_mean_ci`]).
///
/// ```text
/// mean             = (1/P) Σ_{p=1}^{P} v_p
/// conditional_mean = (1/|S|) Σ_{p∈S} v_p,    S = { p : c_p ≥ 1 }
/// ```
///
/// # Errors
///
/// [`MetricsError::NoProblems`] for an empty slice; an invalid bootstrap
/// configuration.
pub fn aggregate(
    values: &[ProblemValue],
    bootstrap: Option<&BootstrapConfig>,
) -> Result<Aggregate, MetricsError> {
    if let Some(cfg) = bootstrap {
        cfg.validate()?;
    }
    let all: Vec<f64> = values.iter().map(|v| v.value).collect();
    let solved: Vec<f64> = values
        .iter()
        .filter(|v| v.has_correct)
        .map(|v| v.value)
        .collect();
    let ci = |xs: &[f64]| bootstrap.and_then(|cfg| bootstrap_mean_ci(xs, cfg));
    Ok(Aggregate {
        mean: mean(&all).ok_or(MetricsError::NoProblems)?,
        ci: ci(&all),
        conditional_mean: mean(&solved),
        conditional_ci: ci(&solved),
        problems: values.len(),
        problems_with_correct: solved.len(),
    })
}

/// A metric at `k` over the whole benchmark, from per-problem summaries.
///
/// The benchmark-level value for `k` is [`AtK::Unavailable`] if **any**
/// problem has fewer than `k` samples (or, for a memory metric, no memory
/// summary); otherwise it is the [`aggregate`] of [`ProblemSummary::value`]
/// over all problems.
///
/// # Errors
///
/// [`MetricsError::ZeroK`], [`MetricsError::NoProblems`], an invalid
/// bootstrap configuration.
pub fn benchmark_at_k(
    summaries: &[ProblemSummary],
    metric: Metric,
    k: usize,
    bootstrap: Option<&BootstrapConfig>,
) -> Result<AtK, MetricsError> {
    if k == 0 {
        return Err(MetricsError::ZeroK);
    }
    let min_samples = summaries
        .iter()
        .map(|s| s.samples)
        .min()
        .ok_or(MetricsError::NoProblems)?;
    let problems_short = summaries
        .iter()
        .filter(|s| s.samples < k || s.value(metric, k).is_none())
        .count();
    if problems_short > 0 {
        return Ok(AtK::Unavailable {
            k,
            problems_short,
            min_samples,
        });
    }
    let values: Vec<ProblemValue> = summaries
        .iter()
        .map(|s| ProblemValue {
            value: s
                .value(metric, k)
                .expect("k >= 1 and k <= samples were checked above"),
            has_correct: s.has_correct(),
        })
        .collect();
    aggregate(&values, bootstrap).map(AtK::Available)
}
