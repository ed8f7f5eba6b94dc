//! Reading a bundle back: every check of a file that is untrusted, and
//! installing its entries into the suite cache (see the module doc of
//! `bundle`).

use super::*;

/// A bundle error about `field` of the file `path`.
pub(super) fn bad(path: &Path, field: &str, message: impl Into<String>) -> ProblemsError {
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
