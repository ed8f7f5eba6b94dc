//! `effgauge import enamel`: an effgauge suite from ENAMEL's dataset file
//! (`dataset/enamel.csv` of q-rz/enamel), one problem per row.
//!
//! ENAMEL's columns are `task_id`, `prompt`, `input_generator`,
//! `input_levels` (four sizes, space-separated), `reference_solution` (the
//! body that completes the prompt's function), `checker` (a function
//! `__check(input, answer, output)`) and `entry_point`. Its evaluator runs
//! each row with 8, 4, 4 and 4 cases per level and weights 0, 3, 3, 4, and
//! seeds the module-level `random` before each case with
//! `998244353 ^ row ^ (cases of the earlier levels + case)`, where `row` is
//! the row's index in the file. The converted generator reproduces exactly
//! that inside the sandbox (`py/enamel_generate.py`), with effgauge's own
//! versions of the helpers ENAMEL's generators call
//! (`py/enamel_helpers.py`), so the inputs are ENAMEL's, byte for byte.
//!
//! Nothing runs here: the importer only checks each row's shape on the host
//! and writes files; `problems validate` then runs them in the sandbox.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// ENAMEL's evaluator seed (its default, used for its published results).
pub const ENAMEL_SEED: u64 = 998_244_353;
/// Cases per level in ENAMEL's evaluator.
pub const ENAMEL_CASES: [usize; 4] = [8, 4, 4, 4];
/// Level weights ("hardness") in ENAMEL's evaluator.
pub const ENAMEL_WEIGHTS: [u32; 4] = [0, 3, 3, 4];
/// The rows ENAMEL leaves out of its 142-problem set (row indices, which
/// are HumanEval's problem numbers).
pub const ENAMEL_EXCLUDED: [usize; 22] = [
    2, 23, 41, 45, 53, 60, 71, 92, 97, 99, 102, 123, 124, 135, 137, 138, 144, 148, 156, 157, 159,
    160,
];
/// A dataset file is at most 64 MiB, checked before it is read (ENAMEL's
/// `enamel.csv` is under 1 MiB; every row is held in memory).
pub const MAX_DATASET_BYTES: u64 = 64 << 20;

/// A field of a row is at most 256 KiB (ENAMEL's largest is a few KiB):
/// fields become the problem's Python files, the generator two of them
/// together, which must stay within the suite loader's bound
/// ([`crate::limits::MAX_PYTHON_BYTES`], 1 MiB).
pub const MAX_FIELD_BYTES: usize = 256 << 10;

/// The columns a dataset file must have.
pub const COLUMNS: [&str; 7] = [
    "task_id",
    "prompt",
    "input_generator",
    "input_levels",
    "reference_solution",
    "checker",
    "entry_point",
];

/// Which rows to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subset {
    /// Every row of the file.
    All,
    /// ENAMEL's own 142-problem set: every row but [`ENAMEL_EXCLUDED`].
    Enamel,
}

/// A row that cannot be converted, at `file:line:column` (the line where
/// the row starts; the column by name).
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    pub file: PathBuf,
    /// 1-based line of the file where the row starts.
    pub line: u64,
    /// 0-based index of the row among the data rows (ENAMEL's row index).
    pub row: usize,
    /// The column's name (empty when the row as a whole is malformed).
    pub column: String,
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:", self.file.display(), self.line)?;
        if !self.column.is_empty() {
            write!(f, "{}:", self.column)?;
        }
        write!(f, " row {}: {}", self.row, self.message)
    }
}

/// What stops the whole import (the file cannot be read, a column is
/// missing, the output folder is in the way).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: {message}", path.display())]
    File { path: PathBuf, message: String },
}

/// One row of the file, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 0-based index among the data rows.
    pub index: usize,
    /// 1-based line where the row starts.
    pub line: u64,
    pub task_id: String,
    pub prompt: String,
    pub input_generator: String,
    pub input_levels: String,
    pub reference_solution: String,
    pub checker: String,
    pub entry_point: String,
}

/// A row, checked and ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    pub id: String,
    pub row: Row,
    pub sizes: [u64; 4],
}

