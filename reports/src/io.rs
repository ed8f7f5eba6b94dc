//! Reading and writing results files.

use crate::schema::{ResultsFile, SCHEMA_VERSION};
use crate::ReportsError;
use serde::Deserialize;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Reads and checks a results file.
///
/// The version is checked before the rest of the file, so a file from a
/// newer effgauge is refused as such ("unsupported schema_version 2") rather
/// than with a confusing "unknown field" error. Errors name the file, and
/// JSON errors their line and column.
pub fn read_results(path: impl AsRef<Path>) -> Result<ResultsFile, ReportsError> {
    let path = path.as_ref();
    let text = fs::read_to_string(path).map_err(|source| ReportsError::Read {
        path: path.to_owned(),
        source,
    })?;
    parse_results(path, &text)
}

/// Parses the text of a results file; `path` only names it in errors.
pub fn parse_results(path: impl AsRef<Path>, text: &str) -> Result<ResultsFile, ReportsError> {
    let path = path.as_ref();
    /// Only the version; every other field is skipped.
    #[derive(Deserialize)]
    struct Probe {
        schema_version: Option<u64>,
    }
    let probe: Probe = serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    if let Some(found) = probe.schema_version {
        if found != u64::from(SCHEMA_VERSION) {
            return Err(ReportsError::UnsupportedVersion {
                path: path.to_owned(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
    }
    serde_json::from_str(text).map_err(|e| json_error(path, &e))
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
pub fn write_results_atomic(
    path: impl AsRef<Path>,
    results: &ResultsFile,
) -> Result<(), ReportsError> {
    let mut bytes = serde_json::to_vec_pretty(results)?;
    bytes.push(b'\n');
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
