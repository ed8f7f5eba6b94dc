//! The on-disk cache of prepared problems.
//!
//! One folder per (problem content hash, runtime identity, wasmtime version,
//! and the salt's hash if any) holds one file, itself marshal data (the codec
//! is already here and exact): a tuple `("effgauge-prepared", FORMAT, id,
//! compile_allowance, [(level, case, args, expected, fuel), ...])` where
//! `args` and `expected` are marshal bytes. The format
//! version is in the file name too, so a change of layout or of the
//! generator protocol is a cache miss, never a misread. Files are written to
//! a temporary name and renamed into place, so a reader sees a whole file or
//! none; an entry that does not decode or does not match the problem's cases
//! is ignored and rewritten.

use super::prepared::{Case, Prepared};
use crate::{Problem, ProblemsError};
use effgauge_sandboxes::{marshal, PyValue};
use num_bigint::BigInt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bump when the layout or the way inputs are generated changes.
/// 2: the prompt's import fuel; reference costs include the import above it.
/// 3: the compile allowance (prompt and reference compiled together) in its place.
const FORMAT: u32 = 3;
const MAGIC: &str = "effgauge-prepared";

fn file_name() -> String {
    format!("prepared-v{FORMAT}.marshal")
}

/// The prepared problem cached in `entry`, if there is a usable one.
pub(crate) fn load(entry: &Path, problem: &Problem) -> Option<Prepared> {
    let bytes = std::fs::read(entry.join(file_name())).ok()?;
    let PyValue::Tuple(top) = marshal::decode(&bytes).ok()? else {
        return None;
    };
    let [PyValue::Str(magic), PyValue::Int(format), PyValue::Str(id), PyValue::Int(compile_allowance), PyValue::List(items)] =
        top.as_slice()
    else {
        return None;
    };
    if magic != MAGIC || *format != BigInt::from(FORMAT) || *id != problem.id {
        return None;
    }
    let ids = problem.case_ids();
    if items.len() != ids.len() {
        return None;
    }
    let mut cases = Vec::with_capacity(items.len());
    for (item, &(level, case)) in items.iter().zip(&ids) {
        let PyValue::Tuple(fields) = item else {
            return None;
        };
        let [PyValue::Int(l), PyValue::Int(c), PyValue::Bytes(args), PyValue::Bytes(expected), PyValue::Int(fuel)] =
            fields.as_slice()
        else {
            return None;
        };
        if usize::try_from(l).ok()? != level || usize::try_from(c).ok()? != case {
            return None;
        }
        cases.push(Case {
            level,
            case,
            args: args.clone(),
            expected: marshal::decode(expected).ok()?.into(),
            reference_fuel: u64::try_from(fuel).ok()?,
        });
    }
    Some(Prepared::new(
        cases,
        problem.levels.len(),
        u64::try_from(compile_allowance).ok()?,
        true,
    ))
}

/// Writes a prepared problem to `entry`, atomically.
pub(crate) fn store(
    entry: &Path,
    problem: &Problem,
    prepared: &Prepared,
) -> Result<(), ProblemsError> {
    let items = prepared
        .cases
        .iter()
        .map(|c| {
            PyValue::Tuple(vec![
                PyValue::Int(c.level.into()),
                PyValue::Int(c.case.into()),
                PyValue::Bytes(c.args.clone()),
                PyValue::Bytes(marshal::encode(&c.expected)),
                PyValue::Int(c.reference_fuel.into()),
            ])
        })
        .collect();
    let data = marshal::encode(&PyValue::Tuple(vec![
        PyValue::Str(MAGIC.into()),
        PyValue::Int(FORMAT.into()),
        PyValue::Str(problem.id.clone()),
        PyValue::Int(prepared.compile_allowance.into()),
        PyValue::List(items),
    ]));
    write_atomic(&entry.join(file_name()), &data)
}

/// Writes `data` to a unique temporary file beside `path`, then renames it.
pub(crate) fn write_atomic(path: &Path, data: &[u8]) -> Result<(), ProblemsError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let fail = |e: std::io::Error| ProblemsError::Cache {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let tmp = dir.join(format!(
        ".{}.{}-{}.tmp",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = std::fs::write(&tmp, data).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(fail)
}
