//! Code extraction on a corpus of realistic answers: one TOML file per case
//! in `tests/extraction/`, each with the answer as a model gave it (or
//! would), the program that must come out and how it was found. Every case
//! is checked and every mismatch reported, not just the first.

use effgauge_generate::{extract, Found, Mode, Task};
use serde::Deserialize;
use std::path::Path;

/// The prompt of the cases that do not bring their own: an import the
/// program may forget, a signature and a docstring with examples.
const PROMPT: &str = r#"from typing import List


def count_pairs(values: List[int], gap: int) -> int:
    """Count the index pairs (i, j), i < j, with values[j] - values[i] == gap.

    >>> count_pairs([1, 3, 5, 3], 2)
    3
    """
"#;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case shows.
    about: String,
    #[serde(default)]
    completions: bool,
    prompt: Option<String>,
    entry_point: Option<String>,
    answer: String,
    found: Found,
    solution: String,
}

#[test]
fn every_answer_of_the_corpus_gives_its_program() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/extraction");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 15, "the corpus shrank: {}", paths.len());
    let mut failures = Vec::new();
    for path in &paths {
        let case: Case = toml::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let task = Task {
            id: "t".into(),
            prompt: case.prompt.clone().unwrap_or_else(|| PROMPT.into()),
            entry_point: case
                .entry_point
                .clone()
                .unwrap_or_else(|| "count_pairs".into()),
        };
        let mode = if case.completions {
            Mode::Completions
        } else {
            Mode::Chat
        };
        let got = extract(&case.answer, &task, mode);
        if got.found != case.found || got.solution != case.solution {
            failures.push(format!(
                "{} ({}):\n  found {:?}, expected {:?}\n--- got ---\n{}--- expected ---\n{}",
                path.file_name().unwrap().to_string_lossy(),
                case.about,
                got.found,
                case.found,
                got.solution,
                case.solution
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_program_found_is_valid_python() {
    // Compiled by the host's Python (on every machine of this project):
    // extraction must never turn a good answer into a syntax error.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/extraction");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let case: Case = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if case.about.contains("cut off") {
            continue; // a truncated answer may end mid-statement
        }
        let status = std::process::Command::new("python3")
            .args([
                "-c",
                "import ast, sys; ast.parse(sys.argv[1])",
                &case.solution,
            ])
            .status()
            .expect("python3 runs");
        assert!(status.success(), "{}: not valid Python", path.display());
    }
}
