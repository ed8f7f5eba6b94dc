//! # Prepared bundles: a suite's prepared cases in one portable file
//!
//! Preparing the bundled suite from scratch runs every generator and every
//! reference in the sandbox; a runner that starts with an empty cache pays
//! that before its first sample. A *bundle* carries the prepared entries of
//! a suite from one machine to another (a CI cache, a container image), so
//! that a fresh runner starts warm: `effgauge prepare --out FILE` writes
//! one, `effgauge prepare --restore FILE` installs it into the suite cache.
//!
//! ## The format (version 1)
//!
//! ```text
//! effgauge-prepared-bundle\n         the magic line (25 bytes)
//! <N>\n                              the manifest's length in bytes, in decimal
//! <N bytes of JSON>                  the manifest (BundleManifest)
//! <entry 0><entry 1>...              each entry's bytes, back to back, in manifest order
//! ```
//!
//! and nothing after the last entry. The manifest names what the entries
//! were prepared for — the bundle format version, the cache's entry format,
//! the runtime's identity, the wasmtime version, the metering version, the
//! cost model and its fingerprint, the salt's SHA-256 or `null` — and per
//! entry the problem's id and content hash, its cache key, its length and
//! its SHA-256. An entry's bytes are the cache's own file for that problem
//! (`prepared-v3.marshal`, see `cache.rs`), exactly as [`crate::prepare_in`]
//! stores it. Entries are sorted by problem id, and nothing in the file
//! depends on the machine, the time or the install path: the same suite on
//! the same runtime gives the same bytes anywhere.
//!
//! ## Restoring
//!
//! A bundle read from a file is untrusted. [`restore`] checks, before it
//! writes anything: the magic; the manifest's length against
//! [`BundleBounds::manifest_bytes`]; the manifest itself (no unknown
//! field); the format versions; that it was made for this runtime,
//! wasmtime, metering version and cost model (a mismatch names both
//! values); the number of entries, each entry's length and their total
//! against the bounds; that the file is exactly as long as the manifest
//! says; that each entry's key is the one this machine's cache would use
//! for that problem (so an entry can only land in its own folder); and then
//! every entry's length, SHA-256, and that it parses as a prepared entry of
//! the problem it names. Only then are entries installed, each written to a
//! temporary file beside its place and renamed (and hashed again as it is
//! read for that). An entry already present with the same bytes is
//! skipped; one present with other bytes that still parses is kept (the
//! local one was computed here) and reported. Every error is a
//! [`ProblemsError::Bundle`] naming the file and the field.
//!
//! The SHA-256s guard against corruption, not against whoever made the
//! bundle: a bundle is as trustworthy as where it came from (a cache your
//! own CI wrote, an image you built).
//!
//! ## Writing
//!
//! [`write_bundle`] writes to a temporary file beside the target, syncs it
//! and renames it into place, and refuses a bundle [`restore`] would refuse
//! for its size. A bundle made under a salt records only the salt's hash,
//! but it holds the held-out inputs and expected outputs themselves: it is
//! as secret as the salt, so it is written readable by its owner only, and
//! `effgauge prepare` writes one only when told `--allow-secret-inputs`.

use super::cache;
use super::prepared::{entry_key, Prepared};
use crate::{Problem, ProblemsError, Salt};
use effgauge_sandboxes::{
    CostModel, RuntimeInfo, SandboxEngine, METERING_VERSION, WASMTIME_VERSION,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The file's first bytes.
pub const BUNDLE_MAGIC: &[u8] = b"effgauge-prepared-bundle\n";
/// The manifest's `format`.
pub const BUNDLE_FORMAT: &str = "effgauge-prepared-bundle";
/// The manifest's `version`: bump when the layout changes.
pub const BUNDLE_VERSION: u32 = 1;
/// The longest manifest length line (digits of a `u64`).
const MAX_LENGTH_DIGITS: usize = 20;
/// The longest problem id a manifest may hold; other strings from the file
/// are cut to this length in messages.
const MAX_LABEL_BYTES: usize = 256;

/// How much of a bundle file is read before it is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BundleBounds {
    /// The manifest's length.
    pub manifest_bytes: u64,
    /// The number of entries.
    pub entries: usize,
    /// One entry's length (an entry is decoded whole when checked).
    pub entry_bytes: u64,
    /// All entries together.
    pub total_bytes: u64,
}

impl BundleBounds {
    /// 4 MiB of manifest (10 000 entries take about 3.5 MB), 10 000
    /// entries, 64 MiB per entry (the bundled suite's largest is 10 MB,
    /// the ENAMEL import's 38 MB) and 4 GiB in all.
    pub const DEFAULT: BundleBounds = BundleBounds {
        manifest_bytes: 4 << 20,
        entries: 10_000,
        entry_bytes: 64 << 20,
        total_bytes: 4 << 30,
    };
}

