//! The outcome cache: what a distinct program did on a problem, kept across
//! runs, so re-scoring the same samples, or a new checkpoint that repeats
//! programs, runs only the programs it has not seen.
//!
//! An outcome is a pure function of what decides it: the runtime (its
//! identity), the metering version and cost model, the wasmtime version,
//! the problem (its content hash: its files, α and limits), the salt (by
//! its hash), the judging settings that change a run (meter, α, weights,
//! limit mode, seed, profile, verification multiple), the judge's own rules
//! (`JUDGE_VERSION`, the fuel-limit floor, the output cap, the
//! verification caps) and the program's exact text. The key is the SHA-256 of all of them ([`UnitKeys::key`]), so an
//! entry is never read under anything else. Only fuel-metered outcomes are
//! kept (the other meters are not deterministic), and never one decided by
//! the wall-clock backstop, which depends on the machine's load.
//!
//! Entries are files `<dir>/<2 hex>/<key>.json` holding the key, the
//! outcome and an HMAC-SHA256 of both under the folder's own random secret
//! (the file `outcomes.key` beside it, made on first use, mode 0600), so an entry rewritten by
//! anyone who does not hold that secret (a hand edit, entries copied from
//! another machine's cache) is not trusted. An entry whose key or
//! MAC does not match, whose outcome has not one cost per level of its
//! problem, or that does not parse, is a miss and is run again. (Whoever
//! can read the key can forge entries: the cache is as trusted as the
//! cache folder.) They
//! are written to a temporary file and renamed, so concurrent runs can share
//! the folder: the worst a race does is run a program twice. The folder is
//! bounded by what it takes on disk (blocks, not bytes written: an entry of
//! 400 bytes takes a 4 KiB block): after a run, the least recently used
//! entries (a hit refreshes an entry's time) are removed until it is under
//! its size.

use crate::{SampleOutcome, ScoringError};
use effgauge_problems::{Problem, Salt};
use effgauge_sandboxes::{Meter, SandboxEngine, Status, METERING_VERSION, WASMTIME_VERSION};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The folder's default bound.
pub const DEFAULT_MAX_BYTES: u64 = 512 << 20;
/// The largest entry read back: an outcome is a few hundred bytes.
const MAX_ENTRY_BYTES: u64 = 1 << 20;

/// Where the cache lives, and how large it may grow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeCacheSpec {
    pub dir: PathBuf,
    pub max_bytes: u64,
}

impl OutcomeCacheSpec {
    /// The file of the secret entries are authenticated under: beside the
    /// folder, `<folder>.key` (`outcomes.key`), so the folder holds entries
    /// only.
    pub fn key_path(&self) -> PathBuf {
        let mut name = self.dir.file_name().unwrap_or_default().to_os_string();
        name.push(".key");
        self.dir.with_file_name(name)
    }

    /// `outcomes/` in effgauge's cache folder, bounded by [`DEFAULT_MAX_BYTES`].
    pub fn default_location() -> OutcomeCacheSpec {
        OutcomeCacheSpec {
            dir: effgauge_sandboxes::cache_root().join("outcomes"),
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Entry {
    key: String,
    outcome: SampleOutcome,
    /// HMAC-SHA256 of the key and the outcome's JSON, in hex.
    mac: String,
}

/// The outcome cache of one run.
pub struct OutcomeCache {
    spec: OutcomeCacheSpec,
    /// The MAC key, derived from the installation's secret salt.
    secret: [u8; 32],
}

impl std::fmt::Debug for OutcomeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutcomeCache")
            .field("spec", &self.spec)
            .finish_non_exhaustive()
    }
}

impl OutcomeCache {
    /// The cache in `spec`'s folder, its entries authenticated under the
    /// folder's own secret ([`OutcomeCacheSpec::key_path`]: 32 random bytes
    /// made on first use, mode 0600, as the installation salt is made; not
    /// the installation salt itself, which a run on the published seeds
    /// never makes).
    pub fn open(spec: OutcomeCacheSpec) -> Result<OutcomeCache, ScoringError> {
        std::fs::create_dir_all(&spec.dir).map_err(|e| ScoringError::io(&spec.dir, e))?;
        let secret = Salt::installation_at(&spec.key_path())?;
        OutcomeCache::with_secret(spec, &secret)
    }

    fn with_secret(spec: OutcomeCacheSpec, salt: &Salt) -> Result<OutcomeCache, ScoringError> {
        std::fs::create_dir_all(&spec.dir).map_err(|e| ScoringError::io(&spec.dir, e))?;
        Ok(OutcomeCache {
            spec,
            secret: salt.derive_key("effgauge outcome cache"),
        })
    }

    fn mac(&self, key: &str, outcome_json: &str) -> String {
        hex::encode(hmac_sha256(
            &self.secret,
            &[key.as_bytes(), b"\n", outcome_json.as_bytes()],
        ))
    }

    fn path(&self, key: &str) -> PathBuf {
        self.spec.dir.join(&key[..2]).join(format!("{key}.json"))
    }

