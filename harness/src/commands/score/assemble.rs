//! Stage 4, assemble: per model and problem, the distinct samples'
//! outcomes through the metrics crate, then the results file. Pure: the
//! same outcomes give the same bytes.

use super::execute::Outcomes;
use super::plan::{Plan, REFERENCE};
use super::prepare::Setup;
use super::ScoreArgs;
use crate::scoring::assemble::{self, DistinctSample, ProblemFacts};
use crate::scoring::execute::SampleOutcome;
use effgauge_metrics::BootstrapConfig;
use effgauge_reports::schema::{InvalidSample, ModelResult, ResultsFile, SCHEMA_VERSION};
use effgauge_sandboxes::Meter;

pub fn assemble(
    args: &ScoreArgs,
    plan: &Plan<'_>,
    setup: &Setup,
    done: &Outcomes,
) -> anyhow::Result<ResultsFile> {
    let bootstrap = BootstrapConfig {
        resamples: args.scoring.bootstrap as usize,
        seed: args.seed,
        ..BootstrapConfig::default()
    };
    let models = plan
        .models
        .keys()
        .map(|model| model_result(args, plan, setup, done, model, &bootstrap))
        .collect::<anyhow::Result<_>>()?;
    Ok(ResultsFile {
        schema_version: SCHEMA_VERSION,
        harness: setup.harness.clone(),
        shard: args.shard,
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
    args: &ScoreArgs,
    plan: &Plan<'_>,
    setup: &Setup,
    done: &Outcomes,
    model: &str,
    bootstrap: &BootstrapConfig,
) -> anyhow::Result<ModelResult> {
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
        let facts = ProblemFacts::of(p, reference, &setup.settings);
        problems.push(assemble::problem_result(
            &facts,
            &distinct,
            &setup.cfg,
            &args.scoring.k,
        )?);
    }
    assemble::model_result(model, problems, &args.scoring.k, bootstrap)
}

/// The reference's per-level costs under a meter other than fuel, from its
/// own unit.
fn reference_costs(outcome: &SampleOutcome, id: &str) -> anyhow::Result<Vec<u64>> {
    outcome
        .level_cost
        .iter()
        .map(|c| {
            c.ok_or_else(|| anyhow::anyhow!("the reference of {id} did not pass under this meter"))
        })
        .collect()
}
