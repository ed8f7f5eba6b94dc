//! The fuel side of the benchmark: the validator's own run of every
//! alternative, under the validator's limits, keeping only the weighted
//! levels each alternative ran uncensored and right on every case (a
//! censored cost is only a lower bound, and a ratio of a lower bound says
//! nothing about agreement).

use super::Skipped;
use crate::validate::alternatives::run_alternative;
use crate::{prepare_in, Prepared, Problem, ProblemsError, ValidateOptions};

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
    engine: &effgauge_sandboxes::SandboxEngine,
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