    /// The outcome stored under `key` for a problem of `levels` levels, if
    /// there is a sound one.
    pub fn get(&self, key: &str, levels: usize) -> Option<SampleOutcome> {
        let path = self.path(key);
        let file = std::fs::File::open(&path).ok()?;
        if file.metadata().ok()?.len() > MAX_ENTRY_BYTES {
            return None;
        }
        let entry: Entry = serde_json::from_reader(std::io::BufReader::new(file)).ok()?;
        let text = serde_json::to_string(&entry.outcome).ok()?;
        let sound = entry.key == key
            && constant_time_eq(entry.mac.as_bytes(), self.mac(key, &text).as_bytes())
            && entry.outcome.level_cost.len() == levels;
        if !sound {
            return None;
        }
        // Recently used: eviction goes by modification time.
        let _ = std::fs::File::options()
            .append(true)
            .open(&path)
            .and_then(|f| f.set_modified(std::time::SystemTime::now()));
        Some(entry.outcome)
    }

    /// Stores `outcome` under `key` when it may be kept; a failure to write
    /// only costs a re-run next time, so it is not an error.
    pub fn put(&self, key: &str, outcome: &SampleOutcome) {
        if !cacheable(outcome) {
            return;
        }
        let text = serde_json::to_string(outcome).expect("serializable");
        let entry = Entry {
            key: key.to_owned(),
            outcome: outcome.clone(),
            mac: self.mac(key, &text),
        };
        let path = self.path(key);
        let _ = write_atomic(&path, &serde_json::to_vec(&entry).expect("serializable"));
    }

