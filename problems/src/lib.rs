//! # effgauge-problems: what the instrument measures
//!
//! A score of efficiency is only as good as the problems it is measured on.
//! A problem must say precisely what to compute, give inputs large enough
//! that a better algorithm shows, and have a reference answer we trust, and
//! it must be checked to do all of that before a single model is scored.
//! This crate is the format of such problems, their loader, the preparation
//! of their test cases, and the validator that holds each problem to those
//! promises.
//!
//! **The format.** A suite is a folder of problem folders (the bundled one is
//! [`Suite::bundled_dir`]). Each holds `problem.toml` (id, title, entry
//! point, tags, difficulty, optional `alpha`, and `[[levels]]` of growing
//! input size, each with a weight, a number of cases and a description),
//! `prompt.py` (what the model sees: imports, the signature and a docstring
//! with `>>>` examples), `reference.py`, at least two `alternatives/*.py`
//! (correct but differently efficient solutions; the validator's authoring
//! gates check them, scoring does not need them), `generator.py` and an
//! optional `checker.py`. [`Problem::load`] reads and checks one folder on
//! the host; every mistake is a [`ProblemsError`] that names the problem and
//! the file, and for `problem.toml` the line and the field.
//!
//! **Preparation.** Generators are untrusted code like candidates, so they run
//! in the sandbox too: [`prepare`] calls the generator for every (level,
//! case) with a `random.Random` seeded from a hash of `"{id}/{level}/{case}"`
//! (and of a secret [`Salt`] for held-out runs), measures the compile of the
//! problem's `prompt.py` followed by its reference (every run's compile
//! allowance), runs the reference
//! on each input under the fuel meter for the expected output and its cost,
//! and caches the lot on disk under a key of the problem's content hash, the
//! runtime's identity, the wasmtime version and the salt's hash, so a
//! stale entry can never be read and scoring and validation share the work.
//!
//! **Validation.** [`validate`] checks, in the sandbox: that the prompt
//! compiles, ends with its docstring and that its examples hold for the
//! reference; that the generator is deterministic (three runs hash to the
//! same inputs; every case runs in a fresh instance, so no run sees another's
//! state); that the reference and every
//! alternative are right on every case (alternatives run under a fuel limit
//! of a multiple of the reference's cost, and hitting it, *censoring*, is
//! reported rather than failed: it is what a slow algorithm should do; see
//! [`censored`] for which limit hits count); and
//! the signal gates: the reference's top level is neither lost in the noise
//! nor too slow to evaluate, the slowest alternative is at least α× the
//! reference there, costs grow level to level, and no correctness-only
//! corner case costs more than the top level. Then the authoring gates on
//! what the alternatives stand for (`[[alternatives]]` in `problem.toml`):
//! at least one is a slip language models really write, no standard
//! algorithm ties with the reference, and every alternative declared a
//! complexity slowdown grows measurably faster (see the `authoring`
//! module). [`validate_many`] and [`prepare_many`] spread problems over
//! worker threads; [`Census`] counts what a suite is made of.
//!
//! **Imported suites.** [`enamel`] converts ENAMEL's dataset file into a
//! suite; such a suite is marked in its `suite.toml` and validated with the
//! authoring gates ([`AUTHORING_GATES`]) relaxed.
//!
//! Outputs are compared with [`effgauge_sandboxes::PyValue::equivalent`]
//! unless the problem ships a checker ([`check_output`]).

mod alternatives;
mod authoring;
mod cache;
mod censor;
mod census;
mod check;
mod compare;
pub mod enamel;
mod error;
pub mod fidelity;
mod gates;
mod guest;
pub mod limits;
mod manifest;
pub mod parallel;
mod prepare;
mod problem;
mod prompt;
mod report;
mod salt;
mod suite;
mod toml_node;
mod validate;

pub use authoring::{MIN_EXPONENT_GAP, NEAR_TIE};
pub use censor::{
    censored, LimitRule, Profile, VerifyBudget, VERIFY_FUEL_CAP, VERIFY_MEMORY_CAP,
    VERIFY_MULTIPLE, VERIFY_WALL_CAP,
};
pub use census::{category, Census};
pub use check::{check_output, check_outputs, check_verdicts, CheckItem, Verdict};
pub use compare::{python_eq, Compare};
pub use error::ProblemsError;
pub use guest::case_seed;
pub use manifest::{AlternativeKind, Described, SlipPattern, Slows};
pub use prepare::{
    cache_key, default_cache_dir, generate_inputs, prepare, prepare_in, prepare_many, Case,
    Prepared, MIN_OUTPUT_CAP, OUTPUT_CAP_FACTOR,
};
pub use problem::{
    content_hash, Alternative, Convention, Difficulty, Level, Problem, ProblemLimits, SizeRule,
    ALTERNATIVES, CHECKER, GENERATOR, MANIFEST, PROMPT, REFERENCE,
};
pub use report::{
    format_fuel, AlternativeLevel, AlternativeReport, Gate, GateStatus, LevelReport,
    ValidationReport,
};
pub use salt::Salt;
pub use suite::{Suite, SUITE_MANIFEST};
pub use validate::{validate, validate_many, ValidateOptions, AUTHORING_GATES};
