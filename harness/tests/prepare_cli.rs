//! End-to-end tests of `effgauge prepare --out` and `--restore`: a bundle
//! is the same bytes whichever cache folder prepared it, fresh or warm; a
//! cache restored from one scores byte for byte like the cache it came
//! from; a tampered bundle, or one made for another runtime or cost model,
//! is refused (exit 2) with nothing installed; a held-out bundle needs
//! `--allow-secret-inputs` and records only the salt's hash. Each test has
//! cache folders of its own (`common::isolated_cache`).

mod common;

use common::*;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// `effgauge prepare ARGS` with `cache` as the cache folder.
fn prepare(cache: &Path, args: &[&str]) -> std::process::Output {
    let mut command = effgauge();
    in_cache(&mut command, cache);
    command
        .current_dir(root())
        .arg("prepare")
        .args(args)
        .output()
        .unwrap()
}

fn ok(output: &std::process::Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "{stderr}{}",
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A fresh cache folder `name` under `dir`.
fn cache(dir: &Path, name: &str) -> PathBuf {
    isolated_cache(&dir.join(name))
}

/// Every prepared entry file of a cache folder, with its bytes.
fn entries(cache: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let Ok(dirs) = std::fs::read_dir(cache.join("suite")) else {
        return files;
    };
    for dir in dirs.flatten() {
        for file in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let rel = file.path().strip_prefix(cache).unwrap().to_path_buf();
            files.push((rel, std::fs::read(file.path()).unwrap()));
        }
    }
    files.sort();
    files
}

