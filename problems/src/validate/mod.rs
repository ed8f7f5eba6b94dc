//! The validator: every check a problem must pass before it can score
//! anything, each run in the sandbox under the fuel meter.
//!
//! A problem can be wrong in ways no loader sees: a reference that is wrong
//! on some inputs, a generator that draws different inputs each time,
//! levels so small that a slow algorithm costs no more than a fast one.
//! Each of these makes every score on the problem meaningless, and
//! silently, since the models are then measured against noise. So each
//! problem is held to its promises here, once, before it is used. A broken
//! promise is a failed gate with its evidence, not an error, so that one
//! run over a suite reports on every problem in it.
//!
//! `validator.rs` runs the steps in order ([`validate`](crate::validate()),
//! [`validate_many`](crate::validate_many)) and holds the gates on inputs
//! and on correctness. First the prompt (`prompt.rs`, with
//! `py/prompt_check.py`): it compiles, ends with its docstring, and its
//! examples hold for the reference. Then the generator is deterministic
//! (three runs hash to the same inputs; every case runs in a fresh
//! instance, so no run sees another's state), and the reference and every
//! alternative are right on every case (`alternatives.rs`: alternatives run
//! under a fuel limit of a multiple of the reference's cost, and hitting
//! it, *censoring*, is reported rather than failed: it is what a slow
//! algorithm should do). Then the signal gates (`gates.rs`): the
//! reference's top level is neither lost in the noise nor too slow to
//! evaluate, the slowest alternative is at least α× the reference there,
//! costs grow level to level, and no correctness-only corner case costs
//! more than the top level. Last the authoring gates (`authoring.rs`) on
//! what the alternatives stand for (`[[alternatives]]` in `problem.toml`):
//! at least one is a slip language models really write, no standard
//! algorithm ties with the reference, and every alternative declared a
//! complexity slowdown grows measurably faster; an imported suite has no
//! such alternatives and relaxes them
//! ([`AUTHORING_GATES`](crate::AUTHORING_GATES)). `report.rs` is what all
//! of this finds out about a problem
//! ([`ValidationReport`](crate::ValidationReport)) and its summary table.

pub(crate) mod alternatives;
pub(crate) mod authoring;
pub(crate) mod gates;
pub(crate) mod native;
pub(crate) mod prompt;
pub(crate) mod report;
pub(crate) mod validator;
