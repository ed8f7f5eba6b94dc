//! Stage 2, prepare: the sandbox engine, the settings every sample runs
//! under, each selected problem's cases (inputs, expected outputs,
//! reference costs and the compile allowance, all under the salt if there
//! is one) and the `harness` block of the results file.

use crate::outcome_cache::{OutcomeCache, UnitKeys};
use crate::plan::Plan;
use crate::settings::RunSettings;
use crate::{samples, Observer, ScoreConfig, ScoringError};
use effgauge_metrics::EffConfig;
use effgauge_problems::{parallel, prepare_many, Language, Prepared, Problem, Salt};
use effgauge_reports::schema::{self, HarnessInfo, RuntimeRef, ToolchainRef};
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
    /// The outcome cache and the keys of this run's units, when outcomes
    /// are kept.
    pub outcome_cache: Option<(OutcomeCache, UnitKeys)>,
}

pub fn prepare(
    config: &ScoreConfig,
    plan: &Plan<'_>,
    observer: &dyn Observer,
) -> Result<Setup, ScoringError> {
    let engine = config.engine()?;
    let workers = config.workers();
    let salt = config.salt.as_ref();
    let prepared: Vec<Prepared> = prepare_in_language(
        &engine,
        &plan.selected,
        config.language,
        workers,
        observer.verbose(),
        salt,
    )
    .into_iter()
    .collect::<Result<_, _>>()?;
    for (p, prep) in plan.selected.iter().zip(&prepared) {
        check_levels(config, p, prep)?;
    }
    let harness = harness_info(config, &engine, &plan.all_problems);
    let settings = config.settings();
    let outcome_cache = match (
        &config.outcome_cache,
        UnitKeys::new(&engine, &settings, salt),
    ) {
        (Some(spec), Some(keys)) => Some((OutcomeCache::open(spec.clone())?, keys)),
        _ => None,
    };
    Ok(Setup {
        engine,
        workers,
        settings,
        cfg: config.judging.eff_config(),
        prepared,
        harness,
        outcome_cache,
    })
}

/// Prepares `problems` for candidates in `language`: the prepared cases,
/// and for C++ the C++ reference's run over them, on `workers` threads;
/// one result per problem, in order.
pub(crate) fn prepare_in_language(
    engine: &SandboxEngine,
    problems: &[&Problem],
    language: Language,
    workers: usize,
    progress: bool,
    salt: Option<&Salt>,
) -> Vec<Result<Prepared, ScoringError>> {
    let prepared = if language == Language::Python {
        prepare_many(engine, problems, workers, progress, salt)
    } else {
        parallel::map(problems, workers, |problem| {
            language.prepare(engine, problem, salt)
        })
    };
    prepared
        .into_iter()
        .map(|r| r.map_err(ScoringError::from))
        .collect()
}

/// The weights must give every level of the problem one weight.
pub fn check_levels(
    config: &ScoreConfig,
    problem: &Problem,
    prepared: &Prepared,
) -> Result<(), ScoringError> {
    let weights = config.judging.weights.len();
    let levels = prepared.reference_level_fuel.len();
    if weights != levels {
        return Err(ScoringError::invalid(format!(
            "--weights has {weights} entries but problem {} has {levels} levels",
            problem.id
        )));
    }
    Ok(())
}

/// How the results are made: the `harness` block. A salt appears only as
/// its hash.
pub fn harness_info(
    config: &ScoreConfig,
    engine: &SandboxEngine,
    problems: &[&Problem],
) -> HarnessInfo {
    let salt = config.salt.as_ref();
    let judging = &config.judging;
    let hashes: Vec<&str> = problems.iter().map(|p| p.content_hash.as_str()).collect();
    let runtime = engine.runtime();
    HarnessInfo {
        effgauge_version: env!("CARGO_PKG_VERSION").to_owned(),
        metering_version: match config.language {
            Language::Python => effgauge_sandboxes::METERING_VERSION,
            Language::Cpp | Language::C => effgauge_sandboxes::PROGRAM_METERING_VERSION,
        },
        // A compiled program's fuel is wasmtime's own: the cost model is
        // the Python runtime's.
        cost_model: match config.language {
            Language::Python => engine.cost_model().name(),
            Language::Cpp | Language::C => effgauge_sandboxes::CostModel::Plain.name(),
        }
        .to_owned(),
        runtime: RuntimeRef {
            name: runtime.name.clone(),
            version: runtime.version.clone(),
            sha256: runtime.sha256.clone(),
            stdlib_sha256: Some(runtime.stdlib_sha256.clone()),
        },
        wasmtime: WASMTIME_VERSION.to_owned(),
        meter: config.meter.name().to_owned(),
        alpha: judging.alpha,
        tie_margin: judging.tie_margin,
        tie_floor: judging.tie_floor,
        profile: judging.profile.name().to_owned(),
        verify_multiple: (judging.profile == effgauge_problems::Profile::Effgauge)
            .then_some(judging.verify_multiple),
        weights: judging.weights.clone(),
        limit: if judging.per_level_limit {
            "per_level"
        } else {
            "single"
        }
        .to_owned(),
        max_source_bytes: Some(config.max_source_bytes),
        k: config.ks.clone(),
        seed: config.seed,
        inputs: Some(config.inputs()),
        salt_sha256: salt.map(|s| s.sha256_hex().to_owned()),
        bootstrap_resamples: config.bootstrap,
        suite_hash: samples::sha256_hex(&hashes.join("\n")),
        problems: problems.iter().map(|p| p.id.clone()).collect(),
        language: match config.language {
            Language::Python => schema::Language::Python,
            Language::Cpp => schema::Language::Cpp,
            Language::C => schema::Language::C,
        },
        toolchain: toolchain(config.language),
    }
}

/// The toolchain that compiles candidates in `language`, if it needs one
/// and it is installed (a run without it stops at the first compile).
pub fn toolchain(language: Language) -> Option<ToolchainRef> {
    match language {
        Language::Python => None,
        Language::Cpp | Language::C => {
            effgauge_problems::native::compiler()
                .ok()
                .map(|c| ToolchainRef {
                    name: effgauge_problems::native::TOOLCHAIN_NAME.to_owned(),
                    sha256: c.toolchain.sha256.clone(),
                })
        }
    }
}
