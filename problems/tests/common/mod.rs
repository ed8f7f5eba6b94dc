//! Fixture suites, and copies of them to break in a temporary folder.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

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
