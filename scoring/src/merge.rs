//! `merge`: the shards of a sharded run (`score --shard I/N` on a CI matrix
//! or a Kubernetes Indexed Job) become the file the whole run would have
//! written, byte for byte. Per-problem results do not depend on sharding,
//! and the summaries are recomputed from the samples exactly as
//! [`crate::assemble`] computes them; so a shard is read back into the
//! outcomes it was made from ([`outcome_of`]) and scored again.

use crate::summarize::{self, DistinctSample, ProblemFacts};
use crate::{eff_config, ScoringError};
use crate::{SampleOutcome, Verdict, Verification};
use effgauge_metrics::{BootstrapConfig, EffConfig, ProblemSummary};
use effgauge_reports::schema::{self, ProblemResult, ResultsFile, SampleResult, SCHEMA_VERSION};
use effgauge_sandboxes::Status;
use std::collections::BTreeMap;

/// Merges shard files, each with the label its errors name it by (its
/// path). Every shard 1..N must be there once, made under the same
/// settings.
pub fn merge_shards(files: Vec<(String, ResultsFile)>) -> Result<ResultsFile, ScoringError> {
    let files = complete_set(files)?;
    let first = &files[0].1;
    let h = &first.harness;
    let cfg = eff_config(
        h.alpha,
        h.weights.clone(),
        h.limit == "per_level",
        (h.tie_margin, h.tie_floor),
    );
    let bootstrap = BootstrapConfig {
        resamples: h.bootstrap_resamples as usize,
        seed: h.seed,
        ..BootstrapConfig::default()
    };
    // Each problem with the file it came from, for messages.
    let mut per_model: BTreeMap<String, Vec<(&str, &ProblemResult)>> = BTreeMap::new();
    for (label, file) in &files {
        for m in &file.models {
            let entry = per_model.entry(m.model.clone()).or_default();
            entry.extend(m.problems.iter().map(|p| (label.as_str(), p)));
        }
    }
    let models = per_model
        .into_iter()
        .map(|(model, problems)| merge_model(&model, problems, &cfg, &h.k, &bootstrap, &files[0].0))
        .collect::<Result<_, _>>()?;
    Ok(ResultsFile {
        schema_version: SCHEMA_VERSION,
        harness: first.harness.clone(),
        shard: None,
        models,
        invalid_samples: first.invalid_samples.clone(),
    })
}

/// The shards sorted by index, once each of 1..N, all under one harness.
fn complete_set(
    mut files: Vec<(String, ResultsFile)>,
) -> Result<Vec<(String, ResultsFile)>, ScoringError> {
    let mut indexed = Vec::new();
    for (label, file) in &files {
        let Some(shard) = file.shard else {
            return Err(ScoringError::invalid(format!(
                "{label}: not a shard (no `shard` field)"
            )));
        };
        indexed.push(shard);
    }
    files.sort_by_key(|(_, f)| f.shard.map(|s| s.index));
    indexed.sort_by_key(|s| s.index);
    let count = indexed.first().map_or(0, |s| s.count);
    let indexes: Vec<u32> = indexed.iter().map(|s| s.index).collect();
    // Compared in place: the files state `count`, which may be 4 billion.
    let complete = !files.is_empty()
        && files.len() as u64 == u64::from(count)
        && indexes.iter().zip(1..).all(|(&index, want)| index == want);
    if indexed.iter().any(|s| s.count != count) || !complete {
        return Err(ScoringError::invalid(format!(
            "need each of shards 1..{count} exactly once, got {indexes:?}"
        )));
    }
    let (first_label, first) = &files[0];
    for (label, file) in &files[1..] {
        if file.harness != first.harness || file.invalid_samples != first.invalid_samples {
            return Err(ScoringError::invalid(format!(
                "{label}: made under other settings than {first_label} (harness block or inputs differ)"
            )));
        }
    }
    Ok(files)
}

