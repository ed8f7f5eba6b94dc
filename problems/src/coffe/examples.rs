//! COFFE's model outputs (`examples/<set>/<model>.json`, e.g. GPT-4o's and
//! Llama-3.1-405B's): `{prompt: [[raw answer, ...], valid]}`, keyed by the
//! prompt like the datasets. Each answer is mapped to the imported problem
//! of its prompt; pulling the code out of the raw chat answer is the
//! caller's (the harness uses effgauge's extraction).

use super::dataset::read_json;
use super::{CoffeError, Converted, Set};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// One raw answer of a model to one imported problem.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleAnswer {
    pub task_id: String,
    /// The model's answer as COFFE stores it.
    pub raw: String,
}

/// One model's answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Examples {
    /// The file's stem (`GPT-4o`, `Llama3.1_405B`).
    pub model: String,
    pub answers: Vec<ExampleAnswer>,
    /// Keys that are not a prompt of the set (COFFE skips them too).
    pub unknown_prompts: usize,
    /// Keys whose instance was skipped by the import.
    pub skipped_problems: usize,
    /// Entries COFFE marks invalid (`[1]` false) or that are not
    /// `[[answers], bool]`.
    pub invalid: usize,
}

/// Every `examples/<set>/*.json` under `dir`, in name order, mapped to the
/// problems of `imported`; `prompts` are all the set's prompts (to tell a
/// prompt the import skipped from one that is not COFFE's).
pub fn read_examples(
    dir: &Path,
    set: Set,
    imported: &[Converted],
    prompts: &[String],
) -> Result<Vec<Examples>, CoffeError> {
    let folder = dir.join("examples").join(set.name());
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let ids: HashMap<&str, &str> = imported
        .iter()
        .map(|c| (c.coffe_prompt.as_str(), c.id.as_str()))
        .collect();
    let mut out = Vec::new();
    for path in paths {
        let Some(Value::Object(map)) = read_json(&path)? else {
            return Err(CoffeError::file(
                &path,
                "expected an object whose keys are the prompts",
            ));
        };
        let mut ex = Examples {
            model: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            ..Examples::default()
        };
        for (prompt, entry) in &map {
            let Some(id) = ids.get(prompt.as_str()) else {
                if prompts.iter().any(|p| p == prompt) {
                    ex.skipped_problems += 1;
                } else {
                    ex.unknown_prompts += 1;
                }
                continue;
            };
            let answers: Vec<&str> = match entry.as_array().map(Vec::as_slice) {
                Some([Value::Array(list), Value::Bool(true)]) => {
                    list.iter().filter_map(Value::as_str).collect()
                }
                Some([Value::String(one), Value::Bool(true)]) => vec![one.as_str()],
                _ => Vec::new(),
            };
            if answers.is_empty() {
                ex.invalid += 1;
            }
            for raw in answers {
                ex.answers.push(ExampleAnswer {
                    task_id: (*id).to_owned(),
                    raw: raw.to_owned(),
                });
            }
        }
        out.push(ex);
    }
    Ok(out)
}
