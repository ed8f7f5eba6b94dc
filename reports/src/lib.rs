//! # effgauge-reports: the results file and what is made of it
//!
//! `effgauge score` ends by writing one JSON *results file*: how the run was
//! made (runtime, wasmtime, meter, α, suite hash, …), and for every model
//! every problem's counts, per-problem metrics and per-sample verdicts and
//! costs, then the model's benchmark-level summary with bootstrap
//! intervals. Everything downstream of scoring reads that file and nothing
//! else, and this crate is where it is defined and read.
//!
//! ## The file format
//!
//! [`schema`] holds the serde types, with no behaviour: the format *is*
//! those types. Every struct denies unknown fields and the file carries a
//! `schema_version` ([`schema::SCHEMA_VERSION`]); [`read_results`] checks the
//! version before anything else, so a file from a newer effgauge is refused
//! with a message saying so rather than a puzzling field error. Errors name
//! the file, and JSON errors their line and column. A file from elsewhere
//! is not trusted to be small: [`limits`] bounds its size (checked before
//! it is read) and every name, message, count and list in it that work or
//! memory is proportional to, and an error names the file, the line and
//! the field's JSON path. The same format is
//! described for other languages by the JSON Schema in
//! `reports/results.schema.json`, which a test keeps in step with the types.
//! [`write_results_atomic`] writes a file so that readers never see half of
//! it: temporary file in the same directory, fsync, rename.
//!
//! ## Renderers
//!
//! Each output format is a [`Renderer`] (the layout of hyperfine's
//! exporters): it takes one or more results files and returns the whole
//! document. Several files make one leaderboard — their models are
//! concatenated, and if their harness settings (meter, suite hash, α,
//! weights, limit, runtime, wasmtime) differ, a warning is rendered, as the
//! figures are then not comparable. Models are ranked by eff@1.
//!
//! * [`MarkdownRenderer`] — for CI job summaries (`$GITHUB_STEP_SUMMARY`)
//!   and pull requests: one row per model with `value [95 % CI]` per metric,
//!   both speedups and the problems with a correct sample; a note on the
//!   meter and on eff@1 = 1 being the reference's score by construction;
//!   then eff@1 and the growth exponents per problem and model in
//!   collapsed tables.
//! * [`HtmlRenderer`] — one self-contained page (inline CSS, SVG and one
//!   small script; no font or network access): the leaderboard, sortable on
//!   every column and recomputed over the problems a tag, difficulty or name
//!   filter shows; an eff@1 bar chart; the problems table; each model's
//!   weakest problems; a pairwise comparison of models; per problem the
//!   cost-versus-size curves on log–log axes with the cost limit; the run
//!   settings.
//! * [`JsonRenderer`] — the leaderboard as JSON with each model's growth
//!   exponents per problem, without per-sample detail; its format is
//!   documented on the type.
//!
//! [`scaling`] picks the sample that stands for a model on a problem, the
//! growth exponent quoted for it (`≈ n^2.0 where the reference is n^1.0`)
//! and each model's weakest problems.
//!
//! [`Format`] maps the command line's `--format` names to renderers.
//!
//! ## Comparing runs
//!
//! [`compare::compare`] pairs the models of two files and reports, per
//! metric, old, new, Δ and whether the change lies outside the intervals,
//! plus the largest per-problem drops of eff@1; [`compare::Threshold`]s
//! (`--max-regression METRIC=DELTA`) turn it into a CI gate. The module doc
//! gives the exact rules.
//!
//! ```
//! use effgauge_reports::{Format, Renderer};
//! # fn demo(path: &std::path::Path) -> Result<(), effgauge_reports::ReportsError> {
//! let results = effgauge_reports::read_results(path)?;
//! let markdown = Format::Markdown.renderer().render(&[results])?;
//! # let _ = markdown; Ok(()) }
//! ```

pub mod board;
pub mod compare;
mod error;
mod io;
pub mod limits;
pub mod render;
pub mod scaling;
pub mod schema;
#[cfg(test)]
mod testdata;

pub use error::ReportsError;
pub use io::{parse_results, read_results, write_atomic, write_results_atomic};
pub use render::{Format, HtmlRenderer, JsonRenderer, MarkdownRenderer, Renderer};
pub use schema::ResultsFile;