/// One model's problems from every shard, re-scored and summarized.
fn merge_model(
    model: &str,
    mut problems: Vec<(&str, &ProblemResult)>,
    cfg: &EffConfig,
    ks: &[u64],
    bootstrap: &BootstrapConfig,
    first_label: &str,
) -> Result<schema::ModelResult, ScoringError> {
    problems.sort_by(|a, b| a.1.task_id.cmp(&b.1.task_id));
    if let Some(twice) = problems
        .windows(2)
        .find(|w| w[0].1.task_id == w[1].1.task_id)
    {
        return Err(ScoringError::invalid(format!(
            "model {model:?} has problem {:?} in two shards; a problem belongs to one shard",
            twice[0].1.task_id
        )));
    }
    // What a shard says is refused as input, not as a bug: its settings
    // (α, weights) or its samples may make no score.
    let scored = problems
        .iter()
        .map(|(label, p)| {
            rescore(p, cfg, ks).map_err(|e| {
                ScoringError::invalid(format!(
                    "{label}: model {model:?}, problem {:?}: {e}",
                    p.task_id
                ))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    summarize::model_result(model, scored, ks, bootstrap)
        .map_err(|e| ScoringError::invalid(format!("{first_label}: model {model:?}: {e}")))
}

/// Rebuilds a sample's outcome from its results-file form.
pub fn outcome_of(sample: &SampleResult) -> Result<SampleOutcome, ScoringError> {
    let verdict = match (sample.verdict, sample.failed_at) {
        (schema::Verdict::Correct, _) => Verdict::Correct,
        (schema::Verdict::Wrong, _) => Verdict::Wrong,
        (schema::Verdict::Censored, Some(at)) => Verdict::Censored {
            level: at.level as usize,
        },
        (schema::Verdict::Censored, None) => {
            return Err(ScoringError::invalid(format!(
                "sample {}: censored, but no failed_at says where",
                sample.id
            )))
        }
    };
    Ok(SampleOutcome {
        verdict,
        status: sandbox_status(sample.status),
        failed_at: sample.failed_at.map(|c| (c.level, c.case)),
        error: sample.error.clone(),
        level_cost: sample.level_cost.clone(),
        level_memory: sample
            .memory
            .as_ref()
            .map(|m| crate::memory::level_uses(&m.levels))
            .unwrap_or_default(),
        peak_memory_bytes: sample.peak_memory_bytes,
        warnings: sample.warnings.clone(),
        verification: sample.verification.as_ref().map(|v| Verification {
            fuel_limit: v.fuel_limit,
            memory_bytes: v.memory_bytes,
            status: sandbox_status(v.status),
            fuel: v.fuel,
        }),
    })
}

/// The sandbox status a results file's status names (the same names).
fn sandbox_status(status: schema::Status) -> Status {
    serde_json::from_value(serde_json::Value::String(status.name().to_owned()))
        .expect("every schema status is a sandbox status")
}

/// Re-scores a problem result from its samples: `(result, summary)` exactly
/// as `score` produced them.
pub fn rescore(
    problem: &ProblemResult,
    cfg: &EffConfig,
    ks: &[u64],
) -> Result<(ProblemResult, ProblemSummary), ScoringError> {
    let outcomes: Vec<SampleOutcome> = problem
        .samples
        .iter()
        .map(outcome_of)
        .collect::<Result<_, _>>()?;
    let distinct: Vec<DistinctSample<'_>> = problem
        .samples
        .iter()
        .zip(&outcomes)
        .map(|(s, outcome)| DistinctSample {
            id: s.id.clone(),
            count: s.count,
            source_sha256: s.source_sha256.clone(),
            outcome,
        })
        .collect();
    summarize::problem_result(&ProblemFacts::of_result(problem), &distinct, cfg, ks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_status_is_a_sandbox_status_and_back() {
        for s in schema::Status::ALL {
            assert_eq!(summarize::schema_status(sandbox_status(s)), s);
        }
    }
}
