//! Fixture suites, and copies of them to break in a temporary folder.
#![allow(dead_code)]

use effgauge_problems::{Gate, Problem, ValidateOptions, ValidationReport};
use effgauge_sandboxes::{Runtime, SandboxEngine};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One engine per test binary (needs the built runtime).
pub fn engine() -> &'static SandboxEngine {
    static ENGINE: OnceLock<SandboxEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        SandboxEngine::new(Runtime::locate(None).expect("the runtime is built")).unwrap()
    })
}

pub fn problem(dir: &Path) -> Problem {
    Problem::load(dir).unwrap()
}

/// The default gates, with a cache of the test's own.
pub fn options(cache: &Path) -> ValidateOptions {
    ValidateOptions {
        cache_dir: Some(cache.to_path_buf()),
        ..ValidateOptions::default()
    }
}

pub fn gate<'a>(report: &'a ValidationReport, name: &str) -> &'a Gate {
    report.gates.iter().find(|g| g.name == name).unwrap()
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn good() -> PathBuf {
    fixtures().join("good")
}

pub fn broken() -> PathBuf {
    fixtures().join("broken")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of fixture problem `good/<id>` as `<tmp>/<new_id>` (its
/// `problem.toml` id changed to match); returns the problem folder.
pub fn copy_problem(tmp: &Path, id: &str, new_id: &str) -> PathBuf {
    let dir = tmp.join(new_id);
    copy_dir(&good().join(id), &dir);
    let manifest = dir.join("problem.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        text.replacen(&format!("id = \"{id}\""), &format!("id = \"{new_id}\""), 1),
    )
    .unwrap();
    dir
}

/// Replaces `from` by `to` in one file of a problem folder.
pub fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} does not contain {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}
