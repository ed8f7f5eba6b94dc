//! Reading sample files: the evalplus convention, one JSON object per line,
//! `task_id` plus either `solution` (a full program) or `completion` (code
//! appended to the problem's prompt), and optionally `model` and `language`
//! (`python`, the default, or `cpp`: a whole C++ file as `solution`, for a
//! problem with a C++ track). One run scores one language.
//!
//! Input is validated completely before anything runs: every error names the
//! file, the line and the field.
//!
//! The program a sample submits is run exactly as submitted, byte for byte:
//! `solution` as is, or the prompt followed by `completion`, nothing added,
//! removed or converted. White space is not neutral in Python (trailing
//! spaces inside a triple-quoted string are data; a trailing U+00A0 is a
//! `SyntaxError`), so two samples are the same program only when their texts
//! are identical.

use effgauge_problems::Language;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Component, Path};

/// One valid input line.
#[derive(Debug, Clone)]
pub struct Sample {
    pub model: String,
    pub task_id: String,
    /// The program to run: exactly the text submitted (see [`program`]).
    pub source: String,
    /// SHA-256 of `source`, the exact text: samples with the same hash (of
    /// one task) are one distinct program.
    pub source_sha256: String,
    /// `file:line`, the file by its [`labels`]: the same on every machine
    /// whatever folder the files were given from.
    pub id: String,
    pub language: Language,
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

/// The program a sample submits: its `solution` as is, or the problem's
/// prompt followed by its `completion`, concatenated and nothing else.
pub fn program(prompt: &str, solution: Option<&str>, completion: Option<&str>) -> Option<String> {
    match (solution, completion) {
        (Some(solution), _) => Some(solution.to_owned()),
        (None, Some(completion)) => Some(format!("{prompt}{completion}")),
        (None, None) => None,
    }
}

pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// The samples of a run: the valid lines, and the invalid ones (kept to be
/// recorded in the results).
#[derive(Debug, Clone, Default)]
pub struct SampleSet {
    pub samples: Vec<Sample>,
    pub invalid: Vec<InvalidLine>,
    /// The samples' one language (Python when there are none).
    pub language: Language,
}

impl SampleSet {
    /// Reads sample files against `suite`'s prompts. Invalid lines are
    /// refused, naming up to 20 (file, line, field), unless `keep_invalid`
    /// says to record them instead.
    pub fn read(
        paths: &[impl AsRef<Path>],
        suite: &effgauge_problems::Suite,
        default_model: Option<&str>,
        keep_invalid: bool,
    ) -> Result<SampleSet, crate::ScoringError> {
        let tasks: BTreeMap<String, Task> = suite
            .problems
            .iter()
            .map(|p| {
                let task = Task {
                    prompt: p.prompt.clone(),
                    stdio: p.protocol == effgauge_sandboxes::Protocol::Stdio,
                    compiled: Language::ALL
                        .into_iter()
                        .filter(|l| l.dialect().is_some() && l.supports(p))
                        .collect(),
                };
                (p.id.clone(), task)
            })
            .collect();
        let (samples, invalid) = read_tasks(paths, &tasks, default_model)
            .map_err(|e| crate::ScoringError::invalid(e.to_string()))?;
        let language = one_language(&samples)?;
        if !invalid.is_empty() && !keep_invalid {
            let shown: Vec<String> = invalid.iter().take(20).map(ToString::to_string).collect();
            let more = if invalid.len() > 20 {
                format!("\n(and {} more)", invalid.len() - 20)
            } else {
                String::new()
            };
            return Err(crate::ScoringError::invalid(format!(
                "{} invalid sample line(s); nothing was scored (--skip-invalid records them instead):\n{}{more}",
                invalid.len(),
                shown.join("\n")
            )));
        }
        Ok(SampleSet {
            samples,
            invalid,
            language,
        })
    }
}

/// The samples' language: one for the whole run, or an error naming the
/// first sample of each.
fn one_language(samples: &[Sample]) -> Result<Language, crate::ScoringError> {
    let Some(first) = samples.first() else {
        return Ok(Language::Python);
    };
    match samples.iter().find(|s| s.language != first.language) {
        None => Ok(first.language),
        Some(other) => Err(crate::ScoringError::invalid(format!(
            "{} is {} but {} is {}: a run scores one language, so score each in its own run",
            first.id, first.language, other.id, other.language
        ))),
    }
}

/// What a sample line is checked against: a task's prompt, and the
/// compiled languages it has a track in.
#[derive(Debug, Clone)]
pub struct Task {
    pub prompt: String,
    /// A stdin/stdout program's task: its prompt is a statement, so a
    /// sample gives its whole program.
    pub stdio: bool,
    pub compiled: Vec<Language>,
}

/// Parses Python sample files. `prompts` maps known task ids to their
/// prompts; `default_model` replaces the file stem when a line names no
/// model.
pub fn read(
    paths: &[impl AsRef<Path>],
    prompts: &BTreeMap<String, String>,
    default_model: Option<&str>,
) -> Result<(Vec<Sample>, Vec<InvalidLine>), std::io::Error> {
    let tasks: BTreeMap<String, Task> = prompts
        .iter()
        .map(|(id, prompt)| {
            let task = Task {
                prompt: prompt.clone(),
                stdio: false,
                compiled: Vec::new(),
            };
            (id.clone(), task)
        })
        .collect();
    read_tasks(paths, &tasks, default_model)
}

/// Parses sample files against `tasks`.
pub fn read_tasks(
    paths: &[impl AsRef<Path>],
    tasks: &BTreeMap<String, Task>,
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
            match parse_line(line, tasks, default_model.unwrap_or(&stem)) {
                Ok(Line {
                    model,
                    task_id,
                    source,
                    language,
                }) => samples.push(Sample {
                    source_sha256: sha256_hex(&source),
                    source,
                    model,
                    task_id,
                    id: format!("{label}:{number}"),
                    language,
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

/// A valid line's fields.
#[derive(Debug)]
struct Line {
    model: String,
    task_id: String,
    source: String,
    language: Language,
}

fn parse_line(
    line: &str,
    tasks: &BTreeMap<String, Task>,
    default_model: &str,
) -> Result<Line, String> {
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
    let Some(task) = tasks.get(task_id) else {
        return Err(format!("field 'task_id': unknown task '{task_id}'"));
    };
    let language = match text_field("language")? {
        None => Language::Python,
        Some(name) => name
            .parse::<Language>()
            .map_err(|e| format!("field 'language': {}", effgauge_reports::limits::shown(&e)))?,
    };
    let source = match language {
        Language::Python if task.stdio && text_field("solution")?.is_none() => {
            return Err(if text_field("completion")?.is_some() {
                "field 'completion': a stdio program gives its whole file as 'solution'".into()
            } else {
                "field 'solution': missing".into()
            })
        }
        Language::Python => program(
            &task.prompt,
            text_field("solution")?,
            text_field("completion")?,
        )
        .ok_or("field 'solution' or 'completion': missing")?,
        Language::Cpp | Language::C => {
            let name = language.dialect().map_or("", |d| d.name());
            if !task.compiled.contains(&language) {
                return Err(format!(
                    "field 'language': task '{task_id}' has no {name} track"
                ));
            }
            if text_field("completion")?.is_some() && text_field("solution")?.is_none() {
                return Err(format!(
                    "field 'completion': a {name} sample gives its whole file as 'solution'"
                ));
            }
            text_field("solution")?
                .ok_or("field 'solution': missing")?
                .to_owned()
        }
    };
    let model = text_field("model")?.unwrap_or(default_model);
    if model.is_empty() {
        return Err("field 'model': empty".into());
    }
    // A model's name is printed in every report: bounded and printable
    // before anything runs, as the results file's reader requires.
    effgauge_reports::limits::check_label(model).map_err(|e| format!("field 'model': {e}"))?;
    Ok(Line {
        model: model.to_owned(),
        task_id: task_id.to_owned(),
        source,
        language,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_name_must_be_a_short_printable_label() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.jsonl");
        let lines = [
            serde_json::json!({"task_id": "t", "model": "m".repeat(1 << 20), "completion": "  pass\n"}),
            serde_json::json!({"task_id": "t", "model": "a\u{1b}[2Jb", "completion": "  pass\n"}),
            serde_json::json!({"task_id": "t", "model": "fine-model", "completion": "  pass\n"}),
        ];
        let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
        std::fs::write(&path, text.join("\n") + "\n").unwrap();
        let prompts = BTreeMap::from([("t".to_owned(), "def f():\n".to_owned())]);
        let (samples, invalid) = read(&[&path], &prompts, None).unwrap();
        assert_eq!(samples.len(), 1);
        assert_eq!(invalid.len(), 2);
        assert_eq!(invalid[0].line, 1);
        assert!(
            invalid[0].error.starts_with("field 'model': "),
            "{}",
            invalid[0].error
        );
        assert!(
            invalid[0].error.len() < 300,
            "the message does not quote the name"
        );
        assert_eq!(invalid[1].line, 2);
        assert!(
            invalid[1].error.starts_with("field 'model': "),
            "{}",
            invalid[1].error
        );
    }

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

    /// One sample per line, through `read` as `score` reads them.
    fn read_lines(lines: &[serde_json::Value]) -> Vec<Sample> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.jsonl");
        let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
        std::fs::write(&path, text.join("\n") + "\n").unwrap();
        let prompts = BTreeMap::from([("t".to_owned(), "def f():\n".to_owned())]);
        let (samples, invalid) = read(&[&path], &prompts, None).unwrap();
        assert!(invalid.is_empty(), "{invalid:?}");
        samples
    }

    #[test]
    fn the_program_is_the_exact_text_and_only_identical_texts_are_one() {
        use serde_json::json;
        let variants = [
            "def f():\n    return 1\n",
            "def f():\n    return 1",
            "def f():\r\n    return 1\r\n",
            "def f():\n    return 1   \n\n\n",
            // Trailing spaces inside a string literal are data.
            "def f():\n    return \"\"\"a   \n\"\"\"\n",
            "def f():\n    return \"\"\"a\n\"\"\"\n",
            // A trailing no-break space is a SyntaxError in CPython.
            "def f():\n    return 1\u{a0}\n",
        ];
        let mut lines: Vec<serde_json::Value> = variants
            .iter()
            .map(|v| json!({"task_id": "t", "solution": v}))
            .collect();
        // The same text again, and as prompt + completion.
        lines.push(json!({"task_id": "t", "solution": variants[0]}));
        lines.push(json!({"task_id": "t", "completion": "    return 1\n"}));
        lines.push(json!({"task_id": "t", "completion": "    return 1\u{a0}\n"}));
        let samples = read_lines(&lines);
        for (s, v) in samples.iter().zip(variants) {
            assert_eq!(s.source, v);
            assert_eq!(s.source_sha256, sha256_hex(v));
        }
        let hashes: std::collections::BTreeSet<&str> = samples[..variants.len()]
            .iter()
            .map(|s| s.source_sha256.as_str())
            .collect();
        assert_eq!(
            hashes.len(),
            variants.len(),
            "every variant is its own program"
        );
        let n = variants.len();
        assert_eq!(samples[n].source_sha256, samples[0].source_sha256);
        assert_eq!(samples[n + 1].source, variants[0]);
        assert_eq!(samples[n + 1].source_sha256, samples[0].source_sha256);
        assert_eq!(samples[n + 2].source, variants[6]);
        assert_eq!(samples[n].id, format!("s.jsonl:{}", n + 1));
    }

    fn tasks() -> BTreeMap<String, Task> {
        let task = |compiled: &[Language]| Task {
            prompt: "def f():\n".to_owned(),
            stdio: false,
            compiled: compiled.to_vec(),
        };
        BTreeMap::from([
            ("t".to_owned(), task(&[])),
            ("c".to_owned(), task(&[Language::Cpp])),
            ("both".to_owned(), task(&[Language::Cpp, Language::C])),
        ])
    }

    #[test]
    fn a_cpp_sample_is_a_whole_file_for_a_task_with_a_cpp_track() {
        let tasks = tasks();
        let line = parse_line(
            r#"{"task_id": "c", "language": "cpp", "solution": "long long f() { return 1; }"}"#,
            &tasks,
            "m",
        )
        .unwrap();
        assert_eq!(line.language, Language::Cpp);
        assert_eq!(line.source, "long long f() { return 1; }", "nothing added");
        let err = |line: &str| parse_line(line, &tasks, "m").unwrap_err();
        assert_eq!(
            err(r#"{"task_id": "t", "language": "cpp", "solution": "x"}"#),
            "field 'language': task 't' has no C++ track"
        );
        assert_eq!(
            err(r#"{"task_id": "c", "language": "cpp", "completion": "x"}"#),
            "field 'completion': a C++ sample gives its whole file as 'solution'"
        );
        // C: a track of its own, and a whole file as C++.
        assert_eq!(
            err(r#"{"task_id": "c", "language": "c", "solution": "x"}"#),
            "field 'language': task 'c' has no C track"
        );
        assert_eq!(
            err(r#"{"task_id": "both", "language": "c", "completion": "x"}"#),
            "field 'completion': a C sample gives its whole file as 'solution'"
        );
        let c = r#"{"task_id": "both", "language": "c", "solution": "long long f(void) { return 1; }"}"#;
        assert_eq!(parse_line(c, &tasks, "m").unwrap().language, Language::C);
        assert_eq!(
            err(r#"{"task_id": "c", "language": "rust", "solution": "x"}"#),
            "field 'language': unknown language 'rust' (python, cpp or c)"
        );
        assert_eq!(
            err(r#"{"task_id": "c", "language": 3, "solution": "x"}"#),
            "field 'language': expected a string"
        );
    }

    #[test]
    fn a_run_is_one_language() {
        let sample = |id: &str, language| Sample {
            model: "m".into(),
            task_id: "c".into(),
            source: String::new(),
            source_sha256: String::new(),
            id: id.into(),
            language,
        };
        assert_eq!(one_language(&[]).unwrap(), Language::Python);
        let cpp = [sample("a:1", Language::Cpp), sample("a:2", Language::Cpp)];
        assert_eq!(one_language(&cpp).unwrap(), Language::Cpp);
        let mixed = [
            sample("a:1", Language::Cpp),
            sample("b:7", Language::Python),
        ];
        let err = one_language(&mixed).unwrap_err().to_string();
        assert!(err.contains("a:1 is cpp but b:7 is python"), "{err}");
    }

    #[test]
    fn errors_name_the_field() {
        let prompts = tasks();
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
        let Line { source, .. } = parse_line(
            "{\"task_id\": \"t\", \"completion\": \"    return 1\"}",
            &prompts,
            "m",
        )
        .unwrap();
        assert_eq!(source, "def f():\n    return 1", "nothing added");
    }
}
