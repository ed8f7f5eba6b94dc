//! The bundle format's tests: round trips, tampering, bounds.

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
            reference_memory: effgauge_sandboxes::MemoryUse {
                peak_live_bytes: 64 * c as u64,
                live_kib_fuel: 5 + c as u64,
            },
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
            reference_memory: effgauge_sandboxes::MemoryUse::default(),
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
