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

/// A bundle error about `field` of the file `path`.
fn bad(path: &Path, field: &str, message: impl Into<String>) -> ProblemsError {
    ProblemsError::Bundle {
        path: path.to_path_buf(),
        field: field.to_owned(),
        message: message.into(),
    }
}

/// An opened bundle whose header and manifest have been checked.
pub(crate) struct Bundle {
    path: PathBuf,
    file: File,
    pub manifest: BundleManifest,
    /// Where the first entry begins.
    data_start: u64,
}

/// The fields read first, to name the version before anything else.
#[derive(Deserialize)]
struct Head {
    format: String,
    version: u32,
}

impl Bundle {
    /// Opens `path` and checks everything but the entries' contents: the
    /// header, the manifest, that it is for `target`, the bounds, the keys
    /// and the file's length.
    pub(crate) fn open(
        path: &Path,
        target: &BundleTarget,
        bounds: &BundleBounds,
    ) -> Result<Bundle, ProblemsError> {
        let io = |e: std::io::Error| bad(path, "", e.to_string());
        let mut file = File::open(path).map_err(io)?;
        let metadata = file.metadata().map_err(io)?;
        if !metadata.is_file() {
            return Err(bad(path, "", "not a regular file"));
        }
        let file_len = metadata.len();
        // The magic and the length line.
        let mut head = Vec::new();
        (&mut file)
            .take((BUNDLE_MAGIC.len() + MAX_LENGTH_DIGITS + 1) as u64)
            .read_to_end(&mut head)
            .map_err(io)?;
        if !head.starts_with(BUNDLE_MAGIC) {
            return Err(bad(
                path,
                "header",
                "not a prepared bundle: it does not begin with `effgauge-prepared-bundle`",
            ));
        }
        let rest = &head[BUNDLE_MAGIC.len()..];
        let Some(newline) = rest.iter().position(|&b| b == b'\n') else {
            return Err(bad(
                path,
                "header.manifest_length",
                format!(
                    "expected the manifest's length in at most {MAX_LENGTH_DIGITS} decimal digits and a newline after the magic line"
                ),
            ));
        };
        let digits = &rest[..newline];
        let manifest_len = std::str::from_utf8(digits)
            .ok()
            .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .filter(|d| d.len() == 1 || !d.starts_with('0'))
            .and_then(|d| d.parse::<u64>().ok())
            .ok_or_else(|| {
                bad(
                    path,
                    "header.manifest_length",
                    format!(
                        "`{}` is not a length in decimal digits",
                        String::from_utf8_lossy(digits).escape_debug()
                    ),
                )
            })?;
        if manifest_len > bounds.manifest_bytes {
            return Err(bad(
                path,
                "header.manifest_length",
                format!(
                    "the manifest is {manifest_len} bytes, over the bound of {} bytes",
                    bounds.manifest_bytes
                ),
            ));
        }
        let manifest_start = (BUNDLE_MAGIC.len() + newline + 1) as u64;
        let data_start = manifest_start + manifest_len;
        if data_start > file_len {
            return Err(bad(
                path,
                "manifest",
                format!(
                    "truncated: the manifest ends at byte {data_start} but the file has {file_len} bytes"
                ),
            ));
        }
        file.seek(SeekFrom::Start(manifest_start)).map_err(io)?;
        let mut json = vec![0; manifest_len as usize];
        file.read_exact(&mut json).map_err(io)?;
        let head: Head = serde_json::from_slice(&json)
            .map_err(|e| bad(path, "manifest", format!("not a bundle manifest: {e}")))?;
        if head.format != BUNDLE_FORMAT {
            return Err(bad(
                path,
                "manifest.format",
                format!("`{}`, expected `{BUNDLE_FORMAT}`", clip(&head.format)),
            ));
        }
        if head.version != BUNDLE_VERSION {
            return Err(bad(
                path,
                "manifest.version",
                format!(
                    "bundle format version {}, this effgauge reads version {BUNDLE_VERSION} (make the bundle with this effgauge)",
                    head.version
                ),
            ));
        }
        let manifest: BundleManifest =
            serde_json::from_slice(&json).map_err(|e| bad(path, "manifest", e.to_string()))?;
        check_target(path, &manifest, target)?;
        check_entries(path, &manifest, bounds)?;
        let total: u64 = manifest.entries.iter().map(|e| e.bytes).sum();
        let expected_len = data_start + total;
        if file_len < expected_len {
            return Err(bad(
                path,
                "entries",
                format!(
                    "truncated: the manifest's entries end at byte {expected_len} but the file has {file_len} bytes"
                ),
            ));
        }
        if file_len > expected_len {
            return Err(bad(
                path,
                "entries",
                format!(
                    "{} bytes after the last entry (the manifest's entries end at byte {expected_len})",
                    file_len - expected_len
                ),
            ));
        }
        Ok(Bundle {
            path: path.to_path_buf(),
            file,
            manifest,
            data_start,
        })
    }

