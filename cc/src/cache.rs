//! The module cache: a compiled module (with the candidate's own data
//! bytes in front) or a compile error per key, written whole and renamed,
//! and kept under [`MAX_CACHE_BYTES`] by dropping the least recently
//! written entries.

use crate::compile::{Built, Compiler, Module};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

impl Compiler {
    pub(crate) fn cached(&self, key: &str, warnings: &[String]) -> Option<Built> {
        let dir = self.cache.as_ref()?;
        if let Ok(bytes) = std::fs::read(dir.join(format!("{key}.module"))) {
            // The candidate's own data bytes, then the module.
            let (own, wasm) = bytes.split_at_checked(8)?;
            return Some(Built::Module(Module {
                wasm: Arc::new(wasm.to_vec()),
                key: key.to_owned(),
                warnings: warnings.to_vec(),
                own_data_bytes: u64::from_le_bytes(own.try_into().ok()?),
                from_cache: true,
                compile_time: Duration::ZERO,
            }));
        }
        let message = std::fs::read_to_string(dir.join(format!("{key}.err"))).ok()?;
        Some(Built::Rejected(message))
    }

    /// Best effort: a cache that cannot be written only costs a recompile.
    pub(crate) fn store(&self, key: &str, built: &Built) {
        let Some(dir) = &self.cache else { return };
        let (name, bytes) = match built {
            Built::Module(m) => {
                let mut bytes = m.own_data_bytes.to_le_bytes().to_vec();
                bytes.extend_from_slice(&m.wasm);
                (format!("{key}.module"), bytes)
            }
            Built::Rejected(message) => (format!("{key}.err"), message.as_bytes().to_vec()),
        };
        let _ = std::fs::create_dir_all(dir).and_then(|()| {
            let mut file = tempfile::NamedTempFile::new_in(dir)?;
            std::io::Write::write_all(&mut file, &bytes)?;
            file.persist(dir.join(name))
                .map(|_| ())
                .map_err(|e| e.error)
        });
        trim(dir, MAX_CACHE_BYTES);
    }
}

/// The module cache's bound on disk.
pub const MAX_CACHE_BYTES: u64 = 1 << 30;

/// Keeps `dir` under `max` bytes: the least recently written entries go
/// first, down to three quarters of it.
fn trim(dir: &Path, max: u64) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, u64, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let meta = e.metadata().ok().filter(|m| m.is_file())?;
            Some((meta.modified().ok()?, meta.len(), e.path()))
        })
        .collect();
    let mut total: u64 = files.iter().map(|f| f.1).sum();
    if total <= max {
        return;
    }
    files.sort();
    for (_, len, path) in files {
        if total <= max / 4 * 3 {
            break;
        }
        if std::fs::remove_file(&path).is_ok() {
            total = total.saturating_sub(len);
        }
    }
}
