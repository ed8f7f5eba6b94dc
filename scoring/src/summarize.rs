//! From sample outcomes to a problem's and a model's results, through the
//! metrics crate: scores, intervals, growth exponents. Pure: the same
//! outcomes give the same bytes. A problem's own α replaces the run's here
//! ([`ProblemFacts::cfg`]), as it does for its limits in the judge.

use crate::settings::RunSettings;
use crate::ScoringError;
use crate::{SampleOutcome, Verdict};
use effgauge_metrics::{
    benchmark_at_k, curve_points, is_efficient, sample_score, speedup, summarize_counted, AtK,
    BootstrapConfig, EffConfig, EfficiencyRule, Metric, ProblemSummary, SampleCosts,
};
use effgauge_problems::Problem;
use effgauge_reports::scaling::growth_steps;
use effgauge_reports::schema::{
    self, CaseRef, Growth, MetricSummary, MetricValue, ModelResult, ProblemResult, SampleResult,
    SpeedupSummary, Summary, VerificationRecord,
};
use effgauge_sandboxes::{MemoryUse, Meter, Status};

/// What a problem's result records besides its samples: the same for every
/// model, copied into each result as is.
#[derive(Debug, Clone)]
pub struct ProblemFacts {
    pub task_id: String,
    pub tags: Vec<String>,
    pub difficulty: Option<String>,
    /// The reference's cost per level.
    pub reference: Vec<u64>,
    /// Each level's nominal input size; empty when the problem declares none.
    pub sizes: Vec<Option<u64>>,
    /// Each level's cost limit under the fuel meter; empty under others
    /// (the limit is in fuel, their costs are not).
    pub limits: Vec<u64>,
    /// The problem's own α, which replaces the run's for its limits and
    /// scores.
    pub alpha: Option<f64>,
    /// The reference's memory per level; `None` where it was not measured.
    pub reference_memory: Option<Vec<MemoryUse>>,
}

impl ProblemFacts {
    /// The facts of a problem about to be scored under `settings`.
    pub fn of(
        problem: &Problem,
        reference: Vec<u64>,
        reference_memory: Option<Vec<MemoryUse>>,
        settings: &RunSettings,
    ) -> ProblemFacts {
        let settings = settings.for_problem(problem);
        let sizes: Vec<Option<u64>> = problem.levels.iter().map(|l| l.size).collect();
        let limits = match settings.meter {
            Meter::Fuel => settings.fuel_limits(&reference),
            _ => Vec::new(),
        };
        ProblemFacts {
            task_id: problem.id.clone(),
            tags: problem.tags.clone(),
            difficulty: Some(problem.difficulty.name().to_owned()),
            reference,
            sizes: if sizes.iter().any(Option::is_some) {
                sizes
            } else {
                Vec::new()
            },
            limits,
            alpha: problem.alpha,
            reference_memory,
        }
    }

    /// The facts a result was made with (for `merge`, which re-scores).
    pub fn of_result(result: &ProblemResult) -> ProblemFacts {
        ProblemFacts {
            task_id: result.task_id.clone(),
            tags: result.tags.clone(),
            difficulty: result.difficulty.clone(),
            reference: result.reference_level_cost.clone(),
            sizes: result.level_size.clone(),
            limits: result.level_limit.clone(),
            alpha: result.alpha,
            reference_memory: crate::memory::from_level_memory(result.reference_memory.as_ref()),
        }
    }

    /// The run's scoring configuration with this problem's own α, if any.
    pub fn cfg(&self, run: &EffConfig) -> EffConfig {
        EffConfig {
            alpha: self.alpha.unwrap_or(run.alpha),
            ..run.clone()
        }
    }

    /// Growth exponents of a curve of level costs. A sample that ran out
    /// of fuel at a level spent at least that level's limit there, which
    /// closes its curve as a floor; any other stop leaves nothing to say.
    pub(crate) fn growth(
        &self,
        level_costs: &[Option<u64>],
        out_of_fuel_at: Option<u32>,
        cfg: &EffConfig,
    ) -> Vec<Growth> {
        let floor = out_of_fuel_at.and_then(|l| {
            let limit = *self.limits.get(l as usize)?;
            Some((l as usize, limit as f64))
        });
        let costs: Vec<Option<f64>> = level_costs.iter().map(|c| c.map(|v| v as f64)).collect();
        growth_steps(&curve_points(&costs, &self.sizes, |l| cfg.counts(l), floor))
    }
}

/// The level where a sample ran out of fuel, if that is why it stopped.
fn out_of_fuel_at(outcome: &SampleOutcome) -> Option<u32> {
    match outcome.verdict {
        Verdict::Censored { level } if outcome.status == Status::Timeout => Some(level as u32),
        _ => None,
    }
}

/// One distinct sample of one model for one task.
pub struct DistinctSample<'a> {
    pub id: String,
    pub count: u64,
    pub source_sha256: String,
    pub outcome: &'a SampleOutcome,
}

/// A metrics error with what was being scored.
fn metrics(context: String, source: effgauge_metrics::MetricsError) -> ScoringError {
    ScoringError::Metrics { context, source }
}

/// A sandbox status by its name in the results schema.
pub fn schema_status(status: Status) -> schema::Status {
    schema::Status::ALL
        .into_iter()
        .find(|s| s.name() == status.name())
        .expect("the schema names every sandbox status")
}

