//! Judging: where a program's run over a problem's cases is decided, case
//! by case: right, wrong, or censored (right as far as anyone can tell,
//! but too slow to measure to the end).
//!
//! Scoring runs candidates and the validator runs a problem's own
//! solutions, and both must judge by the same rules: if they disagreed on
//! what counts as right, or on what a limit hit means, a problem could pass
//! validation and then be scored by a rule nobody checked it against. So
//! the rules live here, once, apart from the code that runs the programs.
//!
//! `run.rs` is the judge itself ([`judge`](crate::judge())): it runs one
//! program over every case of a prepared problem and decides each case's
//! [`Fate`](crate::Fate) and the run's [`SampleOutcome`](crate::SampleOutcome)
//! by a set of [`Rules`](crate::JudgeRules); `verify.rs` re-runs a limit hit
//! to check its answer. Scoring calls it for every candidate, the validator
//! for every alternative.
//!
//! `compare.rs` is how a problem without a checker decides that an output
//! is right ([`Compare`](crate::Compare): effgauge's
//! [`PyValue::equivalent`](effgauge_sandboxes::PyValue::equivalent) unless
//! the problem declares Python's own `==` with the same outer type, as
//! ENAMEL decides it, or, for a program that reads stdin and writes stdout,
//! a contest judge's rule over its output, `stdout.rs`). `check.rs` applies a problem's rule to outputs
//! ([`check_verdicts`](crate::check_verdicts)), running the problem's own
//! `checker.py` in the sandbox when it has one, wrapped by `py/check.py`.
//! `censor.rs` is when hitting a limit counts as censored rather than
//! wrong ([`Profile::on_limit`](crate::Profile::on_limit) for candidates,
//! [`censored`](crate::censored) for the suite's trusted alternatives): a
//! limit hit must never be a way out of being checked.

pub(crate) mod censor;
pub(crate) mod check;
pub(crate) mod compare;
pub(crate) mod outcome;
pub(crate) mod run;
pub(crate) mod stdout;
mod verify;