/// The outcome of an import.
#[derive(Debug, Default)]
pub struct ImportSummary {
    /// The problems written, in row order.
    pub imported: Vec<Converted>,
    /// The rows reported and skipped.
    pub skipped: Vec<RowError>,
    /// Rows left out by [`Subset::Enamel`].
    pub left_out: usize,
}

/// Reads every row of a dataset file. A row that does not parse is an
/// error of its own and the reading goes on; a missing column stops it.
pub fn read_rows(
    path: &Path,
    reader: impl std::io::Read,
) -> Result<(Vec<Row>, Vec<RowError>), ImportError> {
    let file_error = |message: String| ImportError::File {
        path: path.to_path_buf(),
        message,
    };
    let mut records = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(reader);
    let headers = records
        .headers()
        .map_err(|e| file_error(format!("line 1: cannot read the header: {e}")))?
        .clone();
    let mut at = [0usize; COLUMNS.len()];
    for (slot, name) in at.iter_mut().zip(COLUMNS) {
        *slot = headers.iter().position(|h| h == name).ok_or_else(|| {
            file_error(format!(
                "line 1: missing column `{name}` (ENAMEL's columns are {})",
                COLUMNS.join(", ")
            ))
        })?;
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (index, record) in records.records().enumerate() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line());
                let field = |i: usize| record.get(at[i]).unwrap_or_default().to_owned();
                rows.push(Row {
                    index,
                    line,
                    task_id: field(0),
                    prompt: field(1),
                    input_generator: field(2),
                    input_levels: field(3),
                    reference_solution: field(4),
                    checker: field(5),
                    entry_point: field(6),
                });
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("has {len} fields, the header has {expected_len}"),
                    csv::ErrorKind::Utf8 { err, .. } => {
                        format!("field {} is not valid UTF-8", err.field() + 1)
                    }
                    _ => e.to_string(),
                };
                let column = match e.kind() {
                    csv::ErrorKind::Utf8 { err, .. } => {
                        headers.get(err.field()).unwrap_or_default().to_owned()
                    }
                    _ => String::new(),
                };
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    return Err(file_error(e.to_string()));
                }
                errors.push(RowError {
                    file: path.to_path_buf(),
                    line,
                    row: index,
                    column,
                    message,
                });
            }
        }
    }
    Ok((rows, errors))
}

/// The effgauge id of an ENAMEL task id: `HumanEval/0` → `humaneval-0`.
pub fn problem_id(task_id: &str) -> String {
    let mut id = String::new();
    for c in task_id.trim().chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_matches('-').to_owned()
}

