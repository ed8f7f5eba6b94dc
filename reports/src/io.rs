//! Reading and writing results files.

use crate::limits::{self, MAX_RESULTS_FILE_BYTES};
use crate::schema::{ResultsFile, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION};
use crate::ReportsError;
use serde::Deserialize;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Reads and checks a results file.
///
/// The file's size is checked before anything is read (at most
/// [`MAX_RESULTS_FILE_BYTES`]), and never more than that is read, whatever
/// the file claims. The version is checked before the rest of the file, so
/// a file from a newer effgauge is refused as such ("unsupported
/// schema_version 3") rather than with a confusing "unknown field" error.
/// Then every bound of [`crate::limits`] is checked. Errors name the file,
/// JSON errors their line and column, and a field over its bound its line
/// and JSON path.
pub fn read_results(path: impl AsRef<Path>) -> Result<ResultsFile, ReportsError> {
    let path = path.as_ref();
    let read_err = |source| ReportsError::Read {
        path: path.to_owned(),
        source,
    };
    let too_large = |size| ReportsError::TooLarge {
        path: path.to_owned(),
        size,
        limit: MAX_RESULTS_FILE_BYTES,
    };
    let file = File::open(path).map_err(read_err)?;
    let size = file.metadata().map_err(read_err)?.len();
    if size > MAX_RESULTS_FILE_BYTES {
        return Err(too_large(Some(size)));
    }
    // A pipe or a file that grows while being read reports a size it does
    // not keep to: one byte over the bound is all that is ever read.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_RESULTS_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > MAX_RESULTS_FILE_BYTES {
        return Err(too_large(None));
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| read_err(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))?;
    parse_results(path, &text)
}

/// Parses the text of a results file and checks it as [`read_results`]
/// does; `path` only names it in errors.
pub fn parse_results(path: impl AsRef<Path>, text: &str) -> Result<ResultsFile, ReportsError> {
    let path = path.as_ref();
    if text.len() as u64 > MAX_RESULTS_FILE_BYTES {
        return Err(ReportsError::TooLarge {
            path: path.to_owned(),
            size: Some(text.len() as u64),
            limit: MAX_RESULTS_FILE_BYTES,
        });
    }
    /// Only the version; every other field is skipped.
    #[derive(Deserialize)]
    struct Probe {
        schema_version: Option<u64>,
    }
    let probe: Probe = serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    if let Some(found) = probe.schema_version {
        if !(u64::from(OLDEST_SCHEMA_VERSION)..=u64::from(SCHEMA_VERSION)).contains(&found) {
            return Err(ReportsError::UnsupportedVersion {
                path: path.to_owned(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
    }
    let file: ResultsFile = serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    limits::check(&file).map_err(|v| ReportsError::Limit {
        path: path.to_owned(),
        line: limits::line_of(text, &v.field),
        field: v.field.to_string(),
        message: v.message,
    })?;
    Ok(file)
}

fn json_error(path: &Path, e: &serde_json::Error) -> ReportsError {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
    ReportsError::Json {
        path: path.to_owned(),
        line: e.line(),
        column: e.column(),
        message,
    }
}

/// Writes a results file atomically: pretty JSON with a trailing newline,
/// to a temporary file in the same directory, fsynced, then renamed over
/// `path`. A reader sees the old file or the new one, never half of one.
/// A file over [`MAX_RESULTS_FILE_BYTES`] is not written (no reader would
/// read it).
pub fn write_results_atomic(
    path: impl AsRef<Path>,
    results: &ResultsFile,
) -> Result<(), ReportsError> {
    let mut bytes = serde_json::to_vec_pretty(results)?;
    bytes.push(b'\n');
    if bytes.len() as u64 > MAX_RESULTS_FILE_BYTES {
        // Every reader would refuse it.
        return Err(ReportsError::TooLarge {
            path: path.as_ref().to_owned(),
            size: Some(bytes.len() as u64),
            limit: MAX_RESULTS_FILE_BYTES,
        });
    }
    write_atomic(path, &bytes)
}

/// Writes `bytes` to `path` atomically (temporary file in the same
/// directory, fsync, rename; then the directory is fsynced where the
/// platform allows it). The temporary file is removed on failure.
pub fn write_atomic(path: impl AsRef<Path>, bytes: &[u8]) -> Result<(), ReportsError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let path = path.as_ref();
    let write_err = |source| ReportsError::Write {
        path: path.to_owned(),
        source,
    };
    let name = path.file_name().ok_or_else(|| {
        write_err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file name",
        ))
    })?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let tmp = dir.join(format!(
        ".{}.{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        // Make the rename itself durable; not possible on every platform.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(write_err)
}
