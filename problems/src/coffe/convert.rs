//! Converting one instance: its entries in each file checked (see
//! `entries`; the first wrong one is reported as `FILE: index N: field:
//! what is wrong`), its problem named, its prompt, reference and test data
//! assembled, and its labels and file sizes checked. Nothing runs here;
//! the sandbox decides the rest when the suite is validated.

use super::entries::{
    best_solution, correctness_tests, stress_tests, CorrectnessTests, InstanceErrors,
    BEST_SOLUTIONS, TESTS,
};
use super::{CoffeError, Instance, Set, SetData};
use serde_json::Value;

/// One test of COFFE's, as the generator holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Case {
    /// JSON text: the argument list (function set) or the stdin text (file set).
    Json(String),
    /// A Python expression giving the same, evaluated in the sandbox.
    Expr(String),
    /// A generator source defining `generate_input()`, which returns the stdin text.
    Generator(String),
}

/// An instance, checked and ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    pub id: String,
    /// The instance's index in `data.json`.
    pub index: usize,
    pub title: String,
    /// A short name of COFFE's source benchmark (`humaneval`, `mbpp`, `apps`, `code-contests`).
    pub source: String,
    /// The function's name (function set only).
    pub entry_point: Option<String>,
    /// `prompt.py` (function set) or `prompt.md` (file set).
    pub prompt: String,
    pub reference: String,
    /// Level 0: COFFE's correctness tests (empty without `testcases.json`).
    pub tests: Vec<Case>,
    /// Level 1: COFFE's stress tests.
    pub stress: Vec<Case>,
    /// Whether a stated output of a correctness test holds a float (the
    /// function set then compares with COFFE's tolerance).
    pub float_outputs: bool,
    /// COFFE's prompt, the key of its files and of its model outputs.
    pub coffe_prompt: String,
}

/// The effgauge id of a COFFE instance.
fn problem_id(source: &str, task: &str) -> String {
    let mut id = format!("{source}-");
    for c in task.trim().chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_matches('-').to_owned()
}

/// Checks one instance and assembles its problem.
pub fn convert(data: &SetData, inst: &Instance) -> Result<Converted, CoffeError> {
    let errors = InstanceErrors::new(data, inst);
    let stdio = data.set == Set::File;
    let code = best_solution(inst, stdio, errors)?;
    let tests = correctness_tests(data, inst, stdio, errors)?;
    let stress = stress_tests(inst, stdio, errors)?;
    let converted = if stdio {
        file_instance(inst, &code, tests, stress)
    } else {
        function_instance(inst, &code, tests, stress, errors)?
    };
    checked(data.set, converted, errors)
}

/// COFFE's name of the instance's source benchmark (`dataset` in
/// `data.json`, e.g. `mbpp` or `codeparrot/apps`); empty if absent.
fn dataset_field(inst: &Instance) -> &str {
    inst.row
        .get("dataset")
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// A file-set instance: a stdin program, its id the source benchmark and
/// the index, its prompt COFFE's statement.
fn file_instance(
    inst: &Instance,
    code: &str,
    tests: CorrectnessTests,
    stress: Vec<Case>,
) -> Converted {
    let dataset = dataset_field(inst);
    let source = match dataset {
        "codeparrot/apps" => "apps".to_owned(),
        "deepmind/code_contests" => "code-contests".to_owned(),
        other => problem_id("file", other),
    };
    Converted {
        id: format!("{source}-{}", inst.index),
        index: inst.index,
        title: format!("COFFE file-level instance {} ({dataset})", inst.index),
        source,
        entry_point: None,
        prompt: statement(&inst.prompt),
        reference: with_newline(code),
        tests: tests.cases,
        stress,
        float_outputs: false,
        coffe_prompt: inst.prompt.clone(),
    }
}

/// A function-set instance: a HumanEval or MBPP task, its entry point,
/// the prompt asking for it and the best solution as the reference.
fn function_instance(
    inst: &Instance,
    code: &str,
    tests: CorrectnessTests,
    stress: Vec<Case>,
    errors: InstanceErrors,
) -> Result<Converted, CoffeError> {
    let (source, task) = function_task(inst, errors)?;
    let entry = entry_point(inst, errors)?;
    let Some(signature) = solution_signature(code) else {
        return Err(errors.entry(
            BEST_SOLUTIONS,
            "[0]",
            "does not define `solution` at the top level (COFFE's name for the entry point)",
        ));
    };
    let prompt = function_prompt(inst, source, &entry, code, &signature, errors)?;
    Ok(Converted {
        id: problem_id(source, &task),
        index: inst.index,
        title: format!("{} ({entry})", task_label(inst)),
        source: source.to_owned(),
        reference: function_reference(code, &entry),
        entry_point: Some(entry),
        prompt,
        tests: tests.cases,
        stress,
        float_outputs: tests.float_outputs,
        coffe_prompt: inst.prompt.clone(),
    })
}

/// The function set's source benchmark and the task's id in it
/// (`HumanEval/53` gives `53`; MBPP's `task_id` is a number or `Mbpp/N`).
fn function_task(
    inst: &Instance,
    errors: InstanceErrors,
) -> Result<(&'static str, String), CoffeError> {
    let dataset = dataset_field(inst);
    match (dataset, inst.row.get("task_id")) {
        ("openai_humaneval", Some(Value::String(t))) => {
            Ok(("humaneval", t.trim_start_matches("HumanEval/").to_owned()))
        }
        ("mbpp", Some(Value::Number(n))) => Ok(("mbpp", n.to_string())),
        ("mbpp", Some(Value::String(t))) => Ok(("mbpp", t.trim_start_matches("Mbpp/").to_owned())),
        ("openai_humaneval" | "mbpp", _) => {
            Err(errors.row("task_id", "missing or not a string or number"))
        }
        _ => Err(errors.row(
            "dataset",
            format!("`{dataset}`: the function set holds openai_humaneval and mbpp"),
        )),
    }
}

/// The instance's `entry_point`, trimmed, which must be a Python identifier.
fn entry_point(inst: &Instance, errors: InstanceErrors) -> Result<String, CoffeError> {
    let entry = inst
        .row
        .get("entry_point")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_owned();
    if !crate::format::manifest::is_identifier(&entry) {
        return Err(errors.row(
            "entry_point",
            format!("`{entry}` is not a Python identifier"),
        ));
    }
    Ok(entry)
}

/// `prompt.py`: HumanEval's prompt, which must define the entry point, or
/// for MBPP's prose task a stub (see [`stub_prompt`]).
fn function_prompt(
    inst: &Instance,
    source: &str,
    entry: &str,
    code: &str,
    signature: &str,
    errors: InstanceErrors,
) -> Result<String, CoffeError> {
    let prompt = inst.row.get("prompt").and_then(Value::as_str).unwrap_or("");
    if source == "humaneval" {
        if !prompt.contains(&format!("def {entry}(")) {
            return Err(errors.row(
                "prompt",
                format!("does not define the entry point (no `def {entry}(`)"),
            ));
        }
        return Ok(with_newline(prompt.trim_start_matches('\n')));
    }
    let task = prompt.trim();
    if task.is_empty() {
        return Err(errors.row("prompt", "is empty"));
    }
    Ok(stub_prompt(code, entry, signature, task))
}

/// The task as its benchmark names it: `task_id` as written, or `Mbpp/N`
/// for a number; empty if absent.
fn task_label(inst: &Instance) -> String {
    inst.row
        .get("task_id")
        .map(|v| {
            v.as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| format!("Mbpp/{v}"))
        })
        .unwrap_or_default()
}

