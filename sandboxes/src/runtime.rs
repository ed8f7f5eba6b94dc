//! Finding the CPython-WASI runtime that `runtime/build-python.sh` built.
//!
//! The build script caches its result under a key that hashes the recipe (the
//! script, the `_effgauge` module source and its memory functions). This
//! crate embeds the same three files, so a binary knows exactly which build it was made for and never
//! picks up a stale one.

use crate::SandboxError;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const BUILD_SCRIPT: &[u8] = include_bytes!("../runtime/build-python.sh");
const MODULE_SOURCE: &[u8] = include_bytes!("../runtime/effgauge_module.c");
const MEMORY_SOURCE: &[u8] = include_bytes!("../runtime/effgauge_mem.c");
const OBMALLOC_SOURCE: &[u8] = include_bytes!("../runtime/effgauge_obmalloc.c");
const PY_VERSION: &str = "3.11.2";
/// The stdlib's folder inside the runtime's `lib/`.
const STDLIB_SUBDIR: &str = "python3.11";

/// What every result records about the interpreter it ran on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuntimeInfo {
    pub name: String,
    pub version: String,
    /// SHA-256 of `python.wasm`.
    pub sha256: String,
    /// SHA-256 of the stdlib image the interpreter imports from (see
    /// [`crate::image`]): computed from the files' contents, never from their
    /// metadata. Empty in a `runtime.json` (it is computed on load).
    #[serde(default)]
    pub stdlib_sha256: String,
}

impl RuntimeInfo {
    /// The runtime's identity for cache keys: SHA-256 over the interpreter's
    /// and the stdlib image's hashes, so a changed stdlib file is a new
    /// runtime while a copied or touched one is the same.
    pub fn identity(&self) -> String {
        let mut hasher = Sha256::new();
        hasher.update(self.sha256.as_bytes());
        hasher.update(b"\n");
        hasher.update(self.stdlib_sha256.as_bytes());
        hex::encode(hasher.finalize())
    }
}

/// A built runtime: the interpreter and its stdlib image.
#[derive(Debug, Clone)]
pub struct Runtime {
    pub dir: PathBuf,
    pub info: RuntimeInfo,
    /// The stdlib as one image (see [`crate::image`]), handed to the
    /// interpreter when the snapshot is made.
    pub image: std::sync::Arc<Vec<u8>>,
}

/// Where effgauge keeps caches: `$EFFGAUGE_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/effgauge`, else `~/.cache/effgauge` (as the build script).
pub fn cache_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("EFFGAUGE_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_else(|| "/tmp".into())).join(".cache")
        });
    base.join("effgauge")
}

/// The recipe key, computed exactly as the build script computes it.
pub fn recipe_key() -> String {
    let mut hasher = Sha256::new();
    hasher.update(BUILD_SCRIPT);
    hasher.update(MODULE_SOURCE);
    hasher.update(MEMORY_SOURCE);
    hasher.update(OBMALLOC_SOURCE);
    hex::encode(hasher.finalize())[..16].to_owned()
}

/// The build script, for messages that tell a user how to build.
pub fn build_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/build-python.sh")
}

/// The recipe this binary was made for, as files (name, contents): what
/// `build-python.sh` needs beside it. Writing them out and running the
/// script builds the very runtime [`Runtime::locate`] looks for, with no
/// checkout of effgauge's sources.
pub fn recipe_files() -> [(&'static str, &'static [u8]); 4] {
    [
        ("build-python.sh", BUILD_SCRIPT),
        ("effgauge_module.c", MODULE_SOURCE),
        ("effgauge_mem.c", MEMORY_SOURCE),
        ("effgauge_obmalloc.c", OBMALLOC_SOURCE),
    ]
}

impl Runtime {
    /// The runtime in `dir`, else in `$EFFGAUGE_RUNTIME`, else the one the
    /// build script caches for this recipe.
    pub fn locate(dir: Option<&Path>) -> Result<Runtime, SandboxError> {
        let dir = match dir {
            Some(d) => d.to_path_buf(),
            None => match std::env::var_os("EFFGAUGE_RUNTIME") {
                Some(d) => PathBuf::from(d),
                None => cache_root()
                    .join("runtime")
                    .join(format!("cpython-{PY_VERSION}-wasi-{}", recipe_key())),
            },
        };
        let manifest = dir.join("runtime.json");
        if !manifest.is_file() || !dir.join("python.wasm").is_file() {
            return Err(SandboxError::RuntimeMissing {
                path: dir,
                script: build_script().display().to_string(),
            });
        }
        let text = std::fs::read_to_string(&manifest).map_err(SandboxError::io(&manifest))?;
        let mut info: RuntimeInfo =
            serde_json::from_str(&text).map_err(|e| SandboxError::RuntimeInvalid {
                path: manifest.clone(),
                message: e.to_string(),
            })?;
        let image = crate::image::build(&dir.join("lib").join(STDLIB_SUBDIR))?;
        info.stdlib_sha256 = hex::encode(Sha256::digest(&image));
        Ok(Runtime {
            dir,
            info,
            image: std::sync::Arc::new(image),
        })
    }

    pub fn wasm_path(&self) -> PathBuf {
        self.dir.join("python.wasm")
    }

    /// Reads the interpreter and checks it is the build `runtime.json` names.
    pub fn read_wasm(&self) -> Result<Vec<u8>, SandboxError> {
        let path = self.wasm_path();
        let bytes = std::fs::read(&path).map_err(SandboxError::io(&path))?;
        let sha = hex::encode(Sha256::digest(&bytes));
        if sha != self.info.sha256 {
            return Err(SandboxError::RuntimeInvalid {
                path,
                message: format!("SHA-256 is {sha}, runtime.json says {}", self.info.sha256),
            });
        }
        Ok(bytes)
    }
}
