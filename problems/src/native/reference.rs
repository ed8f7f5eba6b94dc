//! A compiled track's view of a prepared problem: the same cases, each
//! with the track's reference's cost and the expected answer in the glue's
//! types.

use super::program::compile;
use crate::prepare::guest;
use crate::{Case, Prepared, Problem, ProblemsError, Program};
use effgauge_cc::{codec, Dialect};
use effgauge_sandboxes::{SandboxEngine, Status};
use std::sync::Arc;

/// Runs the `dialect` track's reference over every case of `prepared` (the
/// Python track's: inputs and expected answers) and returns the cases as
/// that track measures them. The reference must compile and answer every
/// case right; it runs under the problem's memory cap and the sandbox's
/// default per-call fuel cap, as the Python reference does.
pub fn prepare_native(
    engine: &SandboxEngine,
    problem: &Problem,
    prepared: &Prepared,
    dialect: Dialect,
) -> Result<Prepared, ProblemsError> {
    let track = super::track(problem, dialect)?;
    let path = problem
        .dir
        .join(super::track_dir(dialect))
        .join(format!("reference.{}", dialect.extension()));
    let invalid = |message: String| ProblemsError::Invalid {
        problem: problem.id.clone(),
        path: path.clone(),
        message,
    };
    let program = match compile(&track.reference, track.signature.as_ref(), dialect)? {
        Ok(program) => program.module,
        Err(why) => return Err(invalid(format!("does not compile: {why}"))),
    };
    let mut job = guest::program_job(
        problem,
        track.reference.clone(),
        prepared.cases.iter().map(|c| c.call(None)).collect(),
    );
    job.program = Some(program);
    let run = guest::run(engine, problem, job)?;
    let mut cases = Vec::with_capacity(prepared.cases.len());
    for (case, call) in prepared.cases.iter().zip(&run.calls) {
        let at = format!("level {} case {}", case.level, case.case);
        // A function's answer in the glue's types; a program's is the
        // Python reference's output, which the track's reference must
        // match by the problem's rule.
        let expected = match &track.signature {
            Some(signature) => {
                codec::canonical(&signature.returns, &case.expected).map_err(|e| {
                    invalid(format!(
                        "{at}: the expected answer does not fit {}'s types: {e}",
                        dialect.name()
                    ))
                })?
            }
            None => (*case.expected).clone(),
        };
        let right = match (&track.signature, &call.output) {
            (Some(_), Some(output)) => output == &expected,
            (None, Some(output)) => problem.compare.accepts(&expected, output),
            (_, None) => false,
        };
        if call.status != Status::Ok || !right {
            return Err(invalid(format!(
                "{at}: {}",
                match &call.error {
                    Some(e) => format!("{}: {e}", call.status.name()),
                    None => "a wrong answer".to_owned(),
                }
            )));
        }
        cases.push(Case {
            expected: Arc::new(expected),
            reference_fuel: call.cost.fuel,
            reference_memory: call.memory,
            ..case.clone()
        });
    }
    Ok(Prepared::new(
        cases,
        problem.levels.len(),
        0,
        prepared.from_cache,
    ))
}

/// A candidate compiled for `problem`'s track in `dialect` (the judge's
/// [`crate::JudgeRules::program`]), or its compile error.
pub fn compile_candidate(
    problem: &Problem,
    source: &str,
    dialect: Dialect,
) -> Result<Result<Program, String>, ProblemsError> {
    compile(
        source,
        super::track(problem, dialect)?.signature.as_ref(),
        dialect,
    )
}