    /// Removes the least recently used entries until the folder is under
    /// its bound (by 10 %, so that not every run trims).
    pub fn trim(&self) -> Result<(), ScoringError> {
        let mut entries = Vec::new();
        let mut total = 0u64;
        let io = |e| ScoringError::io(&self.spec.dir, e);
        for shard in std::fs::read_dir(&self.spec.dir).map_err(io)?.flatten() {
            let Ok(files) = std::fs::read_dir(shard.path()) else {
                continue;
            };
            for file in files.flatten() {
                let Ok(meta) = file.metadata() else { continue };
                // What the entry takes on disk, at least its length.
                let size = (std::os::unix::fs::MetadataExt::blocks(&meta) * 512).max(meta.len());
                total += size;
                let when = meta.modified().unwrap_or(std::time::UNIX_EPOCH);
                entries.push((when, size, file.path()));
            }
        }
        if total <= self.spec.max_bytes {
            return Ok(());
        }
        entries.sort();
        let target = self.spec.max_bytes / 10 * 9;
        for (_, len, path) in entries {
            if total <= target {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                total -= len;
            }
        }
        Ok(())
    }
}

/// HMAC-SHA256 (RFC 2104) of the concatenated `parts` under `key`.
fn hmac_sha256(key: &[u8; 32], parts: &[&[u8]]) -> [u8; 32] {
    let pad = |byte: u8| {
        let mut block = [byte; 64];
        for (b, k) in block.iter_mut().zip(key) {
            *b ^= k;
        }
        block
    };
    let mut inner = Sha256::new();
    inner.update(pad(0x36));
    for part in parts {
        inner.update(part);
    }
    let mut outer = Sha256::new();
    outer.update(pad(0x5c));
    outer.update(inner.finalize());
    outer.finalize().into()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether an outcome is the same on every run: not one the wall-clock
/// backstop decided.
fn cacheable(outcome: &SampleOutcome) -> bool {
    outcome.status != Status::WallTimeout
        && outcome
            .verification
            .as_ref()
            .is_none_or(|v| v.status != Status::WallTimeout)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().expect("entries are in a shard folder");
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Makes the keys of a run's units: everything but the problem and the
/// program is the same for all of them.
pub struct UnitKeys {
    run: String,
}

impl UnitKeys {
    /// `None` under a meter whose outcomes are not deterministic.
    pub fn new(
        engine: &SandboxEngine,
        settings: &crate::RunSettings,
        salt: Option<&Salt>,
    ) -> Option<UnitKeys> {
        if settings.meter != Meter::Fuel {
            return None;
        }
        let run = serde_json::json!({
            // 3: outcomes carry the memory meter's figures.
            "outcome_cache": 3,
            // The rules and constants of judging, besides the settings.
            "judge_version": effgauge_problems::JUDGE_VERSION,
            "fuel_limit_floor": crate::settings::FUEL_LIMIT_FLOOR,
            "output_cap": [effgauge_problems::OUTPUT_CAP_FACTOR, effgauge_problems::MIN_OUTPUT_CAP],
            "verify_caps": [
                effgauge_problems::VERIFY_FUEL_CAP,
                effgauge_problems::VERIFY_MEMORY_CAP,
                effgauge_problems::VERIFY_WALL_CAP.as_secs(),
            ],
            "runtime": engine.runtime().identity(),
            "metering_version": METERING_VERSION,
            // The model's weights too (and `cache-v1`'s version): outcomes
            // measured under other charges are never reused.
            "cost_model": engine.cost_fingerprint(),
            "wasmtime": WASMTIME_VERSION,
            "meter": settings.meter.name(),
            "alpha": settings.alpha,
            "weights": settings.weights,
            "per_level_limit": settings.per_level_limit,
            "seed": settings.seed,
            "profile": settings.profile.name(),
            "verify_multiple": settings.verify_multiple,
            "salt_sha256": salt.map(|s| s.sha256_hex().to_owned()),
            // A compiled program's outcome is its compiler's too.
            "language": settings.language.name(),
            "toolchain": crate::prepare::toolchain(settings.language).map(|t| t.sha256),
            "program_rules": settings.language.dialect().is_some()
                .then(effgauge_problems::native::rules_identity)
                .flatten(),
        });
        Some(UnitKeys {
            run: run.to_string(),
        })
    }

    /// The key of `problem`'s program whose text hashes to `program_sha256`.
    pub fn key(&self, problem: &Problem, program_sha256: &str) -> String {
        let mut hasher = Sha256::new();
        for part in [
            self.run.as_str(),
            &problem.id,
            &problem.content_hash,
            program_sha256,
        ] {
            hasher.update(part.as_bytes());
            hasher.update(b"\n");
        }
        hex::encode(hasher.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    fn outcome(n: usize) -> SampleOutcome {
        SampleOutcome::not_run(4, Status::Error, format!("outcome {n}"))
    }

    fn salt() -> Salt {
        Salt::new("the outcome cache's unit tests").unwrap()
    }

    #[test]
    fn the_mac_is_rfc_4231_hmac_sha256() {
        // RFC 4231 test case 2 ("Jefe"), the key zero-padded to 32 bytes
        // (HMAC pads short keys with zeros: the same MAC).
        let mut key = [0u8; 32];
        key[..4].copy_from_slice(b"Jefe");
        let mac = hmac_sha256(&key, &[b"what do ya want ", b"for nothing?"]);
        assert_eq!(
            hex::encode(mac),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn an_entry_under_another_secret_or_of_another_shape_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let spec = OutcomeCacheSpec {
            dir: dir.path().to_owned(),
            max_bytes: u64::MAX,
        };
        let mine = OutcomeCache::with_secret(spec.clone(), &salt()).unwrap();
        mine.put(&key(1), &outcome(1));
        assert_eq!(mine.get(&key(1), 4), Some(outcome(1)));
        assert_eq!(mine.get(&key(1), 3), None, "one cost per level");
        let other = Salt::new("another installation's secret").unwrap();
        let theirs = OutcomeCache::with_secret(spec, &other).unwrap();
        assert_eq!(theirs.get(&key(1), 4), None);
    }

    fn key(n: usize) -> String {
        crate::samples::sha256_hex(&n.to_string())
    }

    fn age(cache: &OutcomeCache, n: usize, seconds: u64) {
        std::fs::File::options()
            .append(true)
            .open(cache.path(&key(n)))
            .unwrap()
            .set_modified(UNIX_EPOCH + Duration::from_secs(seconds))
            .unwrap();
    }

    #[test]
    fn trimming_keeps_the_most_recently_used_within_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let spec = OutcomeCacheSpec {
            dir: dir.path().to_owned(),
            max_bytes: u64::MAX,
        };
        let cache = OutcomeCache::with_secret(spec.clone(), &salt()).unwrap();
        for n in 0..10 {
            cache.put(&key(n), &outcome(n));
            age(&cache, n, 1_000 + n as u64);
        }
        // What one entry takes on disk (a block, however short it is).
        let meta = std::fs::metadata(cache.path(&key(0))).unwrap();
        let one = (std::os::unix::fs::MetadataExt::blocks(&meta) * 512).max(meta.len());
        // Entry 0 is the oldest; reading it makes it the newest.
        assert_eq!(cache.get(&key(0), 4), Some(outcome(0)));
        let bounded = OutcomeCache::with_secret(
            OutcomeCacheSpec {
                max_bytes: one * 5,
                ..spec
            },
            &salt(),
        )
        .unwrap();
        bounded.trim().unwrap();
        let kept: Vec<usize> = (0..10)
            .filter(|&n| bounded.get(&key(n), 4).is_some())
            .collect();
        assert!(kept.contains(&0), "{kept:?}");
        assert!(kept.len() <= 4, "under 90 % of the bound: {kept:?}");
        assert!(!kept.contains(&1) && kept.contains(&9), "{kept:?}");
    }

    #[test]
    fn a_wall_clock_outcome_is_not_kept() {
        let dir = tempfile::tempdir().unwrap();
        let cache = OutcomeCache::with_secret(
            OutcomeCacheSpec {
                dir: dir.path().to_owned(),
                max_bytes: u64::MAX,
            },
            &salt(),
        )
        .unwrap();
        let wall = SampleOutcome::not_run(4, Status::WallTimeout, "backstop".into());
        cache.put(&key(1), &wall);
        assert_eq!(cache.get(&key(1), 4), None);
        cache.put(&key(2), &outcome(2));
        assert_eq!(cache.get(&key(2), 4), Some(outcome(2)));
    }
}