/// A bundle of the fixture suite prepared in `cache`.
fn fixture_bundle(cache: &Path, out: &Path) -> Vec<u8> {
    let suite = fixture("suite");
    ok(&prepare(
        cache,
        &[
            "--quiet",
            "--suite",
            suite.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    std::fs::read(out).unwrap()
}

/// The manifest of a bundle's bytes and where it starts and ends.
fn manifest(bytes: &[u8]) -> (Value, usize, usize) {
    let magic = b"effgauge-prepared-bundle\n".len();
    let nl = magic + bytes[magic..].iter().position(|&b| b == b'\n').unwrap();
    let len: usize = std::str::from_utf8(&bytes[magic..nl])
        .unwrap()
        .parse()
        .unwrap();
    let start = nl + 1;
    let value = serde_json::from_slice(&bytes[start..start + len]).unwrap();
    (value, start, start + len)
}

/// `score` of the example samples on the cheap problems with `cache`, not
/// quiet (the preparation says what the cache served), no outcome cache.
fn score(cache: &Path, out: &Path) -> (Vec<u8>, String) {
    let mut command = effgauge();
    in_cache(&mut command, cache);
    let output = command
        .current_dir(root())
        .args([
            "score",
            "examples/reference.jsonl",
            "examples/alternatives.jsonl",
            "--problems",
            PROBLEMS,
            "--no-outcome-cache",
            "--bootstrap",
            "200",
            "--out",
        ])
        .arg(out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    (std::fs::read(out).unwrap(), stderr)
}

#[test]
fn a_bundle_is_the_same_bytes_from_any_cache_folder_fresh_or_warm() {
    let dir = tempfile::tempdir().unwrap();
    let a = cache(dir.path(), "a");
    let b = cache(dir.path(), "elsewhere/b");
    let fresh = fixture_bundle(&a, &dir.path().join("fresh.bundle"));
    let warm = fixture_bundle(&a, &dir.path().join("warm.bundle"));
    let other = fixture_bundle(&b, &dir.path().join("out/other.bundle"));
    assert!(fresh == warm, "a warm cache bundles the same bytes");
    assert!(
        fresh == other,
        "another cache folder bundles the same bytes"
    );
    // No path of this machine is in it.
    let text = String::from_utf8_lossy(&fresh);
    assert!(!text.contains(dir.path().to_str().unwrap()));
    let (m, _, _) = manifest(&fresh);
    assert_eq!(m["version"], 1);
    assert_eq!(m["salt_sha256"], Value::Null);
    assert_eq!(m["entries"][0]["problem"], "sum-of-squares");
    // The entry is the cache's own file, byte for byte.
    let stored = entries(&a);
    assert_eq!(stored.len(), 1);
    assert!(fresh.ends_with(&stored[0].1));
    assert_eq!(
        m["entries"][0]["sha256"],
        hex::encode(Sha256::digest(&stored[0].1))
    );
}

#[test]
fn a_restored_cache_scores_the_same_bytes_as_the_one_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let a = cache(dir.path(), "a");
    let b = cache(dir.path(), "b");
    let bundle = dir.path().join("suite.bundle");
    let stdout = ok(&prepare(
        &a,
        &["--problems", PROBLEMS, "--out", bundle.to_str().unwrap()],
    ));
    assert!(stdout.contains("3 prepared problems"), "{stdout}");
    let stdout = ok(&prepare(&b, &["--restore", bundle.to_str().unwrap()]));
    assert!(
        stdout.contains("3 entries installed, 0 already present"),
        "{stdout}"
    );
    assert_eq!(
        entries(&a),
        entries(&b),
        "the same files, under the same keys"
    );
    // Again: nothing to do.
    let stdout = ok(&prepare(&b, &["--restore", bundle.to_str().unwrap()]));
    assert!(
        stdout.contains("0 entries installed, 3 already present"),
        "{stdout}"
    );
    // The restored cache serves every problem, and the results are the
    // same bytes.
    let (from_a, _) = score(&a, &dir.path().join("a.json"));
    let (from_b, stderr) = score(&b, &dir.path().join("b.json"));
    assert_eq!(stderr.matches(": cached (").count(), 3, "{stderr}");
    assert!(!stderr.contains(": prepared ("), "{stderr}");
    assert!(
        from_a == from_b,
        "restored or prepared here, the same results"
    );
    // And the restored cache bundles the same bytes again.
    let again = dir.path().join("again.bundle");
    ok(&prepare(
        &b,
        &["--problems", PROBLEMS, "--out", again.to_str().unwrap()],
    ));
    assert!(std::fs::read(&bundle).unwrap() == std::fs::read(&again).unwrap());
}

/// `prepare --restore` of `bytes` into an empty cache: exit 2, the message
/// names the file and `field`, and nothing was installed. Returns stderr.
fn refused(dir: &Path, name: &str, bytes: &[u8], field: &str, extra: &[&str]) -> String {
    let path = dir.join(format!("{name}.bundle"));
    std::fs::write(&path, bytes).unwrap();
    let cache = cache(dir, &format!("cache-{name}"));
    let mut args = vec!["--restore", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let output = prepare(&cache, &args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{name}: {stderr}");
    assert!(
        stderr.contains(&format!("bundle {}: {field}", path.display())),
        "{name}: {stderr}"
    );
    assert!(entries(&cache).is_empty(), "{name}: nothing installed");
    stderr
}

#[test]
fn a_tampered_or_foreign_bundle_is_refused_and_nothing_is_installed() {
    let dir = tempfile::tempdir().unwrap();
    let good = fixture_bundle(&cache(dir.path(), "a"), &dir.path().join("good.bundle"));
    let (m, start, end) = manifest(&good);

    let mut flipped = good.clone();
    let last = flipped.len() - 10;
    flipped[last] ^= 0x20;
    let stderr = refused(dir.path(), "flipped", &flipped, "entries[0]", &[]);
    assert!(stderr.contains("the manifest says"), "{stderr}");

    let hash = m["entries"][0]["sha256"].as_str().unwrap();
    let wrong_hash = replace(&good, hash, &"0".repeat(64));
    refused(dir.path(), "wrong-hash", &wrong_hash, "entries[0]", &[]);

    let truncated = &good[..good.len() - 1];
    let stderr = refused(dir.path(), "truncated", truncated, "entries", &[]);
    assert!(stderr.contains("truncated"), "{stderr}");
    refused(
        dir.path(),
        "manifest-cut",
        &good[..end - 5],
        "manifest",
        &[],
    );

    // Made for another runtime: the manifest names another identity.
    let identity = m["runtime_identity"].as_str().unwrap();
    let other = "f".repeat(64);
    let foreign = replace(&good, &format!("\"{identity}\""), &format!("\"{other}\""));
    let stderr = refused(
        dir.path(),
        "foreign",
        &foreign,
        "manifest.runtime_identity",
        &[],
    );
    assert!(
        stderr.contains(&other) && stderr.contains(identity),
        "{stderr}"
    );

    // Restored for another cost model.
    let stderr = refused(
        dir.path(),
        "cost-model",
        &good,
        "manifest.cost_model",
        &["--cost-model", "plain"],
    );
    assert!(
        stderr.contains("cost model cost-v1") && stderr.contains("cost model plain"),
        "{stderr}"
    );

    // A manifest over the bound is refused on its length line.
    let mut oversized = b"effgauge-prepared-bundle\n99999999\n".to_vec();
    oversized.extend_from_slice(&good[start..]);
    let stderr = refused(
        dir.path(),
        "oversized",
        &oversized,
        "header.manifest_length",
        &[],
    );
    assert!(stderr.contains("over the bound"), "{stderr}");

    refused(dir.path(), "not-a-bundle", b"PK\x03\x04", "header", &[]);
}

/// `bytes` with the one occurrence of `from` replaced by `to` (same length).
fn replace(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let at = bytes
        .windows(from.len())
        .position(|w| w == from.as_bytes())
        .unwrap();
    let mut out = bytes.to_vec();
    out[at..at + to.len()].copy_from_slice(to.as_bytes());
    out
}

#[test]
fn a_held_out_bundle_needs_allow_secret_inputs_and_records_only_the_hash() {
    let dir = tempfile::tempdir().unwrap();
    let a = cache(dir.path(), "a");
    let suite = fixture("suite");
    let out = dir.path().join("held-out.bundle");
    let secret = "a long test secret for the held-out bundle";
    let args = [
        "--quiet",
        "--suite",
        suite.to_str().unwrap(),
        "--salt",
        secret,
        "--out",
        out.to_str().unwrap(),
    ];
    let output = prepare(&a, &args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--allow-secret-inputs"), "{stderr}");
    assert!(!out.exists());
    assert!(entries(&a).is_empty(), "refused before preparing");
    // --held-out too, before the installation salt is made.
    let held_out = prepare(&a, &["--held-out", "--out", out.to_str().unwrap()]);
    assert_eq!(held_out.status.code(), Some(2));
    assert!(!a.join("installation-salt").exists());

    let mut allowed = args.to_vec();
    allowed.push("--allow-secret-inputs");
    let output = prepare(&a, &allowed);
    ok(&output);
    assert!(String::from_utf8_lossy(&output.stderr).contains("as secret as the salt"));
    let bytes = std::fs::read(&out).unwrap();
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&out).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600, "readable by its owner only");
    let (m, _, _) = manifest(&bytes);
    let hash = hex::encode(Sha256::digest(secret.as_bytes()));
    assert_eq!(m["salt_sha256"], hash.as_str());
    assert!(m["entries"][0]["key"]
        .as_str()
        .unwrap()
        .ends_with(&format!("-salt-{}", &hash[..16])));
    assert!(!String::from_utf8_lossy(&bytes).contains(secret));
    // Restored elsewhere, it is the salted entry the cache keeps.
    let b = cache(dir.path(), "b");
    let stdout = ok(&prepare(&b, &["--restore", out.to_str().unwrap()]));
    assert!(stdout.contains("held-out inputs"), "{stdout}");
    assert_eq!(entries(&a), entries(&b));
}

#[test]
fn bad_selections_and_mixed_modes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = cache(dir.path(), "a");
    let out = dir.path().join("x.bundle");
    let out = out.to_str().unwrap();
    let no_such = prepare(&a, &["--problems", "no-such-problem", "--out", out]);
    assert_eq!(no_such.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_such.stderr).contains("no-such-problem"));
    let both = prepare(&a, &["--restore", out, "--problems", "relay-latency"]);
    assert_eq!(both.status.code(), Some(2));
    let neither = prepare(&a, &[]);
    assert_eq!(neither.status.code(), Some(2));
    let meter = prepare(&a, &["--meter", "wall", "--out", out]);
    assert_eq!(meter.status.code(), Some(2));
    let missing = prepare(&a, &["--restore", "/nonexistent/x.bundle"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/x.bundle"));
}
