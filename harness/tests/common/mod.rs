//! Helpers shared by the end-to-end tests of the `effgauge` binary.
#![allow(dead_code)]

pub mod fake_api;
pub mod serve;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// Copies the folder `from` (and everything under it) to `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

pub fn effgauge() -> Command {
    Command::cargo_bin("effgauge").unwrap()
}

pub fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

pub fn model<'a>(results: &'a Value, name: &str) -> &'a Value {
    results["models"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["model"] == name)
        .unwrap()
}

pub fn metric(model: &Value, name: &str) -> f64 {
    let m = model["summary"]["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == name)
        .unwrap();
    m["value"].as_f64().unwrap()
}

/// `score` of `samples` against the fixture suite, quietly, into `out`.
///
/// The fixture's quadratic sample needs about 12× its level-3 limit to
/// finish: the tests built on it measure limits and growth, so its limit
/// hits are verified with room to spare (`--verify-multiple 64`) and stay
/// censored, as they were before verification existed.
pub fn score_fixture(samples: &Path, out: &Path) -> Command {
    let mut command = effgauge();
    command
        .args(["score", "--quiet", "--verify-multiple", "64", "--suite"])
        .arg(fixture("suite"))
        .arg(samples)
        .arg("--out")
        .arg(out);
    command
}

/// A few cheap problems of the bundled suite and the example samples.
pub const PROBLEMS: &str = "pairs-at-exact-gap,relay-latency,rotate-grid-clockwise";

pub fn score_examples(out: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    effgauge()
        .current_dir(root())
        .args([
            "score",
            "examples/reference.jsonl",
            "examples/alternatives.jsonl",
            "--quiet",
            "--problems",
            PROBLEMS,
        ])
        .arg("--out")
        .arg(out)
        .args(extra)
        .assert()
}

/// A cache folder of its own under `parent` (so a test can make and inspect
/// an installation salt without touching the real cache), that still shares
/// the real cache's compiled snapshots (`modules/`, a symbolic link) so no
/// test compiles the interpreter again. Pass it to [`in_cache`]. Calling it
/// again gives the same folder.
pub fn isolated_cache(parent: &Path) -> PathBuf {
    let cache = parent.join("cache");
    std::fs::create_dir_all(&cache).unwrap();
    let modules = effgauge_sandboxes::cache_root().join("modules");
    std::fs::create_dir_all(&modules).unwrap();
    let link = cache.join("modules");
    if std::fs::symlink_metadata(&link).is_err() {
        std::os::unix::fs::symlink(&modules, &link).unwrap();
    }
    cache
}

/// Runs `command` with `cache` as its cache folder, and the runtime it
/// would have found in the real one (which is located through the cache
/// folder too) named by `EFFGAUGE_RUNTIME`; no salt from the environment.
/// (Without a built runtime the command finds none, and says so.)
pub fn in_cache<'a>(command: &'a mut Command, cache: &Path) -> &'a mut Command {
    if let Ok(runtime) = effgauge_sandboxes::Runtime::locate(None) {
        command.env("EFFGAUGE_RUNTIME", &runtime.dir);
    }
    command
        .env("EFFGAUGE_CACHE_DIR", cache)
        .env_remove("EFFGAUGE_SALT")
}

/// Every entry file of the outcome cache in `cache`, sorted.
pub fn outcome_entries(cache: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(shards) = std::fs::read_dir(cache.join("outcomes")) else {
        return files;
    };
    for shard in shards.flatten() {
        for file in std::fs::read_dir(shard.path()).unwrap().flatten() {
            files.push(file.path());
        }
    }
    files.sort();
    files
}

/// A suite of two problems in `dir`: the fixture suite's `sum-of-squares`
/// with a C++ track and a C track of its own, and a copy without either
/// (`no-cpp-track`). The bundled suite's tracks are not relied on here.
pub fn cpp_suite(dir: &Path) -> PathBuf {
    let suite = dir.join("suite");
    let problem = suite.join("sum-of-squares");
    copy_tree(&fixture("suite/sum-of-squares"), &problem);
    let plain = suite.join("no-cpp-track");
    copy_tree(&problem, &plain);
    let manifest = std::fs::read_to_string(plain.join("problem.toml")).unwrap();
    std::fs::write(
        plain.join("problem.toml"),
        manifest.replace("id = \"sum-of-squares\"", "id = \"no-cpp-track\""),
    )
    .unwrap();
    std::fs::create_dir(problem.join("cpp")).unwrap();
    std::fs::write(problem.join("cpp/track.toml"), "").unwrap();
    std::fs::write(
        problem.join("cpp/reference.cpp"),
        "#include <vector>\n\nlong long sum_of_squares(const std::vector<long long>& values) {\n    \
         long long total = 0;\n    for (long long v : values) total += v * v;\n    return total;\n}\n",
    )
    .unwrap();
    std::fs::create_dir(problem.join("c")).unwrap();
    std::fs::write(problem.join("c/track.toml"), "").unwrap();
    std::fs::write(
        problem.join("c/reference.c"),
        "long long sum_of_squares(long long* values, int valuesSize) {\n    long long total = 0;\n    \
         for (int i = 0; i < valuesSize; i++) total += values[i] * values[i];\n    return total;\n}\n",
    )
    .unwrap();
    suite
}
