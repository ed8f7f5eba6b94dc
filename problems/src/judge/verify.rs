//! Verifying a limit hit: the case re-run alone, with the program's
//! compiled code, under a [`VerifyBudget`](crate::VerifyBudget); only a
//! correct answer there keeps a candidate's limit hit censored, so giving
//! up (looping, allocating without end) never earns more than a wrong
//! answer (see `censor.rs`).

use super::outcome::Verification;
use super::run::Failure;
use crate::check_output;
use crate::prepare::guest;
use crate::ProblemsError;
use effgauge_sandboxes::{CallReport, Status};
use std::sync::Arc;

/// Held while a re-run with raised memory runs: every sample can provoke
/// one (up to 4 GiB), so concurrent ones would multiply that by the number
/// of workers.
static VERIFYING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Re-runs the failing case under `multiple` times its limits; `ok` only
/// for a correct answer.
pub(super) fn rerun(failure: &Failure<'_>, multiple: u64) -> Result<Verification, ProblemsError> {
    let budget = failure.budget(multiple);
    let memory_hit = failure.run.calls[failure.index].status == Status::Memory;
    let _one_at_a_time = memory_hit.then(|| VERIFYING.lock().unwrap_or_else(|e| e.into_inner()));
    let mut call = failure.job.calls[failure.index].clone();
    call.fuel_limit = Some(budget.fuel);
    let mut job = failure.job.clone();
    job.calls = Arc::new(vec![call]);
    job.compiled = failure.run.compiled.clone();
    job.judge = None;
    job.limits.memory_bytes = budget.memory_bytes;
    job.limits.wall_per_call = budget.wall;
    job.limits.fuel_total = job.limits.fuel_total.max(budget.fuel.saturating_mul(2));
    let report = guest::run(failure.engine, failure.problem, job)?;
    let answer = &report.calls[0];
    let mut status = answer.status;
    if status == Status::Ok {
        let case = &failure.prepared.cases[failure.index];
        let output = answer.output.as_ref().expect("ok calls have outputs");
        if !check_output(
            failure.engine,
            failure.problem,
            &case.args,
            &case.expected,
            output,
        )? {
            status = Status::Wrong;
        }
    }
    Ok(Verification {
        fuel_limit: budget.fuel,
        memory_bytes: budget.memory_bytes,
        status,
        fuel: answer.cost.fuel,
    })
}

/// Why a limit hit did not verify, in the harness's words.
pub(super) fn unverified_message(call: &CallReport, v: &Verification) -> String {
    let first = call.error.as_deref().unwrap_or(call.status.name());
    let then = match v.status {
        Status::Wrong => "answered wrong".to_owned(),
        Status::Timeout => "ran out of fuel again".to_owned(),
        Status::Memory => "ran out of memory again".to_owned(),
        other => format!("ended with {}", other.name()),
    };
    format!(
        "{first}; re-run to verify its answer with {} fuel and {} MiB, it {then}",
        v.fuel_limit,
        v.memory_bytes >> 20
    )
}
