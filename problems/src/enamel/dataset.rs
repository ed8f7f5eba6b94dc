//! Reading ENAMEL's dataset file: its rows, each with the line it starts
//! on, so that every later complaint can point into the file. A row that
//! does not parse is reported and skipped; only an unreadable file or a
//! missing column stops the import.

use super::ImportError;
use std::fmt;
use std::path::{Path, PathBuf};

/// A dataset file is at most 64 MiB, checked before it is read (ENAMEL's
/// `enamel.csv` is under 1 MiB; every row is held in memory).
pub const MAX_DATASET_BYTES: u64 = 64 << 20;

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
