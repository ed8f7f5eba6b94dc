//! Stage 1, plan: read and check the samples, choose the problems (this
//! shard's), group the samples by model, and list the distinct units to
//! execute. Nothing runs yet.

use super::ScoreArgs;
use crate::exit::invalid;
use crate::samples::{self, InvalidLine, Sample};
use crate::scoring::journal::UnitKey;
use crate::scoring::plan::{group, problem_set, Grouped};
use effgauge_problems::{Problem, Suite};
use effgauge_sandboxes::Meter;
use std::collections::BTreeMap;

/// Key of the reference's own unit under non-fuel meters.
pub const REFERENCE: &str = "reference";

/// What a run will do.
pub struct Plan<'s> {
    /// Every problem of the run (all shards), sorted.
    pub all_problems: Vec<&'s Problem>,
    /// The problems this shard scores.
    pub selected: Vec<&'s Problem>,
    /// model → task → distinct source → (first id, count).
    pub models: Grouped,
    /// Each (task, distinct source) once, whoever sent it: the index of its
    /// problem in `selected` and the source.
    pub units: BTreeMap<UnitKey, (usize, String)>,
    /// The lines skipped with `--skip-invalid`.
    pub invalid: Vec<InvalidLine>,
}

pub fn plan<'s>(args: &ScoreArgs, suite: &'s Suite) -> anyhow::Result<Plan<'s>> {
    let (samples, invalid) = read_samples(args, suite)?;
    let all_problems = problem_set(&args.problems, suite, &samples)?;
    let selected: Vec<&Problem> = all_problems
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            args.shard
                .is_none_or(|s| *i as u32 % s.count == s.index - 1)
        })
        .map(|(_, p)| *p)
        .collect();
    let models = group(&samples, &selected)?;
    let units = units(&selected, &samples, args.scoring.sandbox.meter);
    Ok(Plan {
        all_problems,
        selected,
        models,
        units,
        invalid,
    })
}

/// The samples, and the invalid lines (refused unless `--skip-invalid`).
fn read_samples(
    args: &ScoreArgs,
    suite: &Suite,
) -> anyhow::Result<(Vec<Sample>, Vec<InvalidLine>)> {
    let prompts: BTreeMap<String, String> = suite
        .problems
        .iter()
        .map(|p| (p.id.clone(), p.prompt.clone()))
        .collect();
    let (samples, bad) = samples::read(&args.samples, &prompts, args.model.as_deref())
        .map_err(|e| invalid(e.to_string()))?;
    if !bad.is_empty() && !args.skip_invalid {
        let shown: Vec<String> = bad.iter().take(20).map(ToString::to_string).collect();
        let more = if bad.len() > 20 {
            format!("\n(and {} more)", bad.len() - 20)
        } else {
            String::new()
        };
        return Err(invalid(format!(
            "{} invalid sample line(s); nothing was scored (--skip-invalid records them instead):\n{}{more}",
            bad.len(),
            shown.join("\n")
        )));
    }
    Ok((samples, bad))
}

/// The distinct units to execute: each (task, source) once, whoever sent
/// it; under a meter other than fuel, also each reference.
fn units(
    selected: &[&Problem],
    samples: &[Sample],
    meter: Meter,
) -> BTreeMap<UnitKey, (usize, String)> {
    let mut units = BTreeMap::new();
    for (pi, p) in selected.iter().enumerate() {
        if meter != Meter::Fuel {
            units.insert((p.id.clone(), REFERENCE.into()), (pi, p.reference.clone()));
        }
        for s in samples.iter().filter(|s| s.task_id == p.id) {
            units
                .entry((p.id.clone(), s.source_sha256.clone()))
                .or_insert((pi, s.source.clone()));
        }
    }
    units
}
