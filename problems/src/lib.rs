//! # effgauge-problems: what the instrument measures
//!
//! A score of efficiency is only as good as the problems it is measured on.
//! A problem must say precisely what to compute, give inputs large enough
//! that a better algorithm shows, and have a reference answer we trust, and
//! it must be checked to do all of that before a single model is scored.
//! This crate does that in six jobs, one module each. Every public item is
//! re-exported here at the top, so callers need not know the layout; this
//! map is for finding the code. Each module's own documentation says more.
//!
//! **The format** (`format`): what a problem is on disk, a folder with
//! `problem.toml`, `prompt.py`, `reference.py`, `alternatives/*.py`,
//! `generator.py` and an optional `checker.py`, and a suite a folder of
//! such folders. [`Problem::load`] and [`Suite::load`] read and check them
//! on the host, within the bounds of [`limits`]; [`Census`] counts what a
//! suite is made of. Every mistake is a [`ProblemsError`] (`error.rs`, the
//! crate's one error type, shared by every job) that names the problem and
//! the file, and for `problem.toml` the line and the field.
//!
//! **Preparation** (`prepare`): every case's input, drawn by the problem's
//! generator in the sandbox from a seed of the problem, level and case
//! ([`case_seed`], mixed with a secret [`Salt`] for held-out runs), with
//! the reference's output and fuel cost on it and the compile allowance of
//! every run ([`prepare()`], giving [`Prepared`]), cached on disk so that
//! scoring and validation share the work. [`parallel`] spreads problems
//! over worker threads ([`prepare_many`], [`validate_many`]); [`bundle`]
//! carries a suite's prepared entries to another machine in one file.
//!
//! **Judging** (`judge`): where a program's run over a problem's cases is
//! decided, case by case. An output is right by the problem's rule
//! ([`Compare`], or its own `checker.py`: [`check_verdicts`]); a limit hit
//! is *censored*, too slow to measure but not wrong, only by the rules of
//! [`Profile`] and [`censored`]. [`judge()`] is the one judge: it runs a
//! program over a prepared problem's cases and decides each case's fate
//! and the run's [`SampleOutcome`]. Scoring calls it for every candidate
//! and the validator for every alternative, so a sample's fate is decided
//! here and nowhere else.
//!
//! **Validation** (`validate`): every check a problem must pass before it
//! can score anything ([`validate()`], reporting a [`ValidationReport`]):
//! the prompt and its examples, deterministic inputs, a reference and
//! alternatives right on every case, the signal gates that make efficiency
//! show, and the authoring gates on what the alternatives stand for
//! ([`AUTHORING_GATES`], relaxed for imported suites).
//!
//! **Imported suites** ([`enamel`], [`coffe`]): ENAMEL's dataset file
//! converted into a suite, with ENAMEL's inputs reproduced byte for byte in
//! the sandbox; COFFE's function-level and file-level sets likewise, its
//! tests held as data.
//!
//! **The fidelity benchmark** ([`fidelity`]): whether fuel ranks solutions
//! as native CPython time does, measured on the validator's own runs.

pub mod coffe;
pub mod enamel;
mod error;
pub mod fidelity;
mod format;
mod judge;
mod language;
pub mod native;
mod prepare;
mod validate;

pub use format::limits;
pub use prepare::bundle;
pub use prepare::parallel;

pub use effgauge_sandboxes::Protocol;
pub use error::ProblemsError;
pub use format::census::{category, Census};
pub use format::manifest::{AlternativeKind, Described, SlipPattern, Slows};
pub use format::problem::{
    content_hash, Alternative, Convention, Difficulty, Level, Problem, ProblemLimits, SizeRule,
    ALTERNATIVES, CHECKER, GENERATOR, MANIFEST, PROMPT, REFERENCE, STATEMENT,
};
pub use format::suite::{Suite, SUITE_MANIFEST};
pub use judge::censor::{
    censored, LimitRule, Profile, VerifyBudget, VERIFY_FUEL_CAP, VERIFY_MEMORY_CAP,
    VERIFY_MULTIPLE, VERIFY_WALL_CAP,
};
pub use judge::check::{check_output, check_outputs, check_verdicts, CheckItem, CheckVerdict};
pub use judge::compare::{python_eq, Compare};
pub use judge::outcome::{Fate, SampleOutcome, Verification};
pub use judge::run::{judge, Judgement, OnLimit, Rules as JudgeRules, Stop, JUDGE_VERSION};
pub use judge::stdout::{TextRule, Tolerance};
pub use language::{Language, Program};
pub use prepare::guest::case_seed;
pub use prepare::prepared::{
    cache_key, default_cache_dir, generate_inputs, prepare, prepare_in, prepare_many, Case,
    Prepared, MIN_OUTPUT_CAP, OUTPUT_CAP_FACTOR,
};
pub use prepare::salt::Salt;
pub use validate::authoring::{MIN_EXPONENT_GAP, NEAR_TIE};
pub use validate::native::validate_native;
pub use validate::report::{
    format_fuel, AlternativeLevel, AlternativeReport, Gate, GateStatus, LevelReport,
    ValidationReport,
};
pub use validate::validator::{
    validate, validate_many, validate_native_many, ValidateOptions, AUTHORING_GATES,
};