impl Default for BundleBounds {
    fn default() -> Self {
        BundleBounds::DEFAULT
    }
}

/// What prepared entries were made on: the engine a bundle is made on, or
/// the one it is restored for (the wasmtime and metering versions are
/// this build's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleTarget {
    /// [`RuntimeInfo::identity`].
    pub runtime_identity: String,
    /// The cost model's name.
    pub cost_model: String,
    /// The cost model's name and weights ([`CostModel::fingerprint`]).
    pub cost_fingerprint: String,
}

impl BundleTarget {
    /// For this runtime and cost model, without an engine (restoring needs
    /// no snapshot).
    pub fn new(runtime: &RuntimeInfo, cost_model: CostModel) -> BundleTarget {
        BundleTarget {
            runtime_identity: runtime.identity(),
            cost_model: cost_model.name().to_owned(),
            cost_fingerprint: cost_model.fingerprint(),
        }
    }

    /// What `engine` prepares for.
    pub fn of(engine: &SandboxEngine) -> BundleTarget {
        BundleTarget {
            runtime_identity: engine.runtime().identity(),
            cost_model: engine.cost_model().name().to_owned(),
            cost_fingerprint: engine.cost_fingerprint(),
        }
    }
}

/// A bundle's manifest (JSON, field order as here).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleManifest {
    /// Always [`BUNDLE_FORMAT`].
    pub format: String,
    /// [`BUNDLE_VERSION`] when written.
    pub version: u32,
    /// The cache's entry format (the `3` of `prepared-v3.marshal`).
    pub entry_format: u32,
    pub runtime_identity: String,
    pub wasmtime: String,
    pub metering_version: u32,
    pub cost_model: String,
    pub cost_fingerprint: String,
    /// The salt's SHA-256 (hex) for held-out inputs, `null` for the
    /// published seeds. Never the salt.
    pub salt_sha256: Option<String>,
    pub entries: Vec<BundleEntry>,
}

/// One prepared problem in a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleEntry {
    /// The problem's id.
    pub problem: String,
    /// The problem's content hash (the first part of its key).
    pub content_hash: String,
    /// The cache folder the entry goes to ([`crate::cache_key`]).
    pub key: String,
    /// The entry's length.
    pub bytes: u64,
    /// The entry's SHA-256 (hex).
    pub sha256: String,
}

/// What [`write_bundle`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenBundle {
    pub entries: usize,
    /// The file's length.
    pub bytes: u64,
    /// The file's SHA-256 (hex).
    pub sha256: String,
}

/// What [`restore`] did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RestoreReport {
    /// Entries written into the cache.
    pub installed: usize,
    /// Entries already there with the same bytes.
    pub present: usize,
    /// Problems whose entry was already there with other bytes that parse:
    /// the local one is kept.
    pub kept_local: Vec<String>,
    /// The bytes of all entries.
    pub bytes: u64,
    /// The manifest's salt hash.
    pub salt_sha256: Option<String>,
}

/// Writes the prepared problems as one bundle to `path`, atomically (a
/// temporary file beside it, synced, renamed); makes `path`'s folder if
/// needed. `target` must be what they were prepared on and `salt` what
/// they were prepared under. Refuses a bundle [`restore`] would refuse for
/// its size.
pub fn write_bundle(
    path: &Path,
    target: &BundleTarget,
    salt: Option<&Salt>,
    prepared: &[(&Problem, &Prepared)],
) -> Result<WrittenBundle, ProblemsError> {
    let entries = prepared
        .iter()
        .map(|(problem, prepared)| RawEntry {
            problem: problem.id.clone(),
            content_hash: problem.content_hash.clone(),
            data: cache::encode(&problem.id, prepared),
        })
        .collect();
    let encoded = encode_bundle(
        path,
        target,
        salt.map(Salt::sha256_hex),
        entries,
        &BundleBounds::DEFAULT,
    )?;
    let (bytes, sha256) = write_file(path, encoded.parts(), salt.is_some())?;
    Ok(WrittenBundle {
        entries: prepared.len(),
        bytes,
        sha256,
    })
}

/// Checks the bundle in `path` against `target` and `bounds`, then installs
/// its entries into the suite cache `cache_dir` (see the module's doc).
/// Nothing is written unless every entry checks.
pub fn restore(
    path: &Path,
    target: &BundleTarget,
    cache_dir: &Path,
    bounds: &BundleBounds,
) -> Result<RestoreReport, ProblemsError> {
    let mut bundle = Bundle::open(path, target, bounds)?;
    bundle.verify()?;
    bundle.install(cache_dir)
}

/// One entry to bundle: the problem and the cache's bytes for it.
pub(crate) struct RawEntry {
    pub problem: String,
    pub content_hash: String,
    pub data: Vec<u8>,
}

