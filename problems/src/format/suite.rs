//! A suite: a folder of problem folders.

use crate::{limits, Problem, ProblemsError, SizeRule};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Every problem of a suite folder, sorted by id.
#[derive(Debug, Clone)]
pub struct Suite {
    pub dir: PathBuf,
    pub problems: Vec<Problem>,
    /// Where an imported suite comes from (`[suite] imported = "enamel"` in
    /// its `suite.toml`); `None` for a suite written for effgauge. An
    /// imported suite is validated with the authoring gates relaxed.
    pub imported: Option<String>,
    /// Whether every level must declare its size (`[suite] sizes =
    /// "required"`; the bundled suite says so).
    pub sizes: SizeRule,
}

/// The optional file at the root of a suite folder.
pub const SUITE_MANIFEST: &str = "suite.toml";

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SuiteFile {
    suite: SuiteTable,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SuiteTable {
    /// The harness or dataset the suite was converted from.
    imported: Option<String>,
    /// The file it was converted from (informative).
    #[allow(dead_code)]
    source: Option<String>,
    /// `"required"`: every level of every problem declares `size`.
    #[serde(default)]
    sizes: SizeRule,
}

/// What `suite.toml` says; its absence says nothing.
#[derive(Default)]
struct Marker {
    imported: Option<String>,
    sizes: SizeRule,
}

impl Suite {
    /// The suite commands use when given none: `$EFFGAUGE_SUITE` if set
    /// (a container image or an installation that moved the suite), else
    /// the one that ships with effgauge (`problems/suite` of the sources
    /// the binary was built from; `cargo install --git` keeps them).
    pub fn bundled_dir() -> PathBuf {
        match std::env::var_os("EFFGAUGE_SUITE") {
            Some(dir) if !dir.is_empty() => PathBuf::from(dir),
            _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("suite"),
        }
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
        let marker = read_marker(dir)?;
        let mut problems = Vec::new();
        let mut errors = Vec::new();
        for folder in folders {
            match Problem::load_with(&folder, marker.sizes) {
                Ok(p) => problems.push(p),
                Err(e) => errors.push(e),
            }
        }
        problems.sort_by(|a, b| a.id.cmp(&b.id));
        let suite = Suite {
            dir: dir.to_path_buf(),
            problems,
            imported: marker.imported,
            sizes: marker.sizes,
        };
        Ok((suite, errors))
    }

    pub fn get(&self, id: &str) -> Option<&Problem> {
        self.problems
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.problems[i])
    }

    /// The level weights that the problems named by `ids` (every problem
    /// when `ids` is empty; unknown ids are left to the caller) declare in
    /// their `problem.toml`, when they all declare the same: what scoring
    /// uses unless told otherwise. `Err` names two problems that differ.
    pub fn level_weights(&self, ids: &[String]) -> Result<Vec<f64>, String> {
        let weights = |p: &Problem| p.levels.iter().map(|l| l.weight).collect::<Vec<f64>>();
        let mut chosen = self
            .problems
            .iter()
            .filter(|p| ids.is_empty() || ids.contains(&p.id));
        let Some(first) = chosen.next() else {
            return Err("no problem to take level weights from".into());
        };
        let common = weights(first);
        match chosen.find(|p| weights(p) != common) {
            None => Ok(common),
            Some(other) => Err(format!(
                "problems {} and {} declare different level weights ({} and {}); give --weights",
                first.id,
                other.id,
                shown(&common),
                shown(&weights(other)),
            )),
        }
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

/// Where an importer may write a suite: a folder that does not exist or is
/// empty (`Err`: the path and why not).
pub(crate) fn check_import_folder(out: &Path) -> Result<(), (PathBuf, String)> {
    if out.exists() {
        let mut entries = std::fs::read_dir(out).map_err(|e| (out.to_path_buf(), e.to_string()))?;
        if entries.next().is_some() {
            return Err((
                out.to_path_buf(),
                "the output folder is not empty (import into a new folder)".into(),
            ));
        }
    }
    Ok(())
}

/// Writes an imported suite into `out`: its `suite.toml` (by `importer`,
/// from `source`), then each problem's folder, named by its id, with its
/// files (`Err`: the path that could not be written and why).
pub(crate) fn write_imported_suite<'a>(
    out: &Path,
    importer: &str,
    source: &str,
    problems: impl IntoIterator<Item = (&'a str, Vec<(&'static str, String)>)>,
) -> Result<(), (PathBuf, String)> {
    let write = |path: PathBuf, text: String| {
        std::fs::write(&path, text).map_err(|e| (path, e.to_string()))
    };
    let create =
        |dir: &Path| std::fs::create_dir_all(dir).map_err(|e| (dir.to_path_buf(), e.to_string()));
    create(out)?;
    write(
        out.join(SUITE_MANIFEST),
        imported_manifest(importer, source),
    )?;
    for (id, files) in problems {
        let dir = out.join(id);
        create(&dir)?;
        for (name, text) in files {
            write(dir.join(name), text)?;
        }
    }
    Ok(())
}

/// The `suite.toml` an importer writes: the suite is `imported` (by
/// `importer`, from `source`), which relaxes the authoring gates.
fn imported_manifest(importer: &str, source: &str) -> String {
    format!(
        "# Written by `effgauge import {importer}`: the authoring gates (examples,\n\
         # alternatives, separation) are relaxed for this suite.\n\
         [suite]\nimported = {}\nsource = {}\n",
        super::toml_str(importer),
        super::toml_str(source),
    )
}

/// `suite.toml`, if there is one: `[suite] imported = "..."`, `sizes =
/// "required"`.
fn read_marker(dir: &Path) -> Result<Marker, ProblemsError> {
    let path = dir.join(SUITE_MANIFEST);
    let suite_error = |message: String| ProblemsError::Suite {
        dir: dir.to_path_buf(),
        message: format!("{}: {message}", path.display()),
    };
    let bytes = match limits::read_bounded(&path, limits::MAX_MANIFEST_BYTES) {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(size)) => {
            return Err(suite_error(limits::too_large(
                size,
                limits::MAX_MANIFEST_BYTES,
            )))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Marker::default()),
        Err(e) => return Err(suite_error(e.to_string())),
    };
    let text = String::from_utf8(bytes).map_err(|_| suite_error("not valid UTF-8".into()))?;
    let file: SuiteFile = toml::from_str(&text).map_err(|e| {
        let line = e.span().map(|s| {
            1 + text.as_bytes()[..s.start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
        });
        ProblemsError::Suite {
            dir: dir.to_path_buf(),
            message: format!(
                "{}{}: {}",
                path.display(),
                line.map(|l| format!(":{l}")).unwrap_or_default(),
                e.message().trim()
            ),
        }
    })?;
    if let Some(imported) = &file.suite.imported {
        limits::check_label(imported).map_err(|m| {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("imported"))
                .map_or(String::new(), |i| format!("line {}: ", i + 1));
            suite_error(format!("{line}suite.imported: {m}"))
        })?;
    }
    Ok(Marker {
        imported: file.suite.imported.filter(|s| !s.trim().is_empty()),
        sizes: file.suite.sizes,
    })
}

fn shown(weights: &[f64]) -> String {
    weights
        .iter()
        .map(|w| w.to_string())
        .collect::<Vec<_>>()
        .join(",")
}
