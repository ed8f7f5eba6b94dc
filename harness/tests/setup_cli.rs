//! End-to-end tests of `effgauge setup`. They need the built runtime.

mod common;

use common::*;

#[test]
fn setup_finds_the_cached_runtime_and_snapshot() {
    let out = effgauge().arg("setup").assert().success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let dir = stdout.trim();
    assert!(
        dir.ends_with(&effgauge_sandboxes::recipe_key()),
        "setup printed {dir}"
    );
    assert!(std::path::Path::new(dir).join("python.wasm").is_file());
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("runtime: cached"), "{stderr}");
    assert!(stderr.contains("snapshot:"), "{stderr}");
}

#[test]
fn setup_without_a_runtime_runs_the_embedded_recipe_and_reports_a_failure_as_setup() {
    // An empty cache and no bash on PATH: setup must try to build (writing
    // the embedded recipe out and running it) and fail with exit 3 saying
    // why, not panic or claim success.
    let cache = tempfile::tempdir().unwrap();
    let out = effgauge()
        .arg("setup")
        .env("EFFGAUGE_CACHE_DIR", cache.path())
        .env_remove("EFFGAUGE_RUNTIME")
        .env("PATH", cache.path().join("no-such-bin"))
        .assert()
        .code(3);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("building recipe"), "{stderr}");
    assert!(stderr.contains("bash"), "{stderr}");
}