/// Checks one row's shape (each column in order; the first wrong one is
/// reported). Nothing runs: the sandbox decides the rest at validation.
pub fn convert(path: &Path, row: &Row) -> Result<Converted, RowError> {
    let err = |column: &str, message: String| RowError {
        file: path.to_path_buf(),
        line: row.line,
        row: row.index,
        column: column.to_owned(),
        message,
    };
    let fields = [
        ("task_id", &row.task_id),
        ("prompt", &row.prompt),
        ("input_generator", &row.input_generator),
        ("input_levels", &row.input_levels),
        ("reference_solution", &row.reference_solution),
        ("checker", &row.checker),
        ("entry_point", &row.entry_point),
    ];
    for (column, value) in fields {
        if value.len() > MAX_FIELD_BYTES {
            return Err(err(
                column,
                format!(
                    "{} bytes, more than the {MAX_FIELD_BYTES} a field may have",
                    value.len()
                ),
            ));
        }
    }
    let id = problem_id(&row.task_id);
    // The id names the problem's folder and its results.
    crate::limits::check_label(&id)
        .map_err(|m| err("task_id", format!("as the problem's id: {m}")))?;
    if id.is_empty() {
        return Err(err(
            "task_id",
            format!("`{}` has no letter or digit to make an id of", row.task_id),
        ));
    }
    let entry = row.entry_point.trim();
    if !crate::manifest::is_identifier(entry) {
        return Err(err(
            "entry_point",
            format!("`{entry}` is not a Python identifier"),
        ));
    }
    // The title quotes the task id and the entry point.
    crate::limits::check_label(&format!("{} ({entry})", row.task_id.trim()))
        .map_err(|m| err("task_id", format!("as the problem's title: {m}")))?;
    if !row.prompt.contains(&format!("def {entry}(")) {
        return Err(err(
            "prompt",
            format!("does not define the entry point (no `def {entry}(`)"),
        ));
    }
    if !row.input_generator.contains("def generate_input(") {
        return Err(err(
            "input_generator",
            "does not define `generate_input(size, lid, cid)`".into(),
        ));
    }
    if ["import numpy", "from numpy", "np."]
        .iter()
        .any(|s| row.input_generator.contains(s))
    {
        return Err(err(
            "input_generator",
            "uses numpy, which the sandbox's Python does not have".into(),
        ));
    }
    let parts: Vec<&str> = row.input_levels.split_whitespace().collect();
    if parts.len() != ENAMEL_CASES.len() {
        return Err(err(
            "input_levels",
            format!(
                "expected {} sizes separated by spaces, found {} (`{}`)",
                ENAMEL_CASES.len(),
                parts.len(),
                row.input_levels
            ),
        ));
    }
    let mut sizes = [0u64; 4];
    for (slot, part) in sizes.iter_mut().zip(&parts) {
        *slot = match part.parse::<u64>() {
            Ok(n) if n > crate::limits::MAX_LEVEL_SIZE => {
                return Err(err(
                    "input_levels",
                    format!(
                        "`{part}` is more than the largest size, {}",
                        crate::limits::MAX_LEVEL_SIZE
                    ),
                ))
            }
            Ok(n) if n > 0 => n,
            _ => {
                return Err(err(
                    "input_levels",
                    format!("`{part}` is not a positive integer"),
                ))
            }
        };
    }
    if row.reference_solution.trim().is_empty() {
        return Err(err("reference_solution", "is empty".into()));
    }
    if !row.checker.contains("def __check(") {
        return Err(err(
            "checker",
            "does not define `__check(input, answer, output)`".into(),
        ));
    }
    Ok(Converted {
        id,
        row: row.clone(),
        sizes,
    })
}

/// Reads `csv_path`, converts its rows (those of `subset`) and writes one
/// problem folder per convertible row under `out`, plus `suite.toml`
/// marking the suite as imported. `out` must not exist or be empty.
pub fn import(csv_path: &Path, out: &Path, subset: Subset) -> Result<ImportSummary, ImportError> {
    let file_error = |message: String| ImportError::File {
        path: csv_path.to_path_buf(),
        message,
    };
    let bytes = match crate::limits::read_bounded(csv_path, MAX_DATASET_BYTES) {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(size)) => {
            return Err(file_error(format!(
                "{size} bytes, more than the {MAX_DATASET_BYTES} a dataset file may have; not read"
            )))
        }
        Err(e) => return Err(file_error(e.to_string())),
    };
    let (rows, mut skipped) = read_rows(csv_path, bytes.as_slice())?;
    let out_error = |message: String| ImportError::File {
        path: out.to_path_buf(),
        message,
    };
    if out.exists() {
        let mut entries = std::fs::read_dir(out).map_err(|e| out_error(e.to_string()))?;
        if entries.next().is_some() {
            return Err(out_error(
                "the output folder is not empty (import into a new folder)".into(),
            ));
        }
    }
    let mut summary = ImportSummary::default();
    let mut seen = HashSet::new();
    for row in &rows {
        if subset == Subset::Enamel && ENAMEL_EXCLUDED.contains(&row.index) {
            summary.left_out += 1;
            continue;
        }
        match convert(csv_path, row) {
            Ok(c) if !seen.insert(c.id.clone()) => skipped.push(RowError {
                file: csv_path.to_path_buf(),
                line: row.line,
                row: row.index,
                column: "task_id".into(),
                message: format!(
                    "`{}` gives the id `{}` of an earlier row",
                    row.task_id, c.id
                ),
            }),
            Ok(c) => summary.imported.push(c),
            Err(e) => skipped.push(e),
        }
    }
    skipped.sort_by_key(|e| e.row);
    summary.skipped = skipped;
    let source = csv_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let write = |path: PathBuf, text: String| {
        std::fs::write(&path, text).map_err(|e| ImportError::File {
            path,
            message: e.to_string(),
        })
    };
    std::fs::create_dir_all(out).map_err(|e| out_error(e.to_string()))?;
    write(
        out.join(crate::SUITE_MANIFEST),
        format!(
            "# Written by `effgauge import enamel`: the authoring gates (examples,\n\
             # alternatives, separation) are relaxed for this suite.\n\
             [suite]\nimported = \"enamel\"\nsource = {}\n",
            toml_str(&source)
        ),
    )?;
    for c in &summary.imported {
        let dir = out.join(&c.id);
        std::fs::create_dir_all(&dir).map_err(|e| ImportError::File {
            path: dir.clone(),
            message: e.to_string(),
        })?;
        for (name, text) in files(&source, c) {
            write(dir.join(name), text)?;
        }
    }
    Ok(summary)
}

