//! Comparing two results files: what changed, whether it is beyond noise,
//! and whether it breaks a regression gate (`effgauge compare`).
//!
//! * **Which models.** Models of the same name are paired; if each file
//!   holds exactly one model they are paired whatever their names (a rename
//!   between runs is common). Models found in one file only are listed.
//! * **Which metrics.** Every summary metric (`pass@1`, `eff@10`, …), plus
//!   [`SPEEDUP`] (geometric mean of per-problem speedups) and
//!   [`SPEEDUP_SUMS`] (ratio of sums).
//! * **Δ** is `new − old`, so negative is worse for every metric here.
//! * **Outside the interval.** A change is flagged when the new value lies
//!   outside the old 95 % interval `[ci_low, ci_high]`, or the old value
//!   outside the new one. It is a screen for changes worth a look, not a
//!   significance test (the two bootstraps resample the same problems, so
//!   they are not independent). Speedups carry no interval: never flagged.
//! * **Gates.** `--max-regression METRIC=DELTA` fails a model when its
//!   metric *drops* by more than DELTA: `old − new > DELTA` (with a 1e-9
//!   rounding tolerance). A metric available in the old file and
//!   unavailable in the new one fails too; one unavailable in the old file
//!   has no baseline and passes. A METRIC that no compared model has is an
//!   error, so a typo cannot silently pass the gate.
//! * **Per problem**, the ten largest drops of eff@1 among problems scored
//!   in both files.

mod markdown;

use crate::board::{harness_warnings, problem_metric};
use crate::schema::{ModelResult, ResultsFile};
use crate::ReportsError;
use std::collections::HashMap;
use std::str::FromStr;

/// The geometric-mean speedup, as a metric name for `compare`.
pub const SPEEDUP: &str = "speedup";
/// The ratio-of-sums speedup, as a metric name for `compare`.
pub const SPEEDUP_SUMS: &str = "speedup_ratio_of_sums";
/// The per-problem metric whose drops are listed.
pub const PROBLEM_METRIC: &str = "eff@1";
/// How many per-problem drops are listed per model.
pub const TOP_PROBLEMS: usize = 10;
const TOLERANCE: f64 = 1e-9;

/// A `--max-regression METRIC=DELTA` gate: the largest drop allowed.
#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    /// A summary metric name, [`SPEEDUP`] or [`SPEEDUP_SUMS`].
    pub metric: String,
    /// Finite and ≥ 0.
    pub max_drop: f64,
}

impl FromStr for Threshold {
    type Err = ReportsError;

    fn from_str(spec: &str) -> Result<Self, Self::Err> {
        let bad = |reason: &str| ReportsError::BadThreshold {
            spec: spec.to_owned(),
            reason: reason.to_owned(),
        };
        let (metric, delta) = spec
            .split_once('=')
            .ok_or_else(|| bad("expected METRIC=DELTA, e.g. eff@1=0.02"))?;
        let metric = metric.trim();
        if metric.is_empty() {
            return Err(bad("the metric name is empty (expected METRIC=DELTA)"));
        }
        let max_drop: f64 = delta
            .trim()
            .parse()
            .map_err(|_| bad("DELTA must be a number, e.g. eff@1=0.02"))?;
        if !(max_drop.is_finite() && max_drop >= 0.0) {
            return Err(bad("DELTA must be a finite number ≥ 0"));
        }
        Ok(Threshold {
            metric: metric.to_owned(),
            max_drop,
        })
    }
}

/// One metric of one model pair.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDelta {
    pub name: String,
    pub old: Option<f64>,
    pub new: Option<f64>,
    pub old_ci: Option<(f64, f64)>,
    pub new_ci: Option<(f64, f64)>,
}

impl MetricDelta {
    /// `new − old`.
    pub fn delta(&self) -> Option<f64> {
        Some(self.new? - self.old?)
    }

    /// Whether the change lies outside the intervals (see the module doc);
    /// `None` when neither side has an interval or a value is missing.
    pub fn outside_ci(&self) -> Option<bool> {
        let (old, new) = (self.old?, self.new?);
        let outside = |v: f64, (lo, hi): (f64, f64)| v < lo || v > hi;
        match (self.old_ci, self.new_ci) {
            (None, None) => None,
            (o, n) => {
                Some(o.is_some_and(|c| outside(new, c)) || n.is_some_and(|c| outside(old, c)))
            }
        }
    }
}

/// eff@1 of one problem in both files.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemDelta {
    pub task_id: String,
    pub old: f64,
    pub new: f64,
}

/// One model in both files.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelComparison {
    /// Its name in the base file.
    pub base: String,
    /// Its name in the new file.
    pub new: String,
    /// Summary metrics (union of both files, ordered as the leaderboard),
    /// then the two speedups.
    pub metrics: Vec<MetricDelta>,
    /// The largest eff@1 drops, largest first, at most [`TOP_PROBLEMS`].
    pub regressions: Vec<ProblemDelta>,
    /// Problems with eff@1 in both files.
    pub problems_compared: usize,
}

/// A gate that failed.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub model: String,
    pub metric: String,
    pub old: Option<f64>,
    pub new: Option<f64>,
    pub max_drop: f64,
}

/// The whole comparison of two files.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub models: Vec<ModelComparison>,
    pub only_in_base: Vec<String>,
    pub only_in_new: Vec<String>,
    /// Harness settings that differ (meter, suite, α, …) and shards.
    pub warnings: Vec<String>,
}

