//! The problem format: what a problem is on disk, and how it is read.
//!
//! Problems are written by hand, by people who will never read this code,
//! and some suites come from elsewhere (`--suite DIR`, an import of
//! someone's dataset). So the format is checked strictly, and entirely on
//! the host, before anything runs: a misspelt key or an absurd number is
//! found when the suite is loaded and named by its file, line and field,
//! not discovered halfway through a scoring run or, worse, silently
//! ignored. Nothing in this module runs Python; it only reads files.
//!
//! A suite is a folder of problem folders (the bundled one is
//! [`Suite::bundled_dir`](crate::Suite::bundled_dir)). Each holds
//! `problem.toml` (id, title, entry point, tags, difficulty, optional
//! `alpha`, and `[[levels]]` of growing input size, each with a weight, a
//! number of cases and a description), `prompt.py` (what the model sees:
//! imports, the signature and a docstring with `>>>` examples),
//! `reference.py`, at least two `alternatives/*.py` (correct but
//! differently efficient solutions; the validator's authoring gates check
//! them, scoring does not need them), `generator.py` and an optional
//! `checker.py`.
//!
//! `problem.rs` is one problem folder, loaded and checked
//! ([`Problem::load`](crate::Problem::load)), and `suite.rs` a folder of
//! them ([`Suite`](crate::Suite)). `manifest/` reads `problem.toml` field by
//! field, refusing unknown keys, on top of `toml_node.rs`, a TOML tree that
//! keeps every value's span so that each error can name its line.
//! `limits.rs` bounds every number and every file a suite may hand us, far
//! above what a real problem uses and far below what would hurt. And
//! `census.rs` counts what a suite is made of
//! ([`Census`](crate::Census)), for `effgauge problems list` and docs/suite.md's
//! suite table.

pub(crate) mod census;
pub mod limits;
pub(crate) mod manifest;
pub(crate) mod problem;
pub(crate) mod suite;
pub(crate) mod toml_node;

/// A TOML basic string of `s` (what importers write into `problem.toml`).
pub(crate) fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}
