//! Stage 4, assemble: per model and problem, the distinct samples'
//! outcomes through the metrics crate ([`crate::summarize`]), then the
//! results file. Pure: the same outcomes give the same bytes.

use crate::execute::Outcomes;
use crate::plan::{Plan, REFERENCE};
use crate::prepare::Setup;
use crate::summarize::{self, DistinctSample, ProblemFacts};
use crate::SampleOutcome;
use crate::{ScoreConfig, ScoringError};
use effgauge_metrics::BootstrapConfig;
use effgauge_reports::schema::{InvalidSample, ModelResult, ResultsFile, SCHEMA_VERSION};
use effgauge_sandboxes::Meter;

pub fn assemble(
    config: &ScoreConfig,
    plan: &Plan<'_>,
    setup: &Setup,
    done: &Outcomes,
) -> Result<ResultsFile, ScoringError> {
    let bootstrap = config.bootstrap_config();
    let models = plan
        .models
        .keys()
        .map(|model| model_result(config, plan, setup, done, model, &bootstrap))
        .collect::<Result<_, _>>()?;
    Ok(ResultsFile {
        schema_version: SCHEMA_VERSION,
        harness: setup.harness.clone(),
        shard: config.shard,
        models,
        invalid_samples: plan
            .invalid
            .iter()
            .map(|b| InvalidSample {
                file: b.file.clone(),
                line: b.line,
                error: b.error.clone(),
            })
            .collect(),
    })
}

fn model_result(
    config: &ScoreConfig,
    plan: &Plan<'_>,
    setup: &Setup,
    done: &Outcomes,
    model: &str,
    bootstrap: &BootstrapConfig,
) -> Result<ModelResult, ScoringError> {
    let tasks = &plan.models[model];
    let mut problems = Vec::new();
    for (pi, p) in plan.selected.iter().enumerate() {
        let reference = match setup.settings.meter {
            Meter::Fuel => setup.prepared[pi].reference_level_fuel.clone(),
            _ => reference_costs(&done[&(p.id.clone(), REFERENCE.to_owned())], &p.id)?,
        };
        let distinct: Vec<DistinctSample<'_>> = tasks[&p.id]
            .iter()
            .map(|(sha, (id, count))| {
                let key = (p.id.clone(), sha.clone());
                let too_large = plan.too_large.get(&key);
                DistinctSample {
                    id: id.clone(),
                    count: *count,
                    source_sha256: sha.clone(),
                    outcome: too_large.unwrap_or_else(|| &done[&key]),
                }
            })
            .collect();
        let memory = Some(setup.prepared[pi].reference_level_memory.clone());
        let facts = ProblemFacts::of(p, reference, memory, &setup.settings);
        problems.push(summarize::problem_result(
            &facts, &distinct, &setup.cfg, &config.ks,
        )?);
    }
    summarize::model_result(model, problems, &config.ks, bootstrap)
}

/// The reference's per-level costs under a meter other than fuel, from its
/// own unit.
pub(crate) fn reference_costs(outcome: &SampleOutcome, id: &str) -> Result<Vec<u64>, ScoringError> {
    outcome
        .level_cost
        .iter()
        .map(|c| {
            c.ok_or_else(|| {
                ScoringError::invalid(format!(
                    "the reference of {id} did not pass under this meter"
                ))
            })
        })
        .collect()
}