/// The bundle's bytes (see the module's doc), entries sorted by problem id.
pub(crate) fn encode_bundle(
    path: &Path,
    target: &BundleTarget,
    salt_sha256: Option<&str>,
    mut entries: Vec<RawEntry>,
    bounds: &BundleBounds,
) -> Result<Encoded, ProblemsError> {
    entries.sort_by(|a, b| (&a.problem, &a.content_hash).cmp(&(&b.problem, &b.content_hash)));
    let fail = |field: String, message: String| bad(path, &field, message);
    if entries.len() > bounds.entries {
        return Err(fail(
            "manifest.entries".into(),
            format!(
                "{} entries, over the bound of {} a bundle may hold",
                entries.len(),
                bounds.entries
            ),
        ));
    }
    let mut total = 0u64;
    let mut keys = HashSet::new();
    let mut manifest_entries = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let len = e.data.len() as u64;
        if len > bounds.entry_bytes {
            return Err(fail(
                format!("manifest.entries[{i}].bytes"),
                format!(
                    "problem `{}`: its prepared entry is {len} bytes, over the bound of {} bytes per entry",
                    e.problem, bounds.entry_bytes
                ),
            ));
        }
        total += len;
        let key = entry_key(
            &e.content_hash,
            &target.runtime_identity,
            &target.cost_fingerprint,
            salt_sha256,
        );
        if !keys.insert(key.clone()) {
            return Err(fail(
                format!("manifest.entries[{i}].key"),
                format!("problem `{}`: key `{key}` appears twice", e.problem),
            ));
        }
        manifest_entries.push(BundleEntry {
            problem: e.problem.clone(),
            content_hash: e.content_hash.clone(),
            key,
            bytes: len,
            sha256: hex::encode(Sha256::digest(&e.data)),
        });
    }
    if total > bounds.total_bytes {
        return Err(fail(
            "manifest.entries".into(),
            format!(
                "the entries take {total} bytes, over the bound of {} bytes",
                bounds.total_bytes
            ),
        ));
    }
    let manifest = BundleManifest {
        format: BUNDLE_FORMAT.to_owned(),
        version: BUNDLE_VERSION,
        entry_format: cache::FORMAT,
        runtime_identity: target.runtime_identity.clone(),
        wasmtime: WASMTIME_VERSION.to_owned(),
        metering_version: METERING_VERSION,
        cost_model: target.cost_model.clone(),
        cost_fingerprint: target.cost_fingerprint.clone(),
        salt_sha256: salt_sha256.map(str::to_owned),
        entries: manifest_entries,
    };
    let mut json = serde_json::to_vec_pretty(&manifest).expect("a manifest serialises");
    json.push(b'\n');
    if json.len() as u64 > bounds.manifest_bytes {
        return Err(fail(
            "manifest".into(),
            format!(
                "{} bytes, over the bound of {} bytes",
                json.len(),
                bounds.manifest_bytes
            ),
        ));
    }
    let mut head = BUNDLE_MAGIC.to_vec();
    head.extend_from_slice(format!("{}\n", json.len()).as_bytes());
    head.extend_from_slice(&json);
    Ok(Encoded { head, entries })
}

/// A bundle's bytes in parts: the magic, the length line and the manifest,
/// then each entry (not copied into one buffer).
pub(crate) struct Encoded {
    head: Vec<u8>,
    entries: Vec<RawEntry>,
}

impl Encoded {
    fn parts(&self) -> impl Iterator<Item = &[u8]> {
        std::iter::once(self.head.as_slice()).chain(self.entries.iter().map(|e| e.data.as_slice()))
    }

    /// The whole file.
    #[cfg(test)]
    fn to_vec(&self) -> Vec<u8> {
        self.parts().flatten().copied().collect()
    }
}

/// Writes `parts` one after the other to `path` through a synced temporary
/// file beside it, renamed into place; returns the file's length and
/// SHA-256. A bundle of held-out inputs (`secret`) is readable by its owner
/// only; any other gets the usual mode (0666 less the umask), so that
/// another user (a container's) can restore it.
fn write_file<'a>(
    path: &Path,
    parts: impl Iterator<Item = &'a [u8]>,
    secret: bool,
) -> Result<(u64, String), ProblemsError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let fail = |e: std::io::Error| ProblemsError::Output {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    let tmp = dir.join(format!(
        ".{}.{}-{}.tmp",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if secret {
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    let mut hasher = Sha256::new();
    let mut len = 0u64;
    let result = options.open(&tmp).and_then(|file| {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
        for part in parts {
            out.write_all(part)?;
            hasher.update(part);
            len += part.len() as u64;
        }
        out.into_inner()
            .map_err(std::io::IntoInnerError::into_error)?
            .sync_all()?;
        std::fs::rename(&tmp, path)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(fail)?;
    Ok((len, hex::encode(hasher.finalize())))
}

mod restore;
#[cfg(test)]
mod tests;

use restore::{bad, Bundle};
