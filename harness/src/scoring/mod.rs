//! The scoring pipeline behind `effgauge score`, `run` and `merge`: plan the
//! distinct samples, execute them on every core (fuel does not care what runs
//! beside it), journal each as it finishes, and assemble the results file
//! through the metrics crate.

pub mod assemble;
pub mod execute;
pub mod journal;
pub mod lock;
pub mod plan;
pub mod size;

use effgauge_metrics::{EffConfig, LimitMode};
use effgauge_reports::schema::{ProblemResult, SampleResult};

/// The default tie margin and floor: level costs within max(3 % of the
/// reference's, 30 000) count as the reference's (see README, "Ties").
pub const DEFAULT_TIE_MARGIN: f64 = 0.03;
pub const DEFAULT_TIE_FLOOR: f64 = 30_000.0;

/// The ENAMEL configuration for α, the weights, the limit mode and the tie
/// margin.
pub fn eff_config(alpha: f64, weights: Vec<f64>, per_level: bool, tie: (f64, f64)) -> EffConfig {
    EffConfig {
        alpha,
        weights,
        tie_margin: tie.0,
        tie_floor: tie.1,
        limit: if per_level {
            LimitMode::PerLevel
        } else {
            LimitMode::Single
        },
        ..EffConfig::default()
    }
}

/// Rebuilds a sample's outcome from its results-file form (for `merge`,
/// which must recompute exactly what `score` computed).
pub fn outcome_of(sample: &SampleResult) -> anyhow::Result<execute::SampleOutcome> {
    use execute::Verdict;
    let verdict = match (sample.verdict.as_str(), sample.failed_at) {
        ("correct", _) => Verdict::Correct,
        ("wrong", _) => Verdict::Wrong,
        ("censored", Some(at)) => Verdict::Censored { level: at.level },
        (other, _) => anyhow::bail!("sample {}: unknown verdict '{other}'", sample.id),
    };
    let status = parse_status(&sample.status).ok_or_else(|| {
        anyhow::anyhow!("sample {}: unknown status '{}'", sample.id, sample.status)
    })?;
    let outcome = execute::SampleOutcome {
        verdict,
        status,
        failed_at: sample.failed_at.map(|c| (c.level, c.case)),
        error: sample.error.clone(),
        level_cost: sample.level_cost.clone(),
        peak_memory_bytes: sample.peak_memory_bytes,
        verification: sample
            .verification
            .as_ref()
            .map(|v| {
                Ok::<_, anyhow::Error>(execute::Verification {
                    fuel_limit: v.fuel_limit,
                    memory_bytes: v.memory_bytes,
                    status: parse_status(&v.status).ok_or_else(|| {
                        anyhow::anyhow!(
                            "sample {}: verification: unknown status '{}'",
                            sample.id,
                            v.status
                        )
                    })?,
                    fuel: v.fuel,
                })
            })
            .transpose()?,
    };
    Ok(outcome)
}

/// A sandbox status from its name in a results file.
fn parse_status(name: &str) -> Option<effgauge_sandboxes::Status> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

/// Re-scores a problem result from its samples: `(result, summary)` exactly
/// as `score` produced them.
pub fn rescore(
    problem: &ProblemResult,
    cfg: &EffConfig,
    ks: &[u64],
) -> anyhow::Result<(ProblemResult, effgauge_metrics::ProblemSummary)> {
    let outcomes: Vec<execute::SampleOutcome> = problem
        .samples
        .iter()
        .map(outcome_of)
        .collect::<anyhow::Result<_>>()?;
    let distinct: Vec<assemble::DistinctSample<'_>> = problem
        .samples
        .iter()
        .zip(&outcomes)
        .map(|(s, outcome)| assemble::DistinctSample {
            id: s.id.clone(),
            count: s.count,
            source_sha256: s.source_sha256.clone(),
            outcome,
        })
        .collect();
    assemble::problem_result(
        &assemble::ProblemFacts::of_result(problem),
        &distinct,
        cfg,
        ks,
    )
}
