//! From sample outcomes to the results file, through the metrics crate.
//! Pure: the same outcomes give the same bytes.

use super::execute::{SampleOutcome, Verdict};
use anyhow::Context;
use effgauge_metrics::{
    benchmark_at_k, is_efficient, sample_score, speedup, summarize, AtK, BootstrapConfig,
    EffConfig, EfficiencyRule, Metric, Problem as MetricProblem, ProblemSummary, SampleCosts,
    Verdict as MetricVerdict,
};
use effgauge_reports::schema::{
    CaseRef, MetricSummary, MetricValue, ModelResult, ProblemResult, SampleResult, SpeedupSummary,
    Summary,
};

/// One distinct sample of one model for one task.
pub struct DistinctSample<'a> {
    pub id: String,
    pub count: u64,
    pub source_sha256: String,
    pub outcome: &'a SampleOutcome,
}

/// The metrics every report shows, in order.
pub const METRICS: [(&str, Metric); 3] = [
    ("pass", Metric::Pass),
    ("eff", Metric::Eff),
    ("efficient", Metric::Efficient(EfficiencyRule::Total)),
];

fn to_costs(outcome: &SampleOutcome) -> SampleCosts {
    let verdict = match outcome.verdict {
        Verdict::Correct => MetricVerdict::Correct,
        Verdict::Wrong => MetricVerdict::Wrong,
        Verdict::Censored { level } => MetricVerdict::Censored {
            level: level as usize,
        },
    };
    SampleCosts {
        verdict,
        level_costs: outcome
            .level_cost
            .iter()
            .map(|c| c.map(|v| v as f64))
            .collect(),
    }
}

/// Scores one model's samples on one task.
pub fn problem_result(
    task_id: &str,
    reference: &[u64],
    samples: &[DistinctSample<'_>],
    cfg: &EffConfig,
    ks: &[u64],
) -> anyhow::Result<(ProblemResult, ProblemSummary)> {
    let reference_f: Vec<f64> = reference.iter().map(|&c| c as f64).collect();
    let mut all = Vec::new();
    let mut results = Vec::new();
    for s in samples {
        let costs = to_costs(s.outcome);
        let score =
            sample_score(&costs, &reference_f, cfg).with_context(|| format!("scoring {}", s.id))?;
        let efficient = is_efficient(&costs, &reference_f, cfg, EfficiencyRule::Total)?;
        results.push(SampleResult {
            id: s.id.clone(),
            count: s.count,
            source_sha256: s.source_sha256.clone(),
            verdict: s.outcome.verdict.name().to_owned(),
            status: s.outcome.status.name().to_owned(),
            failed_at: s
                .outcome
                .failed_at
                .map(|(level, case)| CaseRef { level, case }),
            error: s.outcome.error.clone(),
            level_cost: s.outcome.level_cost.clone(),
            score,
            efficient,
            peak_memory_bytes: s.outcome.peak_memory_bytes,
        });
        all.extend(std::iter::repeat_n(costs, s.count as usize));
    }
    let summary = summarize(
        &MetricProblem {
            reference: reference_f,
            samples: all,
        },
        cfg,
    )
    .with_context(|| format!("scoring task {task_id}"))?;
    let mut metrics = Vec::new();
    for (name, metric) in METRICS {
        for &k in ks {
            metrics.push(MetricValue {
                name: format!("{name}@{k}"),
                value: summary.value(metric, k as usize),
            });
        }
    }
    let result = ProblemResult {
        task_id: task_id.to_owned(),
        n: summary.samples as u64,
        n_correct: summary.correct as u64,
        n_efficient: summary.efficient_total as u64,
        reference_level_cost: reference.to_vec(),
        metrics,
        speedup: summary.speedup(),
        samples: results,
    };
    Ok((result, summary))
}

/// The benchmark-level summary of one model.
pub fn model_result(
    model: &str,
    problems: Vec<(ProblemResult, ProblemSummary)>,
    ks: &[u64],
    bootstrap: &BootstrapConfig,
) -> anyhow::Result<ModelResult> {
    let summaries: Vec<ProblemSummary> = problems.iter().map(|(_, s)| s.clone()).collect();
    let mut metrics = Vec::new();
    for (name, metric) in METRICS {
        for &k in ks {
            let name = format!("{name}@{k}");
            metrics.push(match benchmark_at_k(&summaries, metric, k as usize, Some(bootstrap))? {
                AtK::Available(a) => MetricSummary {
                    name,
                    value: Some(a.mean),
                    ci_low: a.ci.map(|c| c.low),
                    ci_high: a.ci.map(|c| c.high),
                    conditional: a.conditional_mean,
                    unavailable: None,
                },
                AtK::Unavailable { k, problems_short, min_samples } => MetricSummary {
                    name,
                    value: None,
                    ci_low: None,
                    ci_high: None,
                    conditional: None,
                    unavailable: Some(format!(
                        "{problems_short} problem(s) have fewer than {k} samples (fewest: {min_samples})"
                    )),
                },
            });
        }
    }
    let s = speedup(&summaries);
    let with_correct = summaries.iter().filter(|s| s.has_correct()).count() as u64;
    Ok(ModelResult {
        model: model.to_owned(),
        problems: problems.into_iter().map(|(p, _)| p).collect(),
        summary: Summary {
            problems: summaries.len() as u64,
            problems_with_correct: with_correct,
            metrics,
            speedup: SpeedupSummary {
                geometric_mean: s.geometric_mean,
                ratio_of_sums: s.ratio_of_sums,
                problems_with_ratio: s.problems_with_ratio as u64,
            },
        },
    })
}
