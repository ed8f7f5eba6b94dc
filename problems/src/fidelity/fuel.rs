//! The fuel side of the benchmark: the validator's own run of every
//! alternative, under the validator's limits, keeping only the weighted
//! levels each alternative ran uncensored and right on every case (a
//! censored cost is only a lower bound, and a ratio of a lower bound says
//! nothing about agreement). Under several cost models, each model's run
//! is the validator's under that model, and the pairs are those every
//! model measured.

use super::Skipped;
use crate::validate::alternatives::run_alternative;
use crate::{prepare_in, Prepared, Problem, ProblemsError, ValidateOptions};
use effgauge_sandboxes::{CostModel, SandboxEngine};

/// What the validator measured of one alternative, in fuel.
#[derive(Debug, Clone)]
pub struct FuelAlternative {
    pub name: String,
    pub source: String,
    /// Weighted levels measured uncensored: (level, the largest fuel over its cases).
    pub levels: Vec<(usize, u64)>,
}

/// The fuel side of one problem.
#[derive(Debug, Clone)]
pub struct FuelSide {
    pub prepared: Prepared,
    pub alternatives: Vec<FuelAlternative>,
    /// What was left out, and why.
    pub skipped: Vec<Skipped>,
}

/// The fuel side: prepares the problem (through the cache in `opts`) and
/// runs every alternative as the validator does, under the same limits.
/// Keeps the weighted levels each alternative ran uncensored, right on
/// every case.
pub fn fuel_side(
    engine: &SandboxEngine,
    problem: &Problem,
    opts: &ValidateOptions,
) -> Result<FuelSide, ProblemsError> {
    let prepared = prepare_in(engine, problem, opts.cache_dir.as_deref(), None)?;
    let mut skipped = Vec::new();
    let mut alternatives = Vec::new();
    for alt in &problem.alternatives {
        let report = run_alternative(engine, problem, &prepared, alt, opts);
        let skip = |level: Option<usize>, reason: String| Skipped {
            problem: problem.id.clone(),
            alternative: Some(alt.name.clone()),
            level,
            reason,
        };
        if !report.failures.is_empty() {
            skipped.push(skip(None, report.failures.join("; ")));
            continue;
        }
        let mut levels = Vec::new();
        for (l, (level, measured)) in problem.levels.iter().zip(&report.levels).enumerate() {
            if level.weight <= 0.0 {
                continue;
            }
            match measured.fuel {
                Some(fuel) if !measured.censored && measured.cases_run == level.cases => {
                    levels.push((l, fuel))
                }
                _ if measured.censored => skipped.push(skip(
                    Some(l),
                    format!(
                        "censored ({})",
                        report.censored_at.as_deref().unwrap_or("fuel limit")
                    ),
                )),
                _ => skipped.push(skip(Some(l), "not measured on every case".into())),
            }
        }
        alternatives.push(FuelAlternative {
            name: alt.name.clone(),
            source: alt.source.clone(),
            levels,
        });
    }
    Ok(FuelSide {
        prepared,
        alternatives,
        skipped,
    })
}

/// An alternative's levels that every cost model of the run measured: the
/// pairs the native side times.
#[derive(Debug, Clone)]
pub struct PairedAlternative {
    pub name: String,
    pub source: String,
    pub levels: Vec<usize>,
}

/// The fuel side of one problem under each cost model of the run.
#[derive(Debug, Clone)]
pub struct FuelSides {
    /// Each model's validator run, in the run's order (never empty).
    pub models: Vec<(CostModel, FuelSide)>,
    /// The (alternative, level)s measured under every model: every model is
    /// scored on the same pairs, whatever the others censor.
    pub paired: Vec<PairedAlternative>,
    /// What was left out, and why (under which models, when not all).
    pub skipped: Vec<Skipped>,
}

impl FuelSides {
    /// The first model's preparation: the cases' arguments and levels,
    /// which are the same under every model (only the costs differ).
    pub fn prepared(&self) -> &Prepared {
        &self.models[0].1.prepared
    }

    /// The reference's and the alternative's fuel at `level` under the
    /// `k`-th model (`None` if that model did not measure it).
    pub fn fuel(&self, k: usize, alternative: &str, level: usize) -> Option<(u64, u64)> {
        let side = &self.models[k].1;
        let alt = side.alternatives.iter().find(|a| a.name == alternative)?;
        let &(_, fuel) = alt.levels.iter().find(|(l, _)| *l == level)?;
        Some((side.prepared.reference_level_fuel[level], fuel))
    }
}

/// [`fuel_side`] under each engine's cost model (one engine per model, at
/// least one), keeping the (alternative, level)s all of them measured.
pub fn fuel_sides(
    engines: &[SandboxEngine],
    problem: &Problem,
    opts: &ValidateOptions,
) -> Result<FuelSides, ProblemsError> {
    assert!(!engines.is_empty(), "fuel_sides needs an engine");
    let models = engines
        .iter()
        .map(|engine| Ok((engine.cost_model(), fuel_side(engine, problem, opts)?)))
        .collect::<Result<Vec<_>, ProblemsError>>()?;
    let measured_by_all = |name: &str, level: usize| {
        models.iter().all(|(_, side)| {
            side.alternatives
                .iter()
                .any(|a| a.name == name && a.levels.iter().any(|(l, _)| *l == level))
        })
    };
    let paired = models[0]
        .1
        .alternatives
        .iter()
        .map(|alt| PairedAlternative {
            name: alt.name.clone(),
            source: alt.source.clone(),
            levels: (alt.levels.iter().map(|(l, _)| *l))
                .filter(|&l| measured_by_all(&alt.name, l))
                .collect(),
        })
        .filter(|alt| !alt.levels.is_empty())
        .collect();
    let skipped = merge_skipped(&models);
    Ok(FuelSides {
        models,
        paired,
        skipped,
    })
}

/// Every model's left-out (alternative, level)s, once each: a reason all
/// models give (a wrong answer) stands alone; one only some give (a
/// censored level, whose limit differs by model) names them.
fn merge_skipped(models: &[(CostModel, FuelSide)]) -> Vec<Skipped> {
    let mut merged: Vec<(Skipped, Vec<CostModel>)> = Vec::new();
    for (model, side) in models {
        for s in &side.skipped {
            let same = |(m, _): &&mut (Skipped, Vec<CostModel>)| {
                (&m.problem, &m.alternative, m.level, &m.reason)
                    == (&s.problem, &s.alternative, s.level, &s.reason)
            };
            match merged.iter_mut().find(same) {
                Some((_, by)) => by.push(*model),
                None => merged.push((s.clone(), vec![*model])),
            }
        }
    }
    merged
        .into_iter()
        .map(|(mut s, by)| {
            if by.len() < models.len() {
                let names: Vec<&str> = by.iter().map(|m| m.name()).collect();
                s.reason = format!("under {}: {}", names.join(", "), s.reason);
            }
            s
        })
        .collect()
}
