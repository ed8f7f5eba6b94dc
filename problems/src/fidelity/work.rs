//! What a cost model sees of the compared pairs: for each solution and
//! level, every case's fuel and [`Work`], and with counting engines the
//! number of operators of each [`OperatorClass`] per case. With `--work`
//! (and `--classes`), the benchmark prints these beside the ratios, so a cost
//! model can be fitted offline (`problems/fidelity/fit_cost_model.py`) from
//! one run instead of one run per candidate weight.

use crate::prepare::guest;
use crate::{Prepared, Problem, ProblemsError};
use effgauge_sandboxes::{Job, OperatorClass, SandboxEngine, Status, Work};
use serde::Serialize;
use std::collections::BTreeMap;

/// One case of a level.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct CaseWork {
    pub fuel: u64,
    pub moved_bytes: u64,
    pub allocations: u64,
    pub peak_memory_bytes: u64,
    /// Misses of the simulated cache, bytes moved within a buffer and
    /// misses of copies' lines (`cache-v1`;
    /// 0 under other models).
    pub cache_misses: u64,
    pub buffer_move_bytes: u64,
    pub stream_misses: u64,
}

/// A level of one solution.
#[derive(Debug, Clone, Serialize)]
pub struct LevelWork {
    /// The most expensive case's fuel and work.
    pub fuel: u64,
    pub work: Work,
    /// Every case of the level, in order.
    pub cases: Vec<CaseWork>,
    /// With counting engines: per class, the operators each case executed.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub classes: BTreeMap<String, Vec<u64>>,
}

/// One case as run: fuel, work, peak memory.
type Measured = (u64, Work, u64);

/// Per level of the problem, every case's fuel and work, in order (`None`
/// for levels not run, or where a case did not finish `ok`).
fn run_levels(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    source: &str,
    levels: &[usize],
) -> Result<Vec<Option<Vec<Measured>>>, ProblemsError> {
    let chosen: Vec<usize> = (0..prepared.cases.len())
        .filter(|&i| levels.contains(&prepared.cases[i].level))
        .collect();
    let all = prepared.calls(|_| None);
    let calls = chosen.iter().map(|&i| all[i].clone()).collect();
    let mut job: Job = guest::program_job(problem, source, calls);
    job.compile_allowance = prepared.compile_allowance;
    job.cache_sampling_key = prepared.cache_sampling_key;
    let run = guest::run(engine, problem, job)?;
    let mut out: Vec<Option<Vec<Measured>>> = vec![None; problem.levels.len()];
    let mut failed = vec![false; problem.levels.len()];
    for (&i, call) in chosen.iter().zip(&run.calls) {
        let level = prepared.cases[i].level;
        failed[level] |= call.status != Status::Ok;
        out[level].get_or_insert_with(Vec::new).push((
            call.cost.fuel,
            call.work,
            call.peak_memory_bytes,
        ));
    }
    for (slot, failed) in out.iter_mut().zip(failed) {
        if failed {
            *slot = None;
        }
    }
    Ok(out)
}

/// Runs `source` on every case of `levels`: per level of the problem, its
/// cases and most expensive case.
pub fn level_work(
    engine: &SandboxEngine,
    counting: &[SandboxEngine],
    problem: &Problem,
    prepared: &Prepared,
    source: &str,
    levels: &[usize],
) -> Result<Vec<Option<LevelWork>>, ProblemsError> {
    let mut out: Vec<Option<LevelWork>> = run_levels(engine, problem, prepared, source, levels)?
        .into_iter()
        .map(|cases| {
            let cases = cases?;
            let (fuel, work, _) = *cases.iter().max_by_key(|(fuel, _, _)| *fuel)?;
            Some(LevelWork {
                fuel,
                work,
                cases: cases
                    .iter()
                    .map(|(fuel, w, peak)| CaseWork {
                        fuel: *fuel,
                        moved_bytes: w.moved_bytes,
                        allocations: w.allocations,
                        peak_memory_bytes: *peak,
                        cache_misses: w.cache_misses,
                        buffer_move_bytes: w.buffer_move_bytes,
                        stream_misses: w.stream_misses,
                    })
                    .collect(),
                classes: BTreeMap::new(),
            })
        })
        .collect();
    for engine in counting {
        let class = engine.counted_class().map_or("?".into(), |c| c.to_string());
        let counted = run_levels(engine, problem, prepared, source, levels)?;
        for (slot, counts) in out.iter_mut().zip(counted) {
            match (slot.as_mut(), counts) {
                (Some(level), Some(counts)) => {
                    level
                        .classes
                        .insert(class.clone(), counts.iter().map(|(n, _, _)| *n).collect());
                }
                (Some(_), None) => *slot = None,
                _ => {}
            }
        }
    }
    Ok(out)
}

/// The engines that count each [`OperatorClass`], for `--classes`.
pub fn counting_engines(
    runtime: &effgauge_sandboxes::Runtime,
) -> Result<Vec<SandboxEngine>, ProblemsError> {
    OperatorClass::ALL
        .into_iter()
        .map(|class| {
            SandboxEngine::counting(runtime.clone(), class)
                .map_err(ProblemsError::sandbox("(counting engine)"))
        })
        .collect()
}

/// Fills in the work of every pair of one problem (reference and
/// alternative), running each solution once over the levels it is paired on
/// (and once more per counting engine).
pub fn attach_work(
    engine: &SandboxEngine,
    counting: &[SandboxEngine],
    problem: &Problem,
    side: &super::FuelSide,
    pairs: &mut [super::Pair],
) -> Result<(), ProblemsError> {
    let mut levels: Vec<usize> = pairs.iter().map(|p| p.level).collect();
    levels.sort_unstable();
    levels.dedup();
    let prepared = &side.prepared;
    let reference = level_work(
        engine,
        counting,
        problem,
        prepared,
        &problem.reference,
        &levels,
    )?;
    for alt in &side.alternatives {
        let mine: Vec<usize> = pairs
            .iter()
            .filter(|p| p.alternative == alt.name)
            .map(|p| p.level)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let measured = level_work(engine, counting, problem, prepared, &alt.source, &mine)?;
        for p in pairs.iter_mut().filter(|p| p.alternative == alt.name) {
            p.reference_work = reference[p.level].clone();
            p.alternative_work = measured[p.level].clone();
        }
    }
    Ok(())
}