    /// Reads every entry and checks its length, its SHA-256 and that it is
    /// a prepared entry of the problem it names.
    pub(crate) fn verify(&mut self) -> Result<(), ProblemsError> {
        self.seek_data()?;
        for i in 0..self.manifest.entries.len() {
            let data = self.read_entry(i)?;
            let entry = &self.manifest.entries[i];
            let parsed = cache::parse(&data);
            if parsed.as_ref().is_none_or(|p| p.id != entry.problem) {
                return Err(bad(
                    &self.path,
                    &format!("entries[{i}]"),
                    format!(
                        "problem `{}`: not a prepared entry of that problem (cache format {})",
                        entry.problem,
                        cache::FORMAT
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Installs every entry (see the module's doc); call after
    /// [`Bundle::verify`]. Each entry is hashed again as it is read.
    pub(crate) fn install(&mut self, cache_dir: &Path) -> Result<RestoreReport, ProblemsError> {
        self.seek_data()?;
        let mut report = RestoreReport {
            salt_sha256: self.manifest.salt_sha256.clone(),
            ..RestoreReport::default()
        };
        for i in 0..self.manifest.entries.len() {
            let data = self.read_entry(i)?;
            let entry = &self.manifest.entries[i];
            report.bytes += entry.bytes;
            let file = cache_dir.join(&entry.key).join(cache::file_name());
            match local_entry(&file, entry.bytes) {
                Some(local) if local == data => {
                    report.present += 1;
                    continue;
                }
                Some(local) if cache::parse(&local).is_some_and(|p| p.id == entry.problem) => {
                    report.kept_local.push(entry.problem.clone());
                    continue;
                }
                _ => {}
            }
            cache::write_atomic(&file, &data)?;
            report.installed += 1;
        }
        Ok(report)
    }

    fn seek_data(&mut self) -> Result<(), ProblemsError> {
        self.file
            .seek(SeekFrom::Start(self.data_start))
            .map(|_| ())
            .map_err(|e| bad(&self.path, "entries", e.to_string()))
    }

    /// The next entry's bytes, entry `i` of the manifest: exactly its
    /// length, with its SHA-256.
    fn read_entry(&mut self, i: usize) -> Result<Vec<u8>, ProblemsError> {
        let entry = &self.manifest.entries[i];
        let field = format!("entries[{i}]");
        // The length is within the bounds and the file (checked on open).
        let mut data = Vec::with_capacity(entry.bytes as usize);
        (&mut self.file)
            .take(entry.bytes)
            .read_to_end(&mut data)
            .map_err(|e| bad(&self.path, &field, e.to_string()))?;
        if data.len() as u64 != entry.bytes {
            return Err(bad(
                &self.path,
                &field,
                format!(
                    "problem `{}`: truncated: {} of its {} bytes (did the file change while it was read?)",
                    entry.problem,
                    data.len(),
                    entry.bytes
                ),
            ));
        }
        let sha256 = hex::encode(Sha256::digest(&data));
        if sha256 != entry.sha256 {
            return Err(bad(
                &self.path,
                &field,
                format!(
                    "problem `{}`: its bytes hash to SHA-256 {sha256}, the manifest says {}",
                    entry.problem, entry.sha256
                ),
            ));
        }
        Ok(data)
    }
}

/// The cache file already at `file`, if it has `len` bytes (another
/// length differs anyway, and is not read).
fn local_entry(file: &Path, len: u64) -> Option<Vec<u8>> {
    let mut f = File::open(file).ok()?;
    if f.metadata().ok()?.len() != len {
        // Present but not the same: replaced unless it parses, which a
        // file of another length may, so read it within the bound.
        let mut data = Vec::new();
        f.take(BundleBounds::DEFAULT.entry_bytes)
            .read_to_end(&mut data)
            .ok()?;
        return Some(data);
    }
    let mut data = Vec::with_capacity(len as usize);
    f.read_to_end(&mut data).ok()?;
    Some(data)
}

/// The manifest must be for this machine's runtime, wasmtime, metering
/// version and cost model, and for this cache's entry format.
fn check_target(
    path: &Path,
    manifest: &BundleManifest,
    target: &BundleTarget,
) -> Result<(), ProblemsError> {
    let mismatch = |field: &str, what: &str, theirs: &str, ours: &str| {
        bad(
            path,
            &format!("manifest.{field}"),
            format!(
                "the bundle was prepared for {what} {}, this machine has {what} {ours} \
                 (prepare the bundle again with this effgauge and runtime)",
                clip(theirs)
            ),
        )
    };
    if manifest.entry_format != cache::FORMAT {
        return Err(mismatch(
            "entry_format",
            "prepared-entry format",
            &manifest.entry_format.to_string(),
            &cache::FORMAT.to_string(),
        ));
    }
    if manifest.runtime_identity != target.runtime_identity {
        return Err(mismatch(
            "runtime_identity",
            "runtime identity",
            &manifest.runtime_identity,
            &target.runtime_identity,
        ));
    }
    if manifest.wasmtime != WASMTIME_VERSION {
        return Err(mismatch(
            "wasmtime",
            "wasmtime",
            &manifest.wasmtime,
            WASMTIME_VERSION,
        ));
    }
    if manifest.metering_version != METERING_VERSION {
        return Err(mismatch(
            "metering_version",
            "metering version",
            &manifest.metering_version.to_string(),
            &METERING_VERSION.to_string(),
        ));
    }
    if manifest.cost_model != target.cost_model {
        return Err(mismatch(
            "cost_model",
            "cost model",
            &manifest.cost_model,
            &target.cost_model,
        ));
    }
    if manifest.cost_fingerprint != target.cost_fingerprint {
        return Err(mismatch(
            "cost_fingerprint",
            "cost model weights",
            &manifest.cost_fingerprint,
            &target.cost_fingerprint,
        ));
    }
    if let Some(salt) = &manifest.salt_sha256 {
        if !is_sha256(salt) {
            return Err(bad(
                path,
                "manifest.salt_sha256",
                "not a SHA-256 (64 lowercase hex digits)",
            ));
        }
    }
    Ok(())
}

/// The entries' count, lengths, hashes, ids and keys.
fn check_entries(
    path: &Path,
    manifest: &BundleManifest,
    bounds: &BundleBounds,
) -> Result<(), ProblemsError> {
    let entries = &manifest.entries;
    if entries.len() > bounds.entries {
        return Err(bad(
            path,
            "manifest.entries",
            format!(
                "{} entries, over the bound of {}",
                entries.len(),
                bounds.entries
            ),
        ));
    }
    let mut total = 0u64;
    let mut keys = HashSet::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let field = |name: &str| format!("manifest.entries[{i}].{name}");
        if e.problem.is_empty()
            || e.problem.len() > MAX_LABEL_BYTES
            || e.problem
                .chars()
                .any(|c| c.is_control() || c == '/' || c == '\\')
        {
            return Err(bad(
                path,
                &field("problem"),
                format!("`{}` is not a problem id", clip(&e.problem)),
            ));
        }
        if e.bytes > bounds.entry_bytes {
            return Err(bad(
                path,
                &field("bytes"),
                format!(
                    "problem `{}`: {} bytes, over the bound of {} bytes per entry",
                    e.problem, e.bytes, bounds.entry_bytes
                ),
            ));
        }
        total = total.saturating_add(e.bytes);
        if total > bounds.total_bytes {
            return Err(bad(
                path,
                "manifest.entries",
                format!(
                    "the entries take more than the bound of {} bytes",
                    bounds.total_bytes
                ),
            ));
        }
        if !is_sha256(&e.sha256) {
            return Err(bad(
                path,
                &field("sha256"),
                format!(
                    "problem `{}`: not a SHA-256 (64 lowercase hex digits)",
                    e.problem
                ),
            ));
        }
        if !is_sha256(&e.content_hash) {
            return Err(bad(
                path,
                &field("content_hash"),
                format!(
                    "problem `{}`: not a content hash (64 lowercase hex digits)",
                    e.problem
                ),
            ));
        }
        // The key this machine's cache gives the problem: anything else
        // (another folder, a path) is refused.
        let key = entry_key(
            &e.content_hash,
            &manifest.runtime_identity,
            &manifest.cost_fingerprint,
            manifest.salt_sha256.as_deref(),
        );
        if e.key != key {
            return Err(bad(
                path,
                &field("key"),
                format!(
                    "problem `{}`: `{}` is not the cache key of its content hash here (`{key}`)",
                    e.problem,
                    clip(&e.key)
                ),
            ));
        }
        if !keys.insert(&e.key) {
            return Err(bad(
                path,
                &field("key"),
                format!("problem `{}`: key `{}` appears twice", e.problem, e.key),
            ));
        }
    }
    Ok(())
}

fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A string from the file, shortened for a message.
fn clip(s: &str) -> String {
    if s.len() <= MAX_LABEL_BYTES {
        return s.escape_debug().to_string();
    }
    let mut end = MAX_LABEL_BYTES;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", s[..end].escape_debug())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Case;
    use effgauge_sandboxes::PyValue;
    use std::sync::Arc;

    const IDENTITY: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    fn target() -> BundleTarget {
        BundleTarget {
            runtime_identity: IDENTITY.to_owned(),
            cost_model: "cost-v1".to_owned(),
            cost_fingerprint: CostModel::CostV1.fingerprint(),
        }
    }

    /// A prepared entry of `id` with `cases` cases of level 0.
    fn entry(id: &str, cases: usize, content: u8) -> RawEntry {
        let cases = (0..cases)
            .map(|c| Case {
                level: 0,
                case: c,
                args: effgauge_sandboxes::marshal::encode(&PyValue::Tuple(vec![PyValue::Int(
                    (c as u64 * 7).into(),
                )])),
                expected: Arc::new(PyValue::Str(format!("answer {c}"))),
                reference_fuel: 1000 + c as u64,
            })
            .collect();
        let prepared = Prepared::new(cases, 1, 5, false);
        RawEntry {
            problem: id.to_owned(),
            content_hash: hex::encode([content; 32]),
            data: cache::encode(id, &prepared),
        }
    }

    fn entries() -> Vec<RawEntry> {
        vec![entry("b-problem", 3, 2), entry("a-problem", 2, 1)]
    }

    /// A bundle of [`entries`] in `dir`, its path and bytes.
    fn bundle(dir: &Path, salt: Option<&str>) -> (PathBuf, Vec<u8>) {
        let path = dir.join("suite.bundle");
        let bytes = encode_bundle(&path, &target(), salt, entries(), &BundleBounds::DEFAULT)
            .unwrap()
            .to_vec();
        std::fs::write(&path, &bytes).unwrap();
        (path, bytes)
    }

    /// The manifest's JSON and where it starts.
    fn manifest_of(bytes: &[u8]) -> (usize, usize) {
        let rest = &bytes[BUNDLE_MAGIC.len()..];
        let nl = rest.iter().position(|&b| b == b'\n').unwrap();
        let len: usize = std::str::from_utf8(&rest[..nl]).unwrap().parse().unwrap();
        (BUNDLE_MAGIC.len() + nl + 1, len)
    }

    /// The bundle with its manifest edited by `edit` (the length line
    /// rewritten to match).
    fn with_manifest(bytes: &[u8], edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
        let (start, len) = manifest_of(bytes);
        let mut manifest: serde_json::Value =
            serde_json::from_slice(&bytes[start..start + len]).unwrap();
        edit(&mut manifest);
        let json = serde_json::to_vec_pretty(&manifest).unwrap();
        let mut out = BUNDLE_MAGIC.to_vec();
        out.extend_from_slice(format!("{}\n", json.len()).as_bytes());
        out.extend_from_slice(&json);
        out.extend_from_slice(&bytes[start + len..]);
        out
    }

    /// `restore` of `bytes` into an empty cache: the error's field and
    /// message, and that nothing was installed.
    fn refused(bytes: &[u8], bounds: &BundleBounds) -> (String, String) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("suite.bundle");
        std::fs::write(&path, bytes).unwrap();
        let cache = dir.path().join("cache");
        let err = restore(&path, &target(), &cache, bounds).unwrap_err();
        assert!(!cache.exists(), "nothing installed: {err}");
        let text = err.to_string();
        assert!(text.contains(&path.display().to_string()), "{text}");
        match err {
            ProblemsError::Bundle { field, message, .. } => (field, message),
            other => panic!("not a bundle error: {other}"),
        }
    }

    #[test]
    fn a_bundle_round_trips_into_the_cache_sorted_and_deterministic() {
        let dir = tempfile::tempdir().unwrap();
        let (path, bytes) = bundle(dir.path(), None);
        // Entry order does not matter; the bytes are the same.
        let mut reversed = entries();
        reversed.reverse();
        assert_eq!(
            encode_bundle(&path, &target(), None, reversed, &BundleBounds::DEFAULT)
                .unwrap()
                .to_vec(),
            bytes
        );
        assert!(bytes.starts_with(b"effgauge-prepared-bundle\n"));
        let cache = dir.path().join("cache");
        let report = restore(&path, &target(), &cache, &BundleBounds::DEFAULT).unwrap();
        assert_eq!((report.installed, report.present), (2, 0));
        let manifest = Bundle::open(&path, &target(), &BundleBounds::DEFAULT)
            .unwrap()
            .manifest;
        assert_eq!(manifest.entries[0].problem, "a-problem");
        assert_eq!(manifest.salt_sha256, None);
        for (e, raw) in manifest.entries.iter().zip({
            let mut r = entries();
            r.reverse();
            r
        }) {
            let stored = std::fs::read(cache.join(&e.key).join(cache::file_name())).unwrap();
            assert_eq!(stored, raw.data, "the cache's own bytes");
            assert_eq!(cache::parse(&stored).unwrap().id, e.problem);
        }
        // Again: everything is there already.
        let again = restore(&path, &target(), &cache, &BundleBounds::DEFAULT).unwrap();
        assert_eq!((again.installed, again.present), (0, 2));
    }

    #[test]
    fn a_restored_entry_is_what_the_cache_loads_for_its_problem() {
        let dir = tempfile::tempdir().unwrap();
        let problem = Problem::load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good/list-total"),
        )
        .unwrap();
        let cases = problem
            .case_ids()
            .into_iter()
            .map(|(level, case)| Case {
                level,
                case,
                args: effgauge_sandboxes::marshal::encode(&PyValue::Tuple(vec![])),
                expected: Arc::new(PyValue::Int((level * 10 + case).into())),
                reference_fuel: 100 + case as u64,
            })
            .collect();
        let prepared = Prepared::new(cases, problem.levels.len(), 77, false);
        let path = dir.path().join("out/one.bundle");
        let written = write_bundle(&path, &target(), None, &[(&problem, &prepared)]).unwrap();
        let file = std::fs::read(&path).unwrap();
        assert_eq!(written.bytes, file.len() as u64);
        assert_eq!(written.sha256, hex::encode(Sha256::digest(&file)));
        let cache = dir.path().join("cache");
        restore(&path, &target(), &cache, &BundleBounds::DEFAULT).unwrap();
        let key = entry_key(
            &problem.content_hash,
            IDENTITY,
            &CostModel::CostV1.fingerprint(),
            None,
        );
        let loaded = cache::load(&cache.join(key), &problem).expect("the cache reads it");
        assert_eq!(loaded.cases, prepared.cases);
        assert_eq!(loaded.compile_allowance, 77);
        assert!(loaded.from_cache);
    }

    #[test]
    fn a_salted_bundle_records_the_hash_in_its_keys() {
        let dir = tempfile::tempdir().unwrap();
        let salt = "f".repeat(64);
        let (path, _) = bundle(dir.path(), Some(&salt));
        let manifest = Bundle::open(&path, &target(), &BundleBounds::DEFAULT)
            .unwrap()
            .manifest;
        assert_eq!(manifest.salt_sha256.as_deref(), Some(salt.as_str()));
        assert!(manifest.entries[0].key.ends_with("-salt-ffffffffffffffff"));
    }

    #[test]
    fn a_differing_local_entry_is_kept_and_a_broken_one_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = bundle(dir.path(), None);
        let cache = dir.path().join("cache");
        restore(&path, &target(), &cache, &BundleBounds::DEFAULT).unwrap();
        let manifest = Bundle::open(&path, &target(), &BundleBounds::DEFAULT)
            .unwrap()
            .manifest;
        let a = cache
            .join(&manifest.entries[0].key)
            .join(cache::file_name());
        let b = cache
            .join(&manifest.entries[1].key)
            .join(cache::file_name());
        // a: another valid entry of the same problem; b: garbage.
        std::fs::write(&a, entry("a-problem", 4, 1).data).unwrap();
        std::fs::write(&b, b"garbage").unwrap();
        let report = restore(&path, &target(), &cache, &BundleBounds::DEFAULT).unwrap();
        assert_eq!(report.kept_local, vec!["a-problem".to_owned()]);
        assert_eq!((report.installed, report.present), (1, 0));
        assert_eq!(std::fs::read(&b).unwrap(), entries()[0].data);
    }

    #[test]
    fn a_flipped_byte_in_an_entry_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (_, mut bytes) = bundle(dir.path(), None);
        let last = bytes.len() - 3;
        bytes[last] ^= 1;
        let (field, message) = refused(&bytes, &BundleBounds::DEFAULT);
        assert_eq!(field, "entries[1]");
        assert!(message.contains("the manifest says"), "{message}");
    }

    #[test]
    fn a_wrong_hash_in_the_manifest_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = bundle(dir.path(), None);
        let bytes = with_manifest(&bytes, |m| {
            m["entries"][0]["sha256"] = "0".repeat(64).into();
        });
        let (field, message) = refused(&bytes, &BundleBounds::DEFAULT);
        assert_eq!(field, "entries[0]");
        assert!(message.contains("a-problem"), "{message}");
    }

    #[test]
    fn an_entry_that_is_not_a_prepared_entry_of_its_problem_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = bundle(dir.path(), None);
        // The entries swapped in the manifest's ids: each hashes right but
        // is another problem's.
        let bytes = with_manifest(&bytes, |m| {
            m["entries"][0]["problem"] = "b-problem".into();
        });
        let (field, message) = refused(&bytes, &BundleBounds::DEFAULT);
        assert_eq!(field, "entries[0]");
        assert!(message.contains("not a prepared entry"), "{message}");
    }

