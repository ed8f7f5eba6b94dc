//! Stage 2, prepare: the sandbox engine, the settings every sample runs
//! under, each selected problem's cases (inputs, expected outputs,
//! reference costs and the prompt's import fuel, all under the salt if
//! there is one) and the `harness` block of the results file.

use super::plan::Plan;
use super::ScoreArgs;
use crate::exit::invalid;
use crate::samples;
use crate::scoring::eff_config;
use crate::scoring::execute::RunSettings;
use effgauge_metrics::EffConfig;
use effgauge_problems::{prepare_many, Prepared, Problem, Salt};
use effgauge_reports::schema::{HarnessInfo, Inputs, RuntimeRef};
use effgauge_sandboxes::{SandboxEngine, WASMTIME_VERSION};

/// Everything the samples run against.
pub struct Setup {
    pub engine: SandboxEngine,
    pub workers: usize,
    pub settings: RunSettings,
    pub cfg: EffConfig,
    /// One per problem of [`Plan::selected`], in order.
    pub prepared: Vec<Prepared>,
    pub harness: HarnessInfo,
}

pub fn prepare(args: &ScoreArgs, plan: &Plan<'_>, salt: Option<&Salt>) -> anyhow::Result<Setup> {
    let engine = crate::commands::engine(&args.scoring.sandbox)?;
    let workers = args
        .scoring
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let settings = RunSettings {
        meter: args.scoring.sandbox.meter,
        alpha: args.scoring.alpha,
        per_level_limit: args.scoring.judging.per_level_limit,
        weights: args.scoring.weights.clone(),
        seed: args.seed,
        profile: args.scoring.judging.profile,
        verify_multiple: args.scoring.judging.verify_multiple,
    };
    let cfg = eff_config(
        args.scoring.alpha,
        args.scoring.weights.clone(),
        args.scoring.judging.per_level_limit,
        args.scoring.judging.tie(),
    );
    let prepared: Vec<Prepared> = prepare_many(&engine, &plan.selected, workers, !args.quiet, salt)
        .into_iter()
        .collect::<Result<_, _>>()?;
    for (p, prep) in plan.selected.iter().zip(&prepared) {
        if prep.reference_level_fuel.len() != args.scoring.weights.len() {
            return Err(invalid(format!(
                "--weights has {} entries but problem {} has {} levels",
                args.scoring.weights.len(),
                p.id,
                prep.reference_level_fuel.len()
            )));
        }
    }
    let harness = harness_info(args, &engine, &plan.all_problems, salt);
    Ok(Setup {
        engine,
        workers,
        settings,
        cfg,
        prepared,
        harness,
    })
}

/// How the results are made: the `harness` block. A salt appears only as
/// its hash.
fn harness_info(
    args: &ScoreArgs,
    engine: &SandboxEngine,
    problems: &[&Problem],
    salt: Option<&Salt>,
) -> HarnessInfo {
    let hashes: Vec<&str> = problems.iter().map(|p| p.content_hash.as_str()).collect();
    let runtime = engine.runtime();
    HarnessInfo {
        effgauge_version: env!("CARGO_PKG_VERSION").to_owned(),
        metering_version: effgauge_sandboxes::METERING_VERSION,
        cost_model: engine.cost_model().name().to_owned(),
        runtime: RuntimeRef {
            name: runtime.name.clone(),
            version: runtime.version.clone(),
            sha256: runtime.sha256.clone(),
            stdlib_sha256: Some(runtime.stdlib_sha256.clone()),
        },
        wasmtime: WASMTIME_VERSION.to_owned(),
        meter: args.scoring.sandbox.meter.name().to_owned(),
        alpha: args.scoring.alpha,
        tie_margin: args.scoring.judging.tie_margin,
        tie_floor: args.scoring.judging.tie_floor,
        profile: args.scoring.judging.profile.name().to_owned(),
        verify_multiple: (args.scoring.judging.profile == effgauge_problems::Profile::Effgauge)
            .then_some(args.scoring.judging.verify_multiple),
        weights: args.scoring.weights.clone(),
        limit: if args.scoring.judging.per_level_limit {
            "per_level"
        } else {
            "single"
        }
        .to_owned(),
        max_source_bytes: Some(args.scoring.source.max_source_bytes),
        k: args.scoring.k.clone(),
        seed: args.seed,
        inputs: Some(if salt.is_some() {
            Inputs::HeldOut
        } else {
            Inputs::Public
        }),
        salt_sha256: salt.map(|s| s.sha256_hex().to_owned()),
        bootstrap_resamples: args.scoring.bootstrap,
        suite_hash: samples::sha256_hex(&hashes.join("\n")),
        problems: problems.iter().map(|p| p.id.clone()).collect(),
    }
}
