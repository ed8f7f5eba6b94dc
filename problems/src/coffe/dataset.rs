//! Reading a COFFE set: `data.json` (the instances, in order) and the
//! files keyed by their prompts. A file that is absent or unreadable stops
//! the import if it is needed (`data.json`, `best_solutions.json`,
//! `stressful_testcases.json`) and is a note if it is not
//! (`testcases.json`). An instance whose entry is malformed is an error of
//! its own, reported at its index; the rest are read.

use super::{CoffeError, Set, MAX_COFFE_FILE_BYTES};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// One instance of `data.json`, with what the keyed files hold for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    /// 0-based index in `data.json`.
    pub index: usize,
    /// The instance's fields in `data.json` (an object).
    pub row: Map<String, Value>,
    /// `final_prompt`: the key of every other file.
    pub prompt: String,
    /// `best_solutions.json[prompt]`, if present.
    pub best: Option<Value>,
    /// `testcases.json[prompt]`, if the file and the key are present.
    pub tests: Option<Value>,
    /// `stressful_testcases.json[prompt]`, if present.
    pub stress: Option<Value>,
}

/// A set as read: its instances, the instances that could not be read,
/// and notes on what the copy lacks.
#[derive(Debug, Clone)]
pub struct SetData {
    pub set: Set,
    /// `datasets/<set>/`.
    pub dir: PathBuf,
    /// `datasets/<set>/data.json`, which instance errors point to.
    pub data_path: PathBuf,
    pub instances: Vec<Instance>,
    pub errors: Vec<CoffeError>,
    pub notes: Vec<String>,
    /// Whether `testcases.json` was present.
    pub has_tests: bool,
}

/// Reads a JSON file of at most [`MAX_COFFE_FILE_BYTES`]; `Ok(None)` when it
/// does not exist.
pub(crate) fn read_json(path: &Path) -> Result<Option<Value>, CoffeError> {
    if !path.exists() {
        return Ok(None);
    }
    let bytes = match crate::limits::read_bounded(path, MAX_COFFE_FILE_BYTES) {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(size)) => {
            return Err(CoffeError::file(
                path,
                format!("{size} bytes, more than the {MAX_COFFE_FILE_BYTES} a COFFE file may have; not read"),
            ))
        }
        Err(e) => return Err(CoffeError::file(path, e)),
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| CoffeError::file(path, format!("not valid JSON: {e}")))
}

/// A keyed file (`{prompt: ...}`), required or not.
fn read_keyed(path: &Path, required: bool) -> Result<Option<Map<String, Value>>, CoffeError> {
    match read_json(path)? {
        Some(Value::Object(map)) => Ok(Some(map)),
        Some(_) => Err(CoffeError::file(
            path,
            "expected an object whose keys are the prompts",
        )),
        None if required => Err(CoffeError::file(
            path,
            "missing (COFFE's copy must hold it; a Git LFS pointer or a failed download leaves it out)",
        )),
        None => Ok(None),
    }
}

/// Reads `datasets/<set>/` under `dir` (the root of a copy of COFFE).
pub fn read_set(dir: &Path, set: Set) -> Result<SetData, CoffeError> {
    let set_dir = dir.join("datasets").join(set.name());
    let data_path = set_dir.join("data.json");
    let rows = match read_json(&data_path)? {
        Some(Value::Array(rows)) => rows,
        Some(_) => return Err(CoffeError::file(&data_path, "expected a list of instances")),
        None => {
            return Err(CoffeError::file(
                &data_path,
                format!(
                    "missing: is {} the root of a copy of COFFE (datasets/{}/data.json)?",
                    dir.display(),
                    set.name()
                ),
            ))
        }
    };
    let best = read_keyed(&set_dir.join("best_solutions.json"), true)?.unwrap_or_default();
    let stress = read_keyed(&set_dir.join("stressful_testcases.json"), true)?.unwrap_or_default();
    let tests = read_keyed(&set_dir.join("testcases.json"), false)?;
    let mut notes = Vec::new();
    if tests.is_none() {
        notes.push(format!(
            "{}: missing: no correctness tests; each problem has one level, COFFE's stress tests, \
             with the reference's outputs as the expected ones",
            set_dir.join("testcases.json").display()
        ));
    }
    let mut instances = Vec::new();
    let mut errors = Vec::new();
    for (index, row) in rows.into_iter().enumerate() {
        let Value::Object(row) = row else {
            errors.push(CoffeError::instance(&data_path, index, "", "not an object"));
            continue;
        };
        let prompt = match row.get("final_prompt") {
            Some(Value::String(p)) if !p.trim().is_empty() => p.clone(),
            _ => {
                errors.push(CoffeError::instance(
                    &data_path,
                    index,
                    "final_prompt",
                    "missing, empty or not a string (it is the key of every other file)",
                ));
                continue;
            }
        };
        instances.push(Instance {
            index,
            best: best.get(&prompt).cloned(),
            tests: tests.as_ref().and_then(|t| t.get(&prompt).cloned()),
            stress: stress.get(&prompt).cloned(),
            row,
            prompt,
        });
    }
    Ok(SetData {
        set,
        dir: set_dir,
        data_path,
        instances,
        errors,
        notes,
        has_tests: tests.is_some(),
    })
}
