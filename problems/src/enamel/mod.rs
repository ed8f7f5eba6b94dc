//! `effgauge import enamel`: an effgauge suite from ENAMEL's dataset file
//! (`dataset/enamel.csv` of q-rz/enamel), one problem per row.
//!
//! ENAMEL is the published benchmark of code efficiency that effgauge is
//! most often compared with, so effgauge can score on ENAMEL's own problems:
//! the importer turns its dataset into an ordinary suite, and from then on
//! nothing in effgauge knows the suite came from elsewhere except for its
//! `suite.toml`, which relaxes the authoring gates (ENAMEL ships no
//! docstring examples and no alternatives). What must survive the
//! conversion is ENAMEL's inputs, exactly, or a comparison of the two would
//! compare different tests.
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
//! [`import`] takes the three steps in turn, one file each: `dataset` reads
//! the file's rows ([`read_rows`]), `convert` checks a row and names its
//! problem ([`convert()`]), and `files` makes the problem's files
//! ([`files()`]), which [`import`] then writes out.

mod convert;
mod dataset;
mod files;

pub use convert::{convert, problem_id, Converted, MAX_FIELD_BYTES};
pub use dataset::{read_rows, Row, RowError, COLUMNS, MAX_DATASET_BYTES};
pub use files::files;

use std::collections::HashSet;
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

/// Which rows to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subset {
    /// Every row of the file.
    All,
    /// ENAMEL's own 142-problem set: every row but [`ENAMEL_EXCLUDED`].
    Enamel,
}

/// What stops the whole import (the file cannot be read, a column is
/// missing, the output folder is in the way).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: {message}", path.display())]
    File { path: PathBuf, message: String },
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
    let folder_error = |(path, message): (PathBuf, String)| ImportError::File { path, message };
    crate::format::suite::check_import_folder(out).map_err(folder_error)?;
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
    crate::format::suite::write_imported_suite(
        out,
        "enamel",
        &source,
        summary
            .imported
            .iter()
            .map(|c| (c.id.as_str(), files(&source, c))),
    )
    .map_err(folder_error)?;
    Ok(summary)
}

#[cfg(test)]
mod tests;
