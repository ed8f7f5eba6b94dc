//! Whether an output is right: [`PyValue::equivalent`] on the host, or the
//! problem's own `checker.py` in the sandbox when there is one (answers with
//! several right values, tolerances).

use crate::prepare::guest::{self, describe};
use crate::{Problem, ProblemsError, CHECKER};
use effgauge_sandboxes::{marshal, CallSpec, PyValue, SandboxEngine, Status};

/// Entry of the checker wrapper.
const CHECK: &str = "_effgauge_check";

/// `checker.py` plus a wrapper that returns `(verdict, error)`.
fn checker_source(checker: &str) -> String {
    guest::append(checker, include_str!("py/check.py"))
}

/// The verdict on one output, with the reason of a rejection when there is
/// one to give.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckVerdict {
    pub correct: bool,
    /// Why the checker rejected the output (its exception, a non-bool), if
    /// it said.
    pub reason: Option<String>,
}

/// One output to judge: the call's arguments (marshal data of a tuple),
/// the reference's output and the candidate's.
#[derive(Debug, Clone, Copy)]
pub struct CheckItem<'a> {
    pub args: &'a [u8],
    pub expected: &'a PyValue,
    pub output: &'a PyValue,
}

/// Whether `output` is a right answer for the call with `args`.
pub fn check_output(
    engine: &SandboxEngine,
    problem: &Problem,
    args: &[u8],
    expected: &PyValue,
    output: &PyValue,
) -> Result<bool, ProblemsError> {
    let item = CheckItem {
        args,
        expected,
        output,
    };
    Ok(check_verdicts(engine, problem, &[item])?[0].correct)
}

/// [`check_output`] for many outputs at once: with a checker, one sandbox
/// run for all of them.
pub fn check_outputs(
    engine: &SandboxEngine,
    problem: &Problem,
    items: &[CheckItem<'_>],
) -> Result<Vec<bool>, ProblemsError> {
    Ok(check_verdicts(engine, problem, items)?
        .into_iter()
        .map(|v| v.correct)
        .collect())
}

/// [`check_outputs`] with the checker's reasons. An exception in `check`
/// is a rejection (a malformed output may well raise); the checker failing
/// to load, or running out of fuel or memory, is an error.
pub fn check_verdicts(
    engine: &SandboxEngine,
    problem: &Problem,
    items: &[CheckItem<'_>],
) -> Result<Vec<CheckVerdict>, ProblemsError> {
    let Some(checker) = &problem.checker else {
        return Ok(items
            .iter()
            .map(|i| CheckVerdict {
                correct: problem.compare.accepts(i.expected, i.output),
                reason: None,
            })
            .collect());
    };
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let path = problem.file(CHECKER);
    let invalid = |message: String| ProblemsError::Invalid {
        problem: problem.id.clone(),
        path: path.clone(),
        message,
    };
    let mut calls = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        let args = marshal::decode(item.args)
            .map_err(|e| invalid(format!("output #{n}: the arguments do not decode: {e}")))?;
        calls.push(CallSpec::new(&[
            args,
            item.expected.clone(),
            item.output.clone(),
        ]));
    }
    let job = guest::job(problem, checker_source(checker), CHECK, calls);
    let report = guest::run(engine, problem, job)?;
    if let Some(error) = report.import_error {
        return Err(invalid(format!("failed to load: {error}")));
    }
    report
        .calls
        .iter()
        .enumerate()
        .map(|(n, call)| match (&call.output, call.status) {
            (Some(PyValue::Tuple(pair)), Status::Ok) => match pair.as_slice() {
                [PyValue::Bool(correct), reason] => Ok(CheckVerdict {
                    correct: *correct,
                    reason: match reason {
                        PyValue::Str(s) => Some(s.clone()),
                        _ => None,
                    },
                }),
                _ => Err(invalid(format!("output #{n}: malformed verdict"))),
            },
            _ => Err(invalid(format!(
                "checking output #{n} failed: {}",
                describe(call)
            ))),
        })
        .collect()
}
