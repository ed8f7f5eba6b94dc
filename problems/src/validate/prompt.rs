//! Step 1 of the validator: `prompt.py` and its docstring examples.
//!
//! Everything happens in one sandbox run of the reference with a helper
//! appended (`py/prompt_check.py`): it compiles the prompt, checks its shape
//! and parses the examples with Python's own `doctest` parser (so escapes in
//! the docstring mean what they mean to doctest), evaluates each call with
//! the reference and returns the values, which are compared here with
//! [`PyValue::equivalent`], as candidates' outputs are.

use super::report::Gate;
use crate::prepare::guest::{self, describe};
use crate::{Problem, PROMPT, REFERENCE};
use effgauge_sandboxes::{CallSpec, Protocol, PyValue, SandboxEngine, Status};

/// Entry of the prompt and docstring-example helper.
const PROMPT_CHECK: &str = "_effgauge_prompt_check";

/// The reference plus the helper that checks `prompt.py` and evaluates each
/// docstring example.
fn prompt_check_source(reference: &str) -> String {
    guest::append(reference, include_str!("py/prompt_check.py"))
}

/// Gates `prompt` and `examples`: `prompt.py` compiles, ends with the entry
/// point's docstring and has the reference's parameters; there is at least
/// one example, and each gives, with the reference, a value equivalent to
/// the expected one.
pub(crate) fn check_prompt(engine: &SandboxEngine, problem: &Problem) -> (Gate, Gate) {
    if problem.protocol == Protocol::Stdio {
        return check_statement(problem);
    }
    let prompt_path = problem.file(PROMPT).display().to_string();
    let call = CallSpec::new(&[
        PyValue::Str(problem.prompt.clone()),
        PyValue::Str(problem.entry_point.clone()),
    ]);
    let job = guest::job(
        problem,
        prompt_check_source(&problem.reference),
        PROMPT_CHECK,
        vec![call],
    );
    let failed = |why: String| {
        (
            Gate::fail("prompt", "not checked", vec![why]),
            Gate::skip("examples"),
        )
    };
    let report = match guest::run(engine, problem, job) {
        Ok(r) => r,
        Err(e) => return failed(e.to_string()),
    };
    if let Some(error) = &report.import_error {
        let path = problem.file(REFERENCE).display().to_string();
        return failed(format!("{path}: failed to load: {error}"));
    }
    let call = &report.calls[0];
    let (findings, results) = match (&call.output, call.status) {
        (Some(PyValue::Tuple(pair)), Status::Ok) if pair.len() == 2 => (&pair[0], &pair[1]),
        _ => return failed(format!("the prompt check failed: {}", describe(call))),
    };
    let findings: Vec<String> = items(findings)
        .iter()
        .map(|f| format!("{prompt_path}: {}", text(f)))
        .collect();
    let prompt_gate = if findings.is_empty() {
        Gate::pass("prompt", "compiles, ends with the docstring")
    } else {
        Gate::fail("prompt", format!("{} problem(s)", findings.len()), findings)
    };
    let results = items(results);
    let mut failures = Vec::new();
    if results.is_empty() {
        failures.push(format!("{prompt_path}: the docstring has no `>>>` example"));
    }
    for result in results {
        let fields = items(result);
        let [line, source, expected, error, got, want] = fields else {
            failures.push(format!("{prompt_path}: malformed example result"));
            continue;
        };
        let at = format!("{prompt_path}:{}: `{}`", text(line), text(source));
        if let PyValue::Str(error) = error {
            failures.push(format!("{at}: {error}"));
        } else if !got.equivalent(want) {
            let expected = text(expected);
            failures.push(if expected.trim().is_empty() {
                format!(
                    "{at}: the reference gives {}, but no expected value follows the example \
                     (write the value on the next line; an example with none must give None)",
                    got.to_json()
                )
            } else {
                format!(
                    "{at}: the reference gives {}, the docstring says {expected}",
                    got.to_json()
                )
            });
        }
    }
    let total = results.len();
    let figure = format!(
        "{}/{total} pass with the reference",
        total - failures.len().min(total)
    );
    let examples_gate = if failures.is_empty() {
        Gate::pass("examples", figure)
    } else {
        Gate::fail("examples", figure, failures)
    };
    (prompt_gate, examples_gate)
}

fn items(v: &PyValue) -> &[PyValue] {
    match v {
        PyValue::List(items) | PyValue::Tuple(items) => items,
        _ => &[],
    }
}

fn text(v: &PyValue) -> String {
    match v {
        PyValue::Str(s) => s.clone(),
        other => other.to_json().to_string(),
    }
}

/// A stdio problem's statement (`prompt.md`) is prose for the model: it must
/// say something, and it has no doctest examples to run (its level 0 is
/// where examples from a statement belong).
fn check_statement(problem: &Problem) -> (Gate, Gate) {
    let path = problem.file(crate::STATEMENT).display().to_string();
    let prompt = if problem.prompt.trim().is_empty() {
        Gate::fail(
            "prompt",
            "empty",
            vec![format!("{path}: the statement is empty")],
        )
    } else {
        Gate::pass("prompt", "a statement (stdio)")
    };
    let examples = Gate::pass(
        "examples",
        "none to run (stdio: a statement's examples belong in level 0)",
    );
    (prompt, examples)
}