/// The metrics every report shows, in order (the last three where memory
/// was measured).
pub const METRICS: [(&str, Metric); 6] = [
    ("pass", Metric::Pass),
    ("eff", Metric::Eff),
    ("efficient", Metric::Efficient(EfficiencyRule::Total)),
    ("mem", Metric::Mem),
    ("memory-efficient", Metric::MemEfficient),
    ("dual", Metric::Dual),
];

/// Whether a metric reads memory.
fn is_memory(metric: Metric) -> bool {
    matches!(metric, Metric::Mem | Metric::MemEfficient | Metric::Dual)
}

fn to_costs(outcome: &SampleOutcome) -> SampleCosts {
    SampleCosts {
        verdict: outcome.verdict,
        level_costs: outcome
            .level_cost
            .iter()
            .map(|c| c.map(|v| v as f64))
            .collect(),
    }
}

/// A verdict as the results schema names it (where it was censored is the
/// sample's `failed_at`).
pub fn schema_verdict(verdict: Verdict) -> schema::Verdict {
    match verdict {
        Verdict::Correct => schema::Verdict::Correct,
        Verdict::Wrong => schema::Verdict::Wrong,
        Verdict::Censored { .. } => schema::Verdict::Censored,
    }
}

/// Scores one model's samples on one task.
pub fn problem_result(
    facts: &ProblemFacts,
    samples: &[DistinctSample<'_>],
    cfg: &EffConfig,
    ks: &[u64],
) -> Result<(ProblemResult, ProblemSummary), ScoringError> {
    let cfg = &facts.cfg(cfg);
    let task_id = facts.task_id.as_str();
    let reference = facts.reference.as_slice();
    let reference_f: Vec<f64> = reference.iter().map(|&c| c as f64).collect();
    let mut all = Vec::new();
    let mut results = Vec::new();
    let mut time_scores = Vec::with_capacity(samples.len());
    for s in samples {
        let costs = to_costs(s.outcome);
        let score = sample_score(&costs, &reference_f, cfg)
            .map_err(|e| metrics(format!("scoring {}", s.id), e))?;
        let efficient = is_efficient(&costs, &reference_f, cfg, EfficiencyRule::Total)
            .map_err(|e| metrics(format!("scoring {}", s.id), e))?;
        results.push(SampleResult {
            id: s.id.clone(),
            count: s.count,
            source_sha256: s.source_sha256.clone(),
            verdict: schema_verdict(s.outcome.verdict),
            status: schema_status(s.outcome.status),
            failed_at: s
                .outcome
                .failed_at
                .map(|(level, case)| CaseRef { level, case }),
            error: s.outcome.error.clone(),
            level_cost: s.outcome.level_cost.clone(),
            growth: facts.growth(&s.outcome.level_cost, out_of_fuel_at(s.outcome), cfg),
            score,
            efficient,
            memory: None,
            peak_memory_bytes: s.outcome.peak_memory_bytes,
            verification: s.outcome.verification.as_ref().map(|v| VerificationRecord {
                fuel_limit: v.fuel_limit,
                memory_bytes: v.memory_bytes,
                status: schema_status(v.status),
                fuel: v.fuel,
            }),
            warnings: s.outcome.warnings.clone(),
        });
        // Identical samples are one entry with their count: a count is
        // computed with, never expanded (a shard file states it).
        all.push((costs, s.count));
        time_scores.push(score);
    }
    let counted: Vec<(&SampleCosts, u64)> = all.iter().map(|(c, n)| (c, *n)).collect();
    let mut summary = summarize_counted(&reference_f, &counted, cfg)
        .map_err(|e| metrics(format!("scoring task {task_id}"), e))?;
    let outcomes: Vec<(&SampleOutcome, u64)> =
        samples.iter().map(|s| (s.outcome, s.count)).collect();
    if let Some(memory) = crate::memory::problem_memory(facts, &outcomes, &time_scores, cfg)? {
        for (result, m) in results.iter_mut().zip(memory.samples) {
            result.memory = Some(m);
        }
        summary.memory = Some(memory.summary);
    }
    let mut metrics = Vec::new();
    for (name, metric) in METRICS {
        if is_memory(metric) && summary.memory.is_none() {
            continue;
        }
        for &k in ks {
            metrics.push(MetricValue {
                name: format!("{name}@{k}"),
                value: summary.value(metric, k as usize),
            });
        }
    }
    let reference_costs: Vec<Option<u64>> = reference.iter().copied().map(Some).collect();
    let result = ProblemResult {
        task_id: task_id.to_owned(),
        tags: facts.tags.clone(),
        difficulty: facts.difficulty.clone(),
        n: summary.samples as u64,
        n_correct: summary.correct as u64,
        n_efficient: summary.efficient_total as u64,
        reference_level_cost: reference.to_vec(),
        level_size: facts.sizes.clone(),
        level_limit: facts.limits.clone(),
        alpha: facts.alpha,
        reference_growth: facts.growth(&reference_costs, None, cfg),
        reference_memory: crate::memory::reference_level_memory(facts, cfg)
            .filter(|_| summary.memory.is_some()),
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
) -> Result<ModelResult, ScoringError> {
    let summaries: Vec<ProblemSummary> = problems.iter().map(|(_, s)| s.clone()).collect();
    let mut metrics = Vec::new();
    let memory = summaries.iter().all(|s| s.memory.is_some());
    for (name, metric) in METRICS {
        if is_memory(metric) && !memory {
            continue;
        }
        for &k in ks {
            let name = format!("{name}@{k}");
            let at_k = benchmark_at_k(&summaries, metric, k as usize, Some(bootstrap))
                .map_err(|e| self::metrics(format!("model {model}"), e))?;
            metrics.push(match at_k {
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
