//! A suite: a folder of problem folders.

use crate::{Problem, ProblemsError};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Every problem of a suite folder, sorted by id.
#[derive(Debug, Clone)]
pub struct Suite {
    pub dir: PathBuf,
    pub problems: Vec<Problem>,
}

impl Suite {
    /// The suite that ships with effgauge (`problems/suite`).
    pub fn bundled_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("suite")
    }

    /// Loads every problem of `dir` (each sub-folder that is not hidden).
    /// Every problem is loaded and all the errors are collected: one invalid
    /// problem is returned as itself, several as [`ProblemsError::Many`].
    pub fn load(dir: &Path) -> Result<Suite, ProblemsError> {
        let (suite, mut errors) = Suite::load_partial(dir)?;
        match errors.len() {
            0 => Ok(suite),
            1 => Err(errors.remove(0)),
            _ => Err(ProblemsError::Many(errors)),
        }
    }

    /// Loads what loads: the valid problems, and an error for each invalid
    /// one (so a command can go on with the rest and report the others). Only
    /// an unreadable suite folder is an error here.
    pub fn load_partial(dir: &Path) -> Result<(Suite, Vec<ProblemsError>), ProblemsError> {
        let suite_error = |message: String| ProblemsError::Suite {
            dir: dir.to_path_buf(),
            message,
        };
        let entries = std::fs::read_dir(dir).map_err(|e| suite_error(e.to_string()))?;
        let mut folders = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| suite_error(e.to_string()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with('.') && entry.path().is_dir() {
                folders.push(entry.path());
            }
        }
        folders.sort();
        let mut problems = Vec::new();
        let mut errors = Vec::new();
        for folder in folders {
            match Problem::load(&folder) {
                Ok(p) => problems.push(p),
                Err(e) => errors.push(e),
            }
        }
        problems.sort_by(|a, b| a.id.cmp(&b.id));
        let suite = Suite {
            dir: dir.to_path_buf(),
            problems,
        };
        Ok((suite, errors))
    }

    pub fn get(&self, id: &str) -> Option<&Problem> {
        self.problems
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.problems[i])
    }

    /// SHA-256 over every problem's id and content hash, in id order: it
    /// changes whenever any file of any problem does.
    pub fn content_hash(&self) -> String {
        let mut hasher = Sha256::new();
        for p in &self.problems {
            hasher.update(p.id.as_bytes());
            hasher.update([0]);
            hasher.update(p.content_hash.as_bytes());
            hasher.update([b'\n']);
        }
        hex::encode(hasher.finalize())
    }
}
