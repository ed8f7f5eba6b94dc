//! Converting one row: checking its shape on the host (each column in
//! order, the first wrong one reported at its line and column) and giving
//! it an effgauge id. Nothing runs here; the sandbox decides the rest when
//! the imported suite is validated.

use super::{Row, RowError, ENAMEL_CASES};
use std::path::Path;

/// A field of a row is at most 256 KiB (ENAMEL's largest is a few KiB):
/// fields become the problem's Python files, the generator two of them
/// together, which must stay within the suite loader's bound
/// ([`crate::limits::MAX_PYTHON_BYTES`], 1 MiB).
pub const MAX_FIELD_BYTES: usize = 256 << 10;

/// A row, checked and ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    pub id: String,
    pub row: Row,
    pub sizes: [u64; 4],
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
    if !crate::format::manifest::is_identifier(entry) {
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
