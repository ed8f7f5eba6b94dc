//! An instance's entries in the files keyed by its prompt, checked: its
//! best solution (`best_solutions.json`), its correctness tests
//! (`testcases.json`) and its stress tests (`stressful_testcases.json`).
//! The first wrong entry is reported as `FILE: index N: field: what is
//! wrong`.

use super::convert::Case;
use super::{CoffeError, Instance, SetData};
use serde_json::Value;

pub(super) const BEST_SOLUTIONS: &str = "best_solutions.json";
pub(super) const TESTS: &str = "testcases.json";
pub(super) const STRESS_TESTS: &str = "stressful_testcases.json";

const USES_NUMPY: &str = "uses numpy, which the sandbox's Python does not have";

/// Errors about one instance, each naming the file and the field at fault.
#[derive(Clone, Copy)]
pub(super) struct InstanceErrors<'a> {
    data: &'a SetData,
    index: usize,
}

impl<'a> InstanceErrors<'a> {
    pub(super) fn new(data: &'a SetData, inst: &Instance) -> Self {
        InstanceErrors {
            data,
            index: inst.index,
        }
    }

    /// An error in the instance's entry of `file`, a file of the set's folder.
    pub(super) fn entry(&self, file: &str, field: &str, message: impl Into<String>) -> CoffeError {
        CoffeError::instance(&self.data.dir.join(file), self.index, field, message)
    }

    /// An error in the instance's row of `data.json`.
    pub(super) fn row(&self, field: &str, message: impl Into<String>) -> CoffeError {
        CoffeError::instance(&self.data.data_path, self.index, field, message)
    }
}

/// The code of the best solution, `[code, io]`: not empty, without numpy,
/// and a stdin program (`io` true) exactly when `stdio` (the file set).
pub(super) fn best_solution(
    inst: &Instance,
    stdio: bool,
    errors: InstanceErrors,
) -> Result<String, CoffeError> {
    let Some(best) = &inst.best else {
        return Err(errors.entry(
            BEST_SOLUTIONS,
            "(key)",
            "no best solution for this instance's prompt",
        ));
    };
    let Some([Value::String(code), Value::Bool(io), ..]) = best.as_array().map(Vec::as_slice)
    else {
        return Err(errors.entry(
            BEST_SOLUTIONS,
            "[0]",
            "expected [code, io] (a string and a boolean)",
        ));
    };
    if code.trim().is_empty() {
        return Err(errors.entry(BEST_SOLUTIONS, "[0]", "is empty"));
    }
    if uses_numpy(code) {
        return Err(errors.entry(BEST_SOLUTIONS, "[0]", USES_NUMPY));
    }
    if *io != stdio {
        let want = if stdio {
            "true (a stdin program)"
        } else {
            "false (a function)"
        };
        return Err(errors.entry(
            BEST_SOLUTIONS,
            "[1]",
            format!("io is {io}; this set needs {want}"),
        ));
    }
    Ok(code.clone())
}

/// An instance's correctness tests (level 0).
pub(super) struct CorrectnessTests {
    pub(super) cases: Vec<Case>,
    /// Whether a stated output holds a float.
    pub(super) float_outputs: bool,
}

/// The correctness tests: none without `testcases.json`, else at least one,
/// each with an `input` of the set's shape.
pub(super) fn correctness_tests(
    data: &SetData,
    inst: &Instance,
    stdio: bool,
    errors: InstanceErrors,
) -> Result<CorrectnessTests, CoffeError> {
    let mut tests = CorrectnessTests {
        cases: Vec::new(),
        float_outputs: false,
    };
    if !data.has_tests {
        return Ok(tests);
    }
    let Some(Value::Array(list)) = &inst.tests else {
        return Err(errors.entry(
            TESTS,
            "(key)",
            "no correctness tests for this instance's prompt (COFFE skips such an instance)",
        ));
    };
    for (i, test) in list.iter().enumerate() {
        let Some(case) = correctness_case(test, stdio) else {
            let expected = if stdio {
                "expected [stdin text] or a Python expression"
            } else {
                "expected the list of arguments or a Python expression"
            };
            return Err(errors.entry(TESTS, &format!("[{i}].input"), expected));
        };
        if let Some(out) = test.get("output") {
            tests.float_outputs |= holds_float(out);
        }
        tests.cases.push(case);
    }
    if tests.cases.is_empty() {
        return Err(errors.entry(
            TESTS,
            "(key)",
            "no correctness tests (COFFE skips such an instance)",
        ));
    }
    Ok(tests)
}