/// A TOML basic string.
fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

fn with_newline(s: &str) -> String {
    let mut s = s.to_owned();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The files of one converted row, by name.
pub fn files(source: &str, c: &Converted) -> Vec<(&'static str, String)> {
    let row = &c.row;
    let entry = row.entry_point.trim();
    let mut manifest = format!(
        "# Converted by `effgauge import enamel` from {source}, row {} ({}).\n\
         id = {}\ntitle = {}\nentry_point = {}\ntags = [\"enamel\"]\n\
         # ENAMEL gives no difficulty.\ndifficulty = \"medium\"\n{}\n\
         [generator]\nconvention = \"size-level-case\"\n",
        row.index,
        row.task_id.trim(),
        toml_str(&c.id),
        toml_str(&format!("{} ({entry})", row.task_id.trim())),
        toml_str(entry),
        if same_type_equal(&row.checker) {
            "# ENAMEL's checker is `type(output) == type(answer) and output == answer`:\n\
             # the same rule, decided on the host (no checker instance per case).\n\
             compare = \"same-type-equal\"\n"
        } else {
            ""
        },
    );
    for (level, ((cases, weight), size)) in ENAMEL_CASES
        .iter()
        .zip(ENAMEL_WEIGHTS)
        .zip(c.sizes)
        .enumerate()
    {
        manifest.push_str(&format!(
            "\n[[levels]]\nweight = {weight}\ncases = {cases}\nsize = {size}\n\
             description = \"ENAMEL level {level}: size {size}\"\n"
        ));
    }
    // As ENAMEL assembles them: the prompt, then the body that completes it.
    let reference = format!("{}\n{}\n", row.prompt, row.reference_solution);
    let mut offsets = Vec::new();
    let mut total = 0;
    for n in ENAMEL_CASES {
        offsets.push(total.to_string());
        total += n;
    }
    let wrapper = include_str!("py/enamel_generate.py")
        .replace("__SEED__", &ENAMEL_SEED.to_string())
        .replace("__ROW__", &row.index.to_string())
        .replace("__OFFSETS__", &format!("({})", offsets.join(", ")));
    let generator = format!(
        "{}\n{}\n{}\n{}",
        include_str!("py/enamel_helpers.py"),
        row.prompt,
        row.input_generator,
        wrapper
    );
    // The checker sees the prompt's names (e.g. a helper it defines), the
    // prompt's function completed with `pass`, as in ENAMEL.
    let checker = format!(
        "{}\n    pass\n{}\n{}",
        row.prompt,
        row.checker,
        include_str!("py/enamel_check.py")
    );
    let mut files = vec![
        (crate::MANIFEST, manifest),
        (crate::PROMPT, with_newline(&row.prompt)),
        (crate::REFERENCE, reference),
        (crate::GENERATOR, generator),
    ];
    if !same_type_equal(&row.checker) {
        files.push((crate::CHECKER, checker));
    }
    files
}

/// Whether a row's checker is ENAMEL's usual one, `return type(output) ==
/// type(answer) and output == answer` (white space aside), which
/// [`Compare::SameTypeEqual`](crate::Compare::SameTypeEqual) decides on the host.
fn same_type_equal(checker: &str) -> bool {
    let words: Vec<&str> = checker.split_whitespace().collect();
    words.join(" ")
        == "def __check(input, answer, output): \
            return type(output) == type(answer) and output == answer"
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "task_id,prompt,input_generator,input_levels,reference_solution,checker,entry_point\n";

    fn row(levels: &str) -> String {
        format!(
            "T/1,\"def f(x):\n    '''Doc.'''\n\",\"def generate_input(size: int, lid: int, cid: int):\n    return [size]\n\",{levels},\"    return x\n\",\"def __check(input, answer, output):\n    return output == answer\n\",f\n"
        )
    }

    fn read(text: &str) -> (Vec<Row>, Vec<RowError>) {
        read_rows(Path::new("d.csv"), text.as_bytes()).unwrap()
    }

    #[test]
    fn reads_rows_with_their_index_and_line() {
        let (rows, errors) = read(&format!("{HEADER}{}{}", row("1 2 3 4"), row("5 6 7 8")));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].index, rows[0].line), (0, 2));
        // The first row spans 8 lines (its fields hold newlines).
        assert_eq!((rows[1].index, rows[1].line), (1, 10));
        assert_eq!(rows[1].entry_point, "f");
        let c = convert(Path::new("d.csv"), &rows[1]).unwrap();
        assert_eq!((c.id.as_str(), c.sizes), ("t-1", [5, 6, 7, 8]));
    }

    #[test]
    fn a_missing_column_stops_the_import() {
        let err = read_rows(Path::new("d.csv"), "task_id,prompt\nx,y\n".as_bytes()).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("d.csv: line 1: missing column `input_generator`"),
            "{err}"
        );
    }

    #[test]
    fn a_row_with_too_few_fields_is_reported_and_the_rest_read() {
        let text = format!("{HEADER}a,b,c\n{}", row("1 2 3 4"));
        let (rows, errors) = read(&text);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].index, 1);
        assert_eq!(
            errors[0].to_string(),
            "d.csv:2: row 0: has 3 fields, the header has 7"
        );
    }

    #[test]
    fn bad_fields_are_reported_at_file_line_and_column() {
        let text = format!("{HEADER}{}{}", row("1 2 3"), row("1 2 x 4"));
        let (rows, _) = read(&text);
        let e = convert(Path::new("d.csv"), &rows[0]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "d.csv:2:input_levels: row 0: expected 4 sizes separated by spaces, found 3 (`1 2 3`)"
        );
        let e = convert(Path::new("d.csv"), &rows[1]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "d.csv:10:input_levels: row 1: `x` is not a positive integer"
        );
        let mut bad = rows[0].clone();
        bad.entry_point = "not valid".into();
        let e = convert(Path::new("d.csv"), &bad).unwrap_err();
        assert_eq!(e.column, "entry_point");
        let mut bad = rows[0].clone();
        bad.input_generator = "import numpy as np\ndef generate_input(size, lid, cid): pass".into();
        bad.input_levels = "1 2 3 4".into();
        let e = convert(Path::new("d.csv"), &bad).unwrap_err();
        assert!(e.message.contains("numpy"), "{e}");
    }

    #[test]
    fn ids_follow_task_ids() {
        assert_eq!(problem_id("HumanEval/0"), "humaneval-0");
        assert_eq!(problem_id(" Mbpp/12 "), "mbpp-12");
        assert_eq!(problem_id("//"), "");
    }

    #[test]
    fn the_generator_seeds_as_enamel_does() {
        let (rows, _) = read(&format!("{HEADER}{}", row("1 2 3 4")));
        let c = convert(Path::new("d.csv"), &rows[0]).unwrap();
        let files = files("d.csv", &c);
        let generator = &files
            .iter()
            .find(|(n, _)| *n == crate::GENERATOR)
            .unwrap()
            .1;
        assert!(generator
            .contains("_enamel_random.seed(998244353 ^ 0 ^ ((0, 8, 12, 16)[level] + case))"));
        let manifest = &files[0].1;
        assert!(
            manifest.contains("weight = 4\ncases = 4\nsize = 4\n"),
            "{manifest}"
        );
    }
}
