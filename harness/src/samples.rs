//! Reading sample files: the evalplus convention, one JSON object per line,
//! `task_id` plus either `solution` (a full program) or `completion` (code
//! appended to the problem's prompt), and optionally `model`.
//!
//! Input is validated completely before anything runs: every error names the
//! file, the line and the field.

use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Component, Path};

/// One valid input line.
#[derive(Debug, Clone)]
pub struct Sample {
    pub model: String,
    pub task_id: String,
    /// The program to run, whitespace-normalized (see [`normalize`]).
    pub source: String,
    pub source_sha256: String,
    /// `file:line`, the file by its [`labels`]: the same on every machine
    /// whatever folder the files were given from.
    pub id: String,
}

/// A line that could not be used, with the reason.
#[derive(Debug, Clone)]
pub struct InvalidLine {
    pub file: String,
    pub line: u64,
    pub error: String,
}

impl std::fmt::Display for InvalidLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.error)
    }
}

/// Trailing white space on a line, carriage returns and trailing blank lines
/// do not change what a Python program does; they must not make two samples
/// count as different ones either.
pub fn normalize(source: &str) -> String {
    let mut lines: Vec<&str> = source.lines().map(str::trim_end).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Parses sample files. `prompts` maps known task ids to their prompts;
/// `default_model` replaces the file stem when a line names no model.
pub fn read(
    paths: &[impl AsRef<Path>],
    prompts: &BTreeMap<String, String>,
    default_model: Option<&str>,
) -> Result<(Vec<Sample>, Vec<InvalidLine>), std::io::Error> {
    let mut samples = Vec::new();
    let mut invalid = Vec::new();
    let paths: Vec<&Path> = paths.iter().map(AsRef::as_ref).collect();
    let labels = labels(&paths);
    for (path, label) in paths.into_iter().zip(labels) {
        let text = std::fs::read_to_string(path)
            .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        let file = path.display().to_string();
        let stem = path
            .file_stem()
            .map_or("model".into(), |s| s.to_string_lossy().into_owned());
        let stem = stem.strip_suffix(".jsonl").unwrap_or(&stem).to_owned();
        for (i, line) in text.lines().enumerate() {
            let number = i as u64 + 1;
            if line.trim().is_empty() {
                continue;
            }
            match parse_line(line, prompts, default_model.unwrap_or(&stem)) {
                Ok((model, task_id, source)) => samples.push(Sample {
                    source_sha256: sha256_hex(&source),
                    source,
                    model,
                    task_id,
                    id: format!("{label}:{number}"),
                }),
                Err(error) => invalid.push(InvalidLine {
                    file: file.clone(),
                    line: number,
                    error,
                }),
            }
        }
    }
    Ok((samples, invalid))
}

/// How sample ids name each file: its file name, or where two files share
/// one, as many trailing path components as tell them apart (joined with
/// `/`). Never the folder the files were given from, so that two machines
/// scoring the same files from different places write the same bytes.
pub fn labels(paths: &[&Path]) -> Vec<String> {
    let parts: Vec<Vec<String>> = paths
        .iter()
        .map(|p| {
            p.components()
                .filter_map(|c| match c {
                    Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let suffix = |i: usize, depth: usize| {
        let all = &parts[i];
        all[all.len().saturating_sub(depth)..].join("/")
    };
    (0..paths.len())
        .map(|i| {
            let longest = parts[i].len().max(1);
            let distinct = |depth: usize| {
                let label = suffix(i, depth);
                (0..paths.len())
                    .all(|j| j == i || parts[j] == parts[i] || suffix(j, depth) != label)
            };
            let depth = (1..=longest).find(|&d| distinct(d)).unwrap_or(longest);
            suffix(i, depth)
        })
        .collect()
}

fn parse_line(
    line: &str,
    prompts: &BTreeMap<String, String>,
    default_model: &str,
) -> Result<(String, String, String), String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not a JSON object: {e}"))?;
    let Value::Object(map) = value else {
        return Err("not a JSON object".into());
    };
    let text_field = |name: &str| -> Result<Option<&str>, String> {
        match map.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(format!("field '{name}': expected a string")),
        }
    };
    let task_id = text_field("task_id")?.ok_or("field 'task_id': missing")?;
    let Some(prompt) = prompts.get(task_id) else {
        return Err(format!("field 'task_id': unknown task '{task_id}'"));
    };
    let source = match (text_field("solution")?, text_field("completion")?) {
        (Some(solution), _) => solution.to_owned(),
        (None, Some(completion)) => format!("{prompt}{completion}"),
        (None, None) => return Err("field 'solution' or 'completion': missing".into()),
    };
    let model = text_field("model")?.unwrap_or(default_model);
    if model.is_empty() {
        return Err("field 'model': empty".into());
    }
    Ok((model.to_owned(), task_id.to_owned(), normalize(&source)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_named_by_their_shortest_distinct_tail_not_their_folder() {
        let label = |paths: &[&str]| {
            let paths: Vec<&Path> = paths.iter().map(Path::new).collect();
            labels(&paths)
        };
        assert_eq!(label(&["/abs/dir/x.jsonl"]), ["x.jsonl"]);
        assert_eq!(label(&["x.jsonl"]), ["x.jsonl"]);
        assert_eq!(label(&["./x.jsonl", "../y.jsonl"]), ["x.jsonl", "y.jsonl"]);
        assert_eq!(
            label(&["/h/run1/a/s.jsonl", "/h/run1/b/s.jsonl", "/h/t.jsonl"]),
            ["a/s.jsonl", "b/s.jsonl", "t.jsonl"]
        );
        assert_eq!(
            label(&["m1/a/s.jsonl", "m2/a/s.jsonl"]),
            ["m1/a/s.jsonl", "m2/a/s.jsonl"]
        );
    }

    #[test]
    fn whitespace_variants_normalize_alike() {
        assert_eq!(
            normalize("def f():\r\n    return 1   \n\n\n"),
            normalize("def f():\n    return 1")
        );
        assert_ne!(
            normalize("def f():\n  return 1"),
            normalize("def f():\n    return 1")
        );
    }

    #[test]
    fn errors_name_the_field() {
        let prompts = BTreeMap::from([("t".to_owned(), "def f():\n".to_owned())]);
        let err = |line: &str| parse_line(line, &prompts, "m").unwrap_err();
        assert!(err("{").starts_with("not a JSON object"));
        assert_eq!(err("{\"solution\": \"x\"}"), "field 'task_id': missing");
        assert_eq!(
            err("{\"task_id\": \"u\", \"solution\": \"x\"}"),
            "field 'task_id': unknown task 'u'"
        );
        assert_eq!(
            err("{\"task_id\": \"t\"}"),
            "field 'solution' or 'completion': missing"
        );
        assert_eq!(
            err("{\"task_id\": \"t\", \"solution\": 3}"),
            "field 'solution': expected a string"
        );
        let (_, _, source) = parse_line(
            "{\"task_id\": \"t\", \"completion\": \"    return 1\"}",
            &prompts,
            "m",
        )
        .unwrap();
        assert_eq!(source, "def f():\n    return 1\n");
    }
}