    #[test]
    fn truncated_or_extended_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = bundle(dir.path(), None);
        let (start, len) = manifest_of(&bytes);
        let (field, message) = refused(&bytes[..bytes.len() - 1], &BundleBounds::DEFAULT);
        assert_eq!(field, "entries");
        assert!(message.starts_with("truncated"), "{message}");
        let (field, message) = refused(&bytes[..start + len / 2], &BundleBounds::DEFAULT);
        assert_eq!(field, "manifest");
        assert!(message.starts_with("truncated"), "{message}");
        let (field, _) = refused(&bytes[..BUNDLE_MAGIC.len() + 2], &BundleBounds::DEFAULT);
        assert_eq!(field, "header.manifest_length");
        let (field, _) = refused(&bytes[..10], &BundleBounds::DEFAULT);
        assert_eq!(field, "header");
        let mut longer = bytes.clone();
        longer.push(0);
        let (field, message) = refused(&longer, &BundleBounds::DEFAULT);
        assert_eq!(field, "entries");
        assert!(
            message.contains("1 bytes after the last entry"),
            "{message}"
        );
    }

    #[test]
    fn the_header_is_strict() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = bundle(dir.path(), None);
        let (start, _) = manifest_of(&bytes);
        for line in ["", "+12", "012", "1e3", "99999999999999999999999"] {
            let mut b = BUNDLE_MAGIC.to_vec();
            b.extend_from_slice(format!("{line}\n").as_bytes());
            b.extend_from_slice(&bytes[start..]);
            let (field, _) = refused(&b, &BundleBounds::DEFAULT);
            assert_eq!(field, "header.manifest_length", "{line:?}");
        }
        let mut other = bytes.clone();
        other[0] = b'E';
        assert_eq!(refused(&other, &BundleBounds::DEFAULT).0, "header");
    }

    #[test]
    fn the_bounds_are_enforced_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = bundle(dir.path(), None);
        let (_, len) = manifest_of(&bytes);
        let entry_len = entries()[0].data.len() as u64;
        let small = |f: &dyn Fn(&mut BundleBounds)| {
            let mut b = BundleBounds::DEFAULT;
            f(&mut b);
            b
        };
        let (field, message) = refused(&bytes, &small(&|b| b.manifest_bytes = len as u64 - 1));
        assert_eq!(field, "header.manifest_length");
        assert!(message.contains("over the bound"), "{message}");
        let (field, _) = refused(&bytes, &small(&|b| b.entries = 1));
        assert_eq!(field, "manifest.entries");
        let (field, message) = refused(&bytes, &small(&|b| b.entry_bytes = entry_len - 1));
        assert!(field.ends_with(".bytes"), "{field}");
        assert!(message.contains("per entry"), "{message}");
        let (field, _) = refused(&bytes, &small(&|b| b.total_bytes = entry_len + 1));
        assert_eq!(field, "manifest.entries");
        // A manifest that claims a huge entry is refused on its claim,
        // before anything is read or allocated.
        let huge = with_manifest(&bytes, |m| {
            m["entries"][0]["bytes"] = (u64::MAX / 2).into();
        });
        let (field, _) = refused(&huge, &BundleBounds::DEFAULT);
        assert_eq!(field, "manifest.entries[0].bytes");
        // Writing refuses what restoring would.
        let path = dir.path().join("x.bundle");
        let err = encode_bundle(
            &path,
            &target(),
            None,
            entries(),
            &small(&|b| b.entries = 1),
        )
        .err()
        .expect("refused");
        assert!(err.to_string().contains("manifest.entries"), "{err}");
    }

    #[test]
    fn another_runtime_wasmtime_metering_or_cost_model_is_refused_naming_both() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = bundle(dir.path(), None);
        let other = "f".repeat(64);
        let cases: Vec<(&str, serde_json::Value, &str)> = vec![
            ("runtime_identity", other.clone().into(), IDENTITY),
            ("wasmtime", "47.0.0".into(), WASMTIME_VERSION),
            ("metering_version", 1.into(), "metering version"),
            ("cost_model", "plain".into(), "cost-v1"),
            (
                "cost_fingerprint",
                "cost-v1-1.0.0".into(),
                "cost-v1-500.0.0",
            ),
            ("entry_format", 2.into(), "prepared-entry format 2"),
        ];
        for (name, value, ours) in cases {
            let edited = with_manifest(&bytes, |m| m[name] = value.clone());
            let (field, message) = refused(&edited, &BundleBounds::DEFAULT);
            assert_eq!(field, format!("manifest.{name}"));
            let theirs = value.as_str().map_or(value.to_string(), str::to_owned);
            assert!(message.contains(&theirs), "{message}");
            assert!(message.contains(ours), "{message}");
        }
    }

    #[test]
    fn the_manifest_is_checked_field_by_field() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = bundle(dir.path(), None);
        let check = |edit: &dyn Fn(&mut serde_json::Value), want: &str| {
            let edited = with_manifest(&bytes, edit);
            let (field, message) = refused(&edited, &BundleBounds::DEFAULT);
            assert!(
                field == want || message.contains(want),
                "{want}: {field}: {message}"
            );
        };
        check(&|m| m["version"] = 2.into(), "manifest.version");
        check(&|m| m["format"] = "tar".into(), "manifest.format");
        check(&|m| m["extra"] = 1.into(), "unknown field `extra`");
        check(
            &|m| m["entries"][0]["key"] = "../../escape".into(),
            "manifest.entries[0].key",
        );
        check(
            &|m| m["entries"][0]["problem"] = "a/b".into(),
            "manifest.entries[0].problem",
        );
        check(
            &|m| m["entries"][1]["sha256"] = "XYZ".into(),
            "manifest.entries[1].sha256",
        );
        check(
            &|m| m["entries"][0]["content_hash"] = "..".into(),
            "manifest.entries[0].content_hash",
        );
        check(
            &|m| m["salt_sha256"] = "0".repeat(64).into(),
            "manifest.entries[0].key",
        );
        check(
            &|m| m["salt_sha256"] = "salt".into(),
            "manifest.salt_sha256",
        );
        check(
            &|m| {
                let first = m["entries"][0].clone();
                m["entries"][1] = first;
            },
            "appears twice",
        );
        let not_json = {
            let (start, len) = manifest_of(&bytes);
            let mut b = bytes.clone();
            b[start] = b'[';
            assert!(len > 0);
            b
        };
        let (field, _) = refused(&not_json, &BundleBounds::DEFAULT);
        assert_eq!(field, "manifest");
    }
}