/// A correctness test's `input` as a case: the argument list (function
/// set), `[stdin text]` (file set) or a Python expression giving either;
/// `None` for any other shape.
fn correctness_case(test: &Value, stdio: bool) -> Option<Case> {
    match (test.get("input"), stdio) {
        (Some(v @ Value::Array(_)), false) => Some(Case::Json(v.to_string())),
        (Some(Value::Array(v)), true) if v.first().is_some_and(Value::is_string) => {
            Some(Case::Json(v[0].to_string()))
        }
        (Some(Value::String(s)), _) => Some(Case::Expr(s.clone())),
        _ => None,
    }
}

/// The stress tests (level 1): at least one, each of the set's shape.
pub(super) fn stress_tests(
    inst: &Instance,
    stdio: bool,
    errors: InstanceErrors,
) -> Result<Vec<Case>, CoffeError> {
    let Some(Value::Array(list)) = &inst.stress else {
        return Err(errors.entry(
            STRESS_TESTS,
            "(key)",
            "no stress tests for this instance's prompt",
        ));
    };
    if list.is_empty() {
        return Err(errors.entry(STRESS_TESTS, "(key)", "no stress tests: nothing to measure"));
    }
    list.iter()
        .enumerate()
        .map(|(i, test)| stress_case(i, test, stdio, errors))
        .collect()
}

/// Stress test `i` as a case: a generator source defining
/// `generate_input()` (file set) or an object whose `input` is a Python
/// expression or the argument list (function set); neither may use numpy.
fn stress_case(
    i: usize,
    test: &Value,
    stdio: bool,
    errors: InstanceErrors,
) -> Result<Case, CoffeError> {
    let case = match (test, stdio) {
        (Value::String(src), true) if src.contains("def generate_input(") => {
            Case::Generator(src.clone())
        }
        (Value::Object(o), false) => match o.get("input") {
            Some(Value::String(s)) => Case::Expr(s.clone()),
            Some(v @ Value::Array(_)) => Case::Json(v.to_string()),
            _ => {
                return Err(errors.entry(
                    STRESS_TESTS,
                    &format!("[{i}].input"),
                    "expected a Python expression or the list of arguments",
                ))
            }
        },
        (_, true) => {
            return Err(errors.entry(
                STRESS_TESTS,
                &format!("[{i}]"),
                "expected a generator source defining `generate_input()`",
            ))
        }
        (_, false) => {
            return Err(errors.entry(
                STRESS_TESTS,
                &format!("[{i}]"),
                "expected an object with an `input`",
            ))
        }
    };
    if let Case::Expr(s) | Case::Generator(s) = &case {
        if uses_numpy(s) {
            return Err(errors.entry(STRESS_TESTS, &format!("[{i}]"), USES_NUMPY));
        }
    }
    Ok(case)
}

/// Whether code imports numpy or calls `np.` (as a name of its own, not
/// the end of `inp.`).
fn uses_numpy(code: &str) -> bool {
    code.contains("import numpy")
        || code.contains("from numpy")
        || code.match_indices("np.").any(|(i, _)| {
            !code[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
}

/// Whether a stated output holds a float (a number written with a point
/// or an exponent), at any depth.
fn holds_float(v: &Value) -> bool {
    match v {
        Value::Number(n) => !(n.is_i64() || n.is_u64()) && n.to_string().contains(['.', 'e', 'E']),
        Value::Array(a) => a.iter().any(holds_float),
        Value::Object(o) => o.values().any(holds_float),
        _ => false,
    }
}
