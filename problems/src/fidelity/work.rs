//! What the cost model sees of the compared pairs: for each solution and
//! level, the fuel and [`Work`] of the level's most expensive case. With
//! `--work`, the benchmark prints these beside the ratios, so a cost model's
//! weights can be fitted offline (`problems/fidelity/fit_cost_model.py`)
//! from one run under the `plain` model instead of one run per candidate
//! weight.

use crate::{guest, Prepared, Problem, ProblemsError};
use effgauge_sandboxes::{Job, SandboxEngine, Status, Work};
use serde::Serialize;

/// The most expensive case of a level, by fuel.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct LevelWork {
    pub fuel: u64,
    pub work: Work,
}

/// Runs `source` on every case of `levels` and returns, per level of the
/// problem, its most expensive case (`None` for levels not run, or where a
/// case did not finish `ok`).
pub fn level_work(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    source: &str,
    levels: &[usize],
) -> Result<Vec<Option<LevelWork>>, ProblemsError> {
    let chosen: Vec<usize> = (0..prepared.cases.len())
        .filter(|&i| levels.contains(&prepared.cases[i].level))
        .collect();
    let all = prepared.calls(|_| None);
    let calls = chosen.iter().map(|&i| all[i].clone()).collect();
    let mut job: Job = guest::job(problem, source.to_owned(), &problem.entry_point, calls);
    job.import_allowance = prepared.prompt_import_fuel;
    let run = guest::run(engine, problem, job)?;
    let mut out: Vec<Option<LevelWork>> = vec![None; problem.levels.len()];
    let mut failed = vec![false; problem.levels.len()];
    for (&i, call) in chosen.iter().zip(&run.calls) {
        let level = prepared.cases[i].level;
        if call.status != Status::Ok {
            failed[level] = true;
            continue;
        }
        let here = LevelWork {
            fuel: call.cost.fuel,
            work: call.work,
        };
        let slot = &mut out[level];
        if slot.is_none_or(|s| here.fuel > s.fuel) {
            *slot = Some(here);
        }
    }
    for (slot, failed) in out.iter_mut().zip(failed) {
        if failed {
            *slot = None;
        }
    }
    Ok(out)
}

/// Fills in the work of every pair of one problem (reference and
/// alternative), running each solution once over the levels it is paired on.
pub fn attach_work(
    engine: &SandboxEngine,
    problem: &Problem,
    side: &super::FuelSide,
    pairs: &mut [super::Pair],
) -> Result<(), ProblemsError> {
    let mut levels: Vec<usize> = pairs.iter().map(|p| p.level).collect();
    levels.sort_unstable();
    levels.dedup();
    let reference = level_work(engine, problem, &side.prepared, &problem.reference, &levels)?;
    for alt in &side.alternatives {
        let mine: Vec<usize> = pairs
            .iter()
            .filter(|p| p.alternative == alt.name)
            .map(|p| p.level)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let measured = level_work(engine, problem, &side.prepared, &alt.source, &mine)?;
        for p in pairs.iter_mut().filter(|p| p.alternative == alt.name) {
            p.reference_work = reference[p.level];
            p.alternative_work = measured[p.level];
        }
    }
    Ok(())
}