/// Compares `new` with `base`; an error if no model can be paired.
pub fn compare(base: &ResultsFile, new: &ResultsFile) -> Result<Comparison, ReportsError> {
    let mut pairs: Vec<(&ModelResult, &ModelResult)> = Vec::new();
    let (mut only_in_base, mut only_in_new) = (Vec::new(), Vec::new());
    if base.models.len() == 1 && new.models.len() == 1 {
        pairs.push((&base.models[0], &new.models[0]));
    } else {
        for b in &base.models {
            match new.models.iter().find(|n| n.model == b.model) {
                Some(n) => pairs.push((b, n)),
                None => only_in_base.push(b.model.clone()),
            }
        }
        only_in_new.extend(
            new.models
                .iter()
                .filter(|n| !base.models.iter().any(|b| b.model == n.model))
                .map(|n| n.model.clone()),
        );
    }
    if pairs.is_empty() {
        let names = |f: &ResultsFile| {
            f.models
                .iter()
                .map(|m| m.model.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(ReportsError::NothingToCompare(format!(
            "no model is in both files (base: [{}]; new: [{}])",
            names(base),
            names(new)
        )));
    }
    let mut warnings = harness_warnings(&[base.clone(), new.clone()]);
    for (which, f) in [("base", base), ("new", new)] {
        if let Some(s) = f.shard {
            warnings.push(format!(
                "the {which} file is shard {}/{} only",
                s.index, s.count
            ));
        }
    }
    Ok(Comparison {
        models: pairs
            .into_iter()
            .map(|(b, n)| compare_model(b, n))
            .collect(),
        only_in_base,
        only_in_new,
        warnings,
    })
}

fn compare_model(b: &ModelResult, n: &ModelResult) -> ModelComparison {
    let mut names: Vec<String> = Vec::new();
    for m in b.summary.metrics.iter().chain(&n.summary.metrics) {
        if !names.contains(&m.name) {
            names.push(m.name.clone());
        }
    }
    names.sort_by_key(|m| crate::board::metric_order(m));
    let ci = |m: &ModelResult, name: &str| {
        ResultsFile::metric(m, name).and_then(|s| Some((s.ci_low?, s.ci_high?)))
    };
    let value = |m: &ModelResult, name: &str| ResultsFile::metric(m, name).and_then(|s| s.value);
    let mut metrics: Vec<MetricDelta> = names
        .into_iter()
        .map(|name| MetricDelta {
            old: value(b, &name),
            new: value(n, &name),
            old_ci: ci(b, &name),
            new_ci: ci(n, &name),
            name,
        })
        .collect();
    let (bs, ns) = (&b.summary.speedup, &n.summary.speedup);
    for (name, old, new) in [
        (SPEEDUP, bs.geometric_mean, ns.geometric_mean),
        (SPEEDUP_SUMS, bs.ratio_of_sums, ns.ratio_of_sums),
    ] {
        metrics.push(MetricDelta {
            name: name.to_owned(),
            old,
            new,
            old_ci: None,
            new_ci: None,
        });
    }
    let old_by_task: HashMap<&str, f64> = b
        .problems
        .iter()
        .filter_map(|p| Some((p.task_id.as_str(), problem_metric(p, PROBLEM_METRIC)?)))
        .collect();
    let mut both: Vec<ProblemDelta> = n
        .problems
        .iter()
        .filter_map(|p| {
            Some(ProblemDelta {
                old: *old_by_task.get(p.task_id.as_str())?,
                new: problem_metric(p, PROBLEM_METRIC)?,
                task_id: p.task_id.clone(),
            })
        })
        .collect();
    let problems_compared = both.len();
    both.retain(|d| d.old - d.new > TOLERANCE);
    both.sort_by(|x, y| {
        (y.old - y.new)
            .total_cmp(&(x.old - x.new))
            .then(x.task_id.cmp(&y.task_id))
    });
    both.truncate(TOP_PROBLEMS);
    ModelComparison {
        base: b.model.clone(),
        new: n.model.clone(),
        metrics,
        regressions: both,
        problems_compared,
    }
}

impl Comparison {
    /// The gates that fail; an error names a threshold whose metric no
    /// compared model has.
    pub fn check(&self, thresholds: &[Threshold]) -> Result<Vec<Violation>, ReportsError> {
        let mut out = Vec::new();
        for t in thresholds {
            let known = self
                .models
                .iter()
                .any(|m| m.metrics.iter().any(|d| d.name == t.metric));
            if !known {
                let mut names: Vec<&str> = Vec::new();
                for d in self.models.iter().flat_map(|m| &m.metrics) {
                    if !names.contains(&d.name.as_str()) {
                        names.push(&d.name);
                    }
                }
                return Err(ReportsError::BadThreshold {
                    spec: format!("{}={}", t.metric, t.max_drop),
                    reason: format!(
                        "no compared model has metric {:?} (known: {})",
                        t.metric,
                        names.join(", ")
                    ),
                });
            }
            for m in &self.models {
                let d = m.metrics.iter().find(|d| d.name == t.metric);
                let (old, new) = d.map_or((None, None), |d| (d.old, d.new));
                let fails = match (old, new) {
                    (Some(o), Some(n)) => o - n > t.max_drop + TOLERANCE,
                    (Some(_), None) => true,
                    (None, _) => false,
                };
                if fails {
                    out.push(Violation {
                        model: m.new.clone(),
                        metric: t.metric.clone(),
                        old,
                        new,
                        max_drop: t.max_drop,
                    });
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests;
