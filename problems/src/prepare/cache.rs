//! The on-disk cache of prepared problems.
//!
//! One folder per (problem content hash, runtime identity, wasmtime version,
//! and the salt's hash if any) holds one file, itself marshal data (the codec
//! is already here and exact): a tuple `("effgauge-prepared", FORMAT, id,
//! compile_allowance, [(level, case, args, expected, fuel, peak, integral),
//! ...])` where `args` and `expected` are marshal bytes and the last two are
//! the reference's memory figures. The format
//! version is in the file name too, so a change of layout or of the
//! generator protocol is a cache miss, never a misread. Files are written to
//! a temporary name and renamed into place, so a reader sees a whole file or
//! none; an entry that does not decode or does not match the problem's cases
//! is ignored and rewritten. A prepared bundle (`bundle.rs`) carries these
//! files' bytes as they are.

use super::prepared::{Case, Prepared};
use crate::{Problem, ProblemsError};
use effgauge_sandboxes::{marshal, MemoryUse, PyValue};
use num_bigint::BigInt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bump when the layout or the way inputs are generated changes.
/// 2: the prompt's import fuel; reference costs include the import above it.
/// 3: the compile allowance (prompt and reference compiled together) in its place.
/// 4: the reference's memory figures per case.
pub(crate) const FORMAT: u32 = 4;
const MAGIC: &str = "effgauge-prepared";

/// The entry's file inside its folder (the format version is in its name).
pub(crate) fn file_name() -> String {
    format!("prepared-v{FORMAT}.marshal")
}

/// The prepared problem cached in `entry`, if there is a usable one.
pub(crate) fn load(entry: &Path, problem: &Problem) -> Option<Prepared> {
    let bytes = std::fs::read(entry.join(file_name())).ok()?;
    decode(&bytes, problem)
}

/// An entry's contents read without the problem: every field well formed,
/// nothing yet checked against the problem's levels and cases.
pub(crate) struct Parsed {
    pub id: String,
    pub compile_allowance: u64,
    pub cases: Vec<Case>,
}

/// Parses an entry's bytes: the magic, this format, and every case's
/// fields (its expected output decoded). `None` if anything is off.
pub(crate) fn parse(bytes: &[u8]) -> Option<Parsed> {
    let PyValue::Tuple(top) = marshal::decode(bytes).ok()? else {
        return None;
    };
    let [PyValue::Str(magic), PyValue::Int(format), PyValue::Str(id), PyValue::Int(compile_allowance), PyValue::List(items)] =
        top.as_slice()
    else {
        return None;
    };
    if magic != MAGIC || *format != BigInt::from(FORMAT) {
        return None;
    }
    let mut cases = Vec::with_capacity(items.len());
    for item in items {
        let PyValue::Tuple(fields) = item else {
            return None;
        };
        let [PyValue::Int(l), PyValue::Int(c), PyValue::Bytes(args), PyValue::Bytes(expected), PyValue::Int(fuel), PyValue::Int(peak), PyValue::Int(integral)] =
            fields.as_slice()
        else {
            return None;
        };
        cases.push(Case {
            level: usize::try_from(l).ok()?,
            case: usize::try_from(c).ok()?,
            args: args.clone(),
            expected: marshal::decode(expected).ok()?.into(),
            reference_fuel: u64::try_from(fuel).ok()?,
            reference_memory: MemoryUse {
                peak_live_bytes: u64::try_from(peak).ok()?,
                live_kib_fuel: u64::try_from(integral).ok()?,
            },
        });
    }
    Some(Parsed {
        id: id.clone(),
        compile_allowance: u64::try_from(compile_allowance).ok()?,
        cases,
    })
}

/// The prepared problem an entry's bytes hold, if they are a whole entry
/// of this problem: its id, and exactly its cases in order.
pub(crate) fn decode(bytes: &[u8], problem: &Problem) -> Option<Prepared> {
    let parsed = parse(bytes)?;
    if parsed.id != problem.id {
        return None;
    }
    let ids = problem.case_ids();
    if parsed.cases.len() != ids.len()
        || parsed
            .cases
            .iter()
            .zip(&ids)
            .any(|(c, &(level, case))| c.level != level || c.case != case)
    {
        return None;
    }
    Some(Prepared::new(
        parsed.cases,
        problem.levels.len(),
        parsed.compile_allowance,
        true,
    ))
}

/// The bytes [`store`] writes for a prepared problem of id `id`.
pub(crate) fn encode(id: &str, prepared: &Prepared) -> Vec<u8> {
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
                PyValue::Int(c.reference_memory.peak_live_bytes.into()),
                PyValue::Int(c.reference_memory.live_kib_fuel.into()),
            ])
        })
        .collect();
    marshal::encode(&PyValue::Tuple(vec![
        PyValue::Str(MAGIC.into()),
        PyValue::Int(FORMAT.into()),
        PyValue::Str(id.to_owned()),
        PyValue::Int(prepared.compile_allowance.into()),
        PyValue::List(items),
    ]))
}

/// Writes a prepared problem to `entry`, atomically.
pub(crate) fn store(
    entry: &Path,
    problem: &Problem,
    prepared: &Prepared,
) -> Result<(), ProblemsError> {
    write_atomic(&entry.join(file_name()), &encode(&problem.id, prepared))
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
