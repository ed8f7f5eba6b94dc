//! `--skip-unpreparable`: a run that leaves out the problems it cannot
//! prepare instead of stopping at the first.
//!
//! A problem is unpreparable when its generator or its reference fails in
//! the sandbox (a reference that runs out of the sandbox's fuel, an input
//! over the size an encoded value may take). In the bundled suite none is,
//! and `problems validate` says so before anyone scores; an imported suite
//! may hold some (COFFE's stress tests are sized for native code). By
//! default such a problem stops the run, since scoring the rest silently
//! would change what a figure averages over. With the option, every
//! problem the run would score is prepared first (through the suite cache,
//! which the run then reads), those that fail are named to the observer
//! and left out, and the results' `harness.problems` lists the problems
//! actually scored. Every shard prepares every problem, so all shards leave
//! out the same ones.

use crate::prepare::prepare_in_language;
use crate::select::problem_set;
use crate::{Observer, SampleSet, ScoreConfig, ScoringError};
use effgauge_problems::Suite;
use std::collections::BTreeSet;

/// `config` and `samples` without the problems that cannot be prepared.
pub(crate) fn leave_out(
    config: &ScoreConfig,
    suite: &Suite,
    mut samples: SampleSet,
    observer: &mut dyn Observer,
) -> Result<(ScoreConfig, SampleSet), ScoringError> {
    let problems = problem_set(&config.problems, suite, &samples.samples)?;
    let engine = config.engine()?;
    let prepared = prepare_in_language(
        &engine,
        &problems,
        config.language,
        config.workers(),
        observer.verbose(),
        config.salt.as_ref(),
    );
    let mut failed = BTreeSet::new();
    for (problem, result) in problems.iter().zip(&prepared) {
        if let Err(e) = result {
            observer.left_out(&problem.id, &e.to_string());
            failed.insert(problem.id.clone());
        }
    }
    if failed.len() == problems.len() {
        return Err(ScoringError::invalid(format!(
            "none of the {} problems to score could be prepared",
            problems.len()
        )));
    }
    let mut config = config.clone();
    config.problems = problems
        .iter()
        .filter(|p| !failed.contains(&p.id))
        .map(|p| p.id.clone())
        .collect();
    samples.samples.retain(|s| !failed.contains(&s.task_id));
    Ok((config, samples))
}
