//! # effgauge-scoring: from samples to a results file
//!
//! This crate is the scoring pipeline, as a library: the binary's `score`,
//! `run`, `eval` and `merge` call it, and so does `effgauge serve`. A caller
//! settles every judging setting once in a [`ScoreConfig`], reads samples
//! into a [`SampleSet`], and calls [`score`]; the result is the
//! [`ResultsFile`] that `effgauge score` writes, byte for byte.
//!
//! **Where a sample's fate is decided.** In the one judge,
//! [`effgauge_problems::judge()`], which the validator uses too: it runs
//! one distinct program over every test case of its problem, each case in
//! a fresh sandbox instance, stops at the first case that is not right,
//! and decides what that stop means. A limit hit above level 0 is censored
//! (correct but too slow) only when a re-run under a larger budget answers
//! right, so giving up never earns more than a wrong answer. This crate
//! sets the judge's rules from the configuration ([`settings`]: each
//! case's fuel limit from α and the reference's costs).
//!
//! **The stages of a run**, each its own module, each a function of the
//! previous one's output:
//! 1. [`plan`]: choose the problems (this shard's), group the samples by
//!    model, list each distinct (task, program) once; a program over the
//!    source cap is decided here and never run ([`size`]).
//! 2. [`prepare`]: the sandbox engine and each problem's cases, expected
//!    outputs and reference costs (cached on disk by the problems crate),
//!    and the `harness` block of the results.
//! 3. [`execute`]: the distinct programs on the configured worker threads,
//!    each outcome appended to a [`journal`] as it finishes, so that an
//!    interrupted run resumes; a program this machine has already judged
//!    under the same settings comes from the [`outcome_cache`] instead.
//! 4. [`assemble`]: per model and problem, the outcomes through the metrics
//!    crate ([`summarize`]): scores, intervals, growth exponents. Pure: the
//!    same outcomes give the same bytes.
//!
//! [`merge`] re-scores the shards of a sharded run into the file the whole
//! run would have written; [`Scorer`] keeps an engine and prepared problems
//! in memory to score one program at a time (the service, `run`).
//!
//! Errors are one enum, [`ScoringError`], whose variants say whose fault
//! they are (input, machine, sandbox), so callers can map them to exit
//! codes or HTTP statuses. Scoring prints nothing; progress goes to an
//! [`Observer`].

pub mod assemble;
mod config;
mod error;
pub mod execute;
pub mod journal;
pub mod lock;
mod memory;
pub mod merge;
mod observer;
pub mod outcome_cache;
pub mod plan;
pub mod prepare;
pub mod redact;
pub mod samples;
mod scorer;
pub mod select;
pub mod settings;
pub mod size;
pub mod summarize;
mod unpreparable;

pub use config::{
    eff_config, Judging, ScoreConfig, DEFAULT_ALPHA, DEFAULT_BOOTSTRAP, DEFAULT_MAX_SOURCE_BYTES,
    DEFAULT_TIE_FLOOR, DEFAULT_TIE_MARGIN, DEFAULT_WEIGHTS,
};
pub use effgauge_metrics::Verdict;
pub use effgauge_problems::{SampleOutcome, Verification};
pub use error::ScoringError;
pub use observer::{Observer, Quiet};
pub use outcome_cache::OutcomeCacheSpec;
pub use samples::{InvalidLine, Sample, SampleSet};
pub use scorer::{ScoredSample, Scorer};
pub use settings::RunSettings;

use effgauge_problems::Suite;
use effgauge_reports::schema::ResultsFile;
use std::path::PathBuf;

/// Where a run journals its outcomes, and whether it continues from what
/// the journal already holds.
#[derive(Debug, Clone)]
pub struct JournalSpec {
    pub path: PathBuf,
    pub resume: bool,
}

/// Scores `samples` on `suite` under `config`: the results file `score`
/// writes. With a journal, each finished program is appended to it, and a
/// resumed run skips what it holds; the caller removes it once the results
/// are safe.
pub fn score(
    config: &ScoreConfig,
    suite: &Suite,
    samples: SampleSet,
    journal: Option<&JournalSpec>,
    observer: &mut dyn Observer,
) -> Result<ResultsFile, ScoringError> {
    config.validate()?;
    let (left, samples) = match config.skip_unpreparable {
        true => unpreparable::leave_out(config, suite, samples, observer)?,
        false => (config.clone(), samples),
    };
    let config = &left;
    let plan = plan::plan(config, suite, samples)?;
    let setup = prepare::prepare(config, &plan, observer)?;
    let outcomes = execute::execute(&plan, &setup, journal, observer)?;
    assemble::assemble(config, &plan, &setup, &outcomes)
}
