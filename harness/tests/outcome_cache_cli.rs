//! End-to-end tests of the outcome cache: a re-score reads what this
//! machine already judged under the same settings and writes the same bytes;
//! an entry that does not hash right, or stands under another key, is run
//! again; other settings share nothing; `--no-outcome-cache` writes nothing.
//! Each test has a cache folder of its own (`common::isolated_cache`).

mod common;

use common::*;
use std::path::Path;

/// `score` of the fixture's samples with `cache` as the cache folder, not
/// quiet (the cache says what it served on stderr).
fn score(out: &Path, cache: &Path, extra: &[&str]) -> (Vec<u8>, String) {
    let mut command = effgauge();
    in_cache(&mut command, cache);
    let output = command
        .args(["score", "--verify-multiple", "64", "--suite"])
        .arg(fixture("suite"))
        .arg(fixture("samples/mixed.jsonl"))
        .arg("--out")
        .arg(out)
        .args(["--bootstrap", "200"])
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    (std::fs::read(out).unwrap(), stderr)
}

fn hits(stderr: &str) -> Option<(usize, usize)> {
    let line = stderr.lines().find(|l| l.starts_with("outcome cache: "))?;
    let mut words = line["outcome cache: ".len()..].split(' ');
    let hits = words.next()?.parse().ok()?;
    let total = words.nth(1)?.parse().ok()?;
    Some((hits, total))
}

#[test]
fn a_rescore_reads_every_outcome_and_writes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let (first, stderr) = score(&dir.path().join("a.json"), &cache, &[]);
    assert_eq!(
        hits(&stderr),
        None,
        "a fresh cache serves nothing: {stderr}"
    );
    let stored = outcome_entries(&cache);
    assert!(!stored.is_empty(), "the first run keeps its outcomes");
    let (second, stderr) = score(&dir.path().join("b.json"), &cache, &[]);
    let total = hits(&stderr).expect("the re-score says what it read").1;
    assert_eq!(hits(&stderr), Some((total, total)), "{stderr}");
    assert_eq!(total, stored.len());
    assert_eq!(first, second, "cached or not, the same bytes");
    // Without the cache the run judges everything, to the same bytes.
    let (third, stderr) = score(&dir.path().join("c.json"), &cache, &["--no-outcome-cache"]);
    assert_eq!(hits(&stderr), None, "{stderr}");
    assert_eq!(first, third);
}

#[test]
fn an_unsound_entry_is_judged_again() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    let (first, _) = score(&dir.path().join("a.json"), &cache, &[]);
    let stored = outcome_entries(&cache);
    assert!(stored.len() >= 2, "{stored:?}");
    // A forged verdict whose hash no longer matches.
    let text = std::fs::read_to_string(&stored[0]).unwrap();
    let mut entry: serde_json::Value = serde_json::from_str(&text).unwrap();
    entry["outcome"]["level_cost"][1] = serde_json::json!(1);
    std::fs::write(&stored[0], entry.to_string()).unwrap();
    // A sound entry copied under another program's key.
    std::fs::copy(&stored[0], dir.path().join("saved")).unwrap();
    let other = std::fs::read_to_string(&stored[1]).unwrap();
    let mut moved: serde_json::Value = serde_json::from_str(&other).unwrap();
    moved["key"] = serde_json::json!("0".repeat(64));
    std::fs::write(&stored[1], moved.to_string()).unwrap();
    let (second, stderr) = score(&dir.path().join("b.json"), &cache, &[]);
    let total = stored.len();
    assert_eq!(hits(&stderr), Some((total - 2, total)), "{stderr}");
    assert_eq!(
        first, second,
        "the two were judged again, to the same figures"
    );
    // ... and stored again, soundly.
    let (_, stderr) = score(&dir.path().join("c.json"), &cache, &[]);
    assert_eq!(hits(&stderr), Some((total, total)), "{stderr}");
}

#[test]
fn other_settings_share_nothing_and_no_outcome_cache_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cache = isolated_cache(dir.path());
    score(&dir.path().join("a.json"), &cache, &["--no-outcome-cache"]);
    assert!(
        outcome_entries(&cache).is_empty(),
        "--no-outcome-cache keeps nothing"
    );
    score(&dir.path().join("b.json"), &cache, &[]);
    let stored = outcome_entries(&cache).len();
    for other in [
        &["--alpha", "3"][..],
        &["--seed", "1"],
        &["--per-level-limit"],
        &["--profile", "enamel"],
        &["--salt", "a secret of the outcome cache test"],
    ] {
        let (_, stderr) = score(&dir.path().join("c.json"), &cache, other);
        assert_eq!(
            hits(&stderr),
            None,
            "{other:?} must not read outcomes of other settings: {stderr}"
        );
    }
    assert!(
        outcome_entries(&cache).len() > stored,
        "each setting keeps its own"
    );
}
