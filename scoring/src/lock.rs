//! One writer per results file: `score` and `merge` hold an exclusive lock
//! on `<out>.lock` for their whole run, so two runs on the same `--out`
//! never write the same journal or results file. The second one is refused
//! at once (exit 3). The lock file is left in place: deleting it would let a
//! third run lock a fresh file while the second still holds the old one.

use crate::ScoringError;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// The lock that goes with a results file: `<out>.lock`.
pub fn path_for(out: &Path) -> PathBuf {
    let mut name = out
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".lock");
    out.with_file_name(name)
}

/// An exclusive lock on the output; released when dropped (or when the
/// process dies, however it dies).
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
}

impl OutputLock {
    /// Takes the lock of `out`, or fails with a setup error naming it.
    pub fn acquire(out: &Path) -> Result<OutputLock, ScoringError> {
        let path = path_for(out);
        let setup = |message: String| ScoringError::Locked {
            path: path.clone(),
            message,
        };
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| setup(format!("cannot create the lock file: {e}")))?;
        match file.try_lock() {
            Ok(()) => Ok(OutputLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(setup(format!(
                "another effgauge run is writing {} (it holds {}); wait for it to finish or choose another --out",
                out.display(),
                path.display()
            ))),
            Err(TryLockError::Error(e)) => Err(setup(format!(
                "cannot lock {} (for {}): {e}",
                path.display(),
                out.display()
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_output_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("r.json");
        let first = OutputLock::acquire(&out).unwrap();
        let err = OutputLock::acquire(&out).unwrap_err();
        assert!(matches!(err, ScoringError::Locked { .. }), "{err}");
        let message = err.to_string();
        assert!(message.contains(&out.display().to_string()), "{message}");
        // Another output is independent.
        OutputLock::acquire(&dir.path().join("other.json")).unwrap();
        drop(first);
        OutputLock::acquire(&out).unwrap();
        assert!(dir.path().join("r.json.lock").exists());
    }
}