/// The function set's reference: the best solution, then, unless the entry
/// point is `solution`, a line binding the entry point to `solution`.
fn function_reference(code: &str, entry: &str) -> String {
    let alias = if entry == "solution" {
        String::new()
    } else {
        format!("\n\n# effgauge: COFFE's best solution names the entry point `solution`.\n{entry} = solution\n")
    };
    format!("{}{alias}", with_newline(code))
}

/// `c` once its id and title pass as labels (the title is then trimmed)
/// and its `generator.py`, prompt and reference fit in a Python file.
fn checked(set: Set, mut c: Converted, errors: InstanceErrors) -> Result<Converted, CoffeError> {
    crate::limits::check_label(&c.id)
        .map_err(|m| errors.row("task_id", format!("as the problem's id: {m}")))?;
    crate::limits::check_label(&c.title)
        .map_err(|m| errors.row("task_id", format!("as the problem's title: {m}")))?;
    c.title = c.title.trim().to_owned();
    let generator = super::files::generator(set, &c);
    if generator.len() as u64 > crate::limits::MAX_PYTHON_BYTES {
        return Err(errors.entry(TESTS, "(all)", format!("the tests make a generator.py of {} bytes, more than the {} a Python file may have", generator.len(), crate::limits::MAX_PYTHON_BYTES)));
    }
    for (name, text) in [("prompt", &c.prompt), ("reference", &c.reference)] {
        if text.len() as u64 > crate::limits::MAX_PYTHON_BYTES {
            return Err(errors.row(
                name,
                format!("{} bytes, more than a Python file may have", text.len()),
            ));
        }
    }
    Ok(c)
}

fn with_newline(s: &str) -> String {
    let mut s = s.to_owned();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The parameters and return annotation of the top-level `def solution`,
/// e.g. `(m, n)` or `(xs: List[int]) -> int`.
pub(super) fn solution_signature(code: &str) -> Option<String> {
    let start = code
        .match_indices("def solution(")
        .find(|(i, _)| *i == 0 || code[..*i].ends_with('\n'))?
        .0
        + "def solution".len();
    let mut depth = 0i32;
    for (i, ch) in code[start..].char_indices() {
        match ch {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ':' if depth == 0 => return Some(code[start..start + i].trim_end().to_owned()),
            '\n' if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// An MBPP prompt as `prompt.py`: the best solution's imports, then the
/// entry point with the reference's parameters and the task as docstring.
fn stub_prompt(code: &str, entry: &str, signature: &str, task: &str) -> String {
    let mut out = String::new();
    for line in code.lines() {
        if line.starts_with("import ") || line.starts_with("from ") {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    let doc = task.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    let doc = if doc.ends_with('"') {
        format!("{doc} ")
    } else {
        doc
    };
    out.push_str(&format!(
        "def {entry}{signature}:\n    \"\"\"{doc}\n    \"\"\"\n"
    ));
    out
}

/// A file-set prompt as a statement: COFFE's wrapper (the role line, the
/// closing instructions and the opening fence) removed.
fn statement(prompt: &str) -> String {
    let mut s = prompt.trim();
    if let Some(rest) =
        s.strip_prefix("You are an expert Python programmer, and here is your task:")
    {
        s = rest.trim_start();
    }
    if let Some(at) = s.rfind("\nDo not give explanations") {
        s = &s[..at];
    }
    with_newline(s.trim_end().trim_end_matches("```python").trim_end())
}
