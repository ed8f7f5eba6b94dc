//! One problem: its folder, loaded and checked on the host (nothing runs
//! here; see [`crate::prepare()`] and [`crate::validate()`] for what does).

use super::manifest::{self, Described};
use crate::judge::compare::Compare;
use crate::limits::{self, MAX_MANIFEST_BYTES, MAX_PYTHON_BYTES};
use crate::ProblemsError;
use effgauge_sandboxes::Protocol;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// How hard the problem is meant to be for a model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn name(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

/// How `generator.py` is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Convention {
    /// `generate(level, case, rng)` with a seeded `random.Random` (default).
    LevelCaseRng,
    /// ENAMEL's `generate_input(size, level, case)`, with each level's `size`.
    SizeLevelCase,
}

impl Convention {
    pub fn name(self) -> &'static str {
        match self {
            Convention::LevelCaseRng => "level-case-rng",
            Convention::SizeLevelCase => "size-level-case",
        }
    }
}

/// Whether every level of a problem must declare its nominal input `size`
/// (set for a whole suite by its `suite.toml`: `[suite] sizes = "required"`;
/// the bundled suite does, so its scaling curves and growth exponents are
/// never missing).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SizeRule {
    /// A level may leave `size` out (then no exponent involves it), except
    /// under the `size-level-case` convention, which needs it.
    #[default]
    Optional,
    /// Every level declares `size`, and each weighted level is larger than
    /// the weighted level before it.
    Required,
}

/// The optional `[limits]` table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ProblemLimits {
    /// Linear memory of every run on this problem, in MiB (default: the
    /// sandbox's 1 GiB).
    pub memory_mib: Option<u64>,
}

/// One `[[levels]]` table: a group of cases of about the same size.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Level {
    /// Weight of the level in a score (0: correctness only).
    pub weight: f64,
    pub cases: usize,
    pub description: String,
    /// The level's nominal input size n (what its growth exponents are
    /// measured against; also the argument of a `size-level-case`
    /// generator).
    pub size: Option<u64>,
}

/// One known-correct but differently efficient solution
/// (`alternatives/<name>.py`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alternative {
    pub name: String,
    pub source: String,
    /// What `problem.toml` says it stands for (`[[alternatives]]`), if
    /// anything: the authoring gate `slips` requires it.
    pub described: Option<Described>,
}

/// A problem folder, loaded.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub id: String,
    pub title: String,
    /// The function every solution defines (empty for a stdio problem).
    pub entry_point: String,
    /// How a case reaches a program and its answer comes back.
    pub protocol: Protocol,
    pub tags: Vec<String>,
    pub difficulty: Difficulty,
    /// The problem's own α (the time-limit factor of scoring; also the
    /// separation gate's threshold when set).
    pub alpha: Option<f64>,
    pub levels: Vec<Level>,
    pub convention: Convention,
    pub limits: ProblemLimits,
    /// What the model is shown: `prompt.py` (a function's signature and
    /// docstring), or a stdio problem's statement, `prompt.md`.
    pub prompt: String,
    pub reference: String,
    pub alternatives: Vec<Alternative>,
    pub generator: String,
    pub checker: Option<String>,
    /// How outputs are compared with the reference's where there is no
    /// checker (`compare` in `problem.toml`).
    pub compare: Compare,
    pub dir: PathBuf,
    /// SHA-256 over every file of the folder (see [`content_hash`]).
    pub content_hash: String,
    /// The C++ track (`cpp/`), if the problem has one.
    pub cpp: Option<crate::native::NativeTrack>,
    /// The C track (`c/`), if the problem has one.
    pub c: Option<crate::native::NativeTrack>,
}

/// The files of a problem folder, by name.
pub const MANIFEST: &str = "problem.toml";
pub const PROMPT: &str = "prompt.py";
/// A stdio problem's statement (it has no `prompt.py`).
pub const STATEMENT: &str = "prompt.md";
pub const REFERENCE: &str = "reference.py";
pub const GENERATOR: &str = "generator.py";
pub const CHECKER: &str = "checker.py";
pub const ALTERNATIVES: &str = "alternatives";

impl Problem {
    /// The problem's compiled track in `dialect`, if it has one.
    pub fn native(&self, dialect: crate::native::Dialect) -> Option<&crate::native::NativeTrack> {
        match dialect {
            crate::native::Dialect::Cpp => self.cpp.as_ref(),
            crate::native::Dialect::C => self.c.as_ref(),
        }
    }

    /// Loads the problem in `dir`; its id is the folder name. Sizes are
    /// optional (see [`Problem::load_with`]).
    pub fn load(dir: &Path) -> Result<Problem, ProblemsError> {
        Problem::load_with(dir, SizeRule::Optional)
    }

    /// Loads the problem in `dir` under its suite's rule for level sizes.
    pub fn load_with(dir: &Path, sizes: SizeRule) -> Result<Problem, ProblemsError> {
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let manifest_path = dir.join(MANIFEST);
        let text = read(
            &id,
            &manifest_path,
            "the problem's metadata (id, title, levels)",
        )?;
        let mut alternatives = load_alternatives(&id, &dir.join(ALTERNATIVES))?;
        // Without the folder (a copy stripped for scoring, which does not
        // need alternatives) the descriptions describe nothing to check.
        let files: Option<Vec<String>> = dir
            .join(ALTERNATIVES)
            .is_dir()
            .then(|| alternatives.iter().map(|a| a.name.clone()).collect());
        let m = manifest::parse(&id, &manifest_path, &text, sizes, files.as_deref())?;
        for (name, described) in &m.described {
            if let Some(alt) = alternatives.iter_mut().find(|a| &a.name == name) {
                alt.described = Some(*described);
            }
        }
        let prompt = match m.protocol {
            Protocol::Function => read(&id, &dir.join(PROMPT), "the prompt shown to the model")?,
            Protocol::Stdio => read(
                &id,
                &dir.join(STATEMENT),
                "the statement shown to the model",
            )?,
        };
        let reference = read(&id, &dir.join(REFERENCE), "the reference solution")?;
        let generator = read(&id, &dir.join(GENERATOR), "the input generator")?;
        let checker_path = dir.join(CHECKER);
        let checker = if checker_path.exists() {
            Some(read(&id, &checker_path, "the output checker")?)
        } else {
            None
        };
        if checker.is_some() && m.compare != Compare::default() {
            return Err(ProblemsError::Invalid {
                problem: id.clone(),
                path: manifest_path.clone(),
                message: format!(
                    "compare: `{}` and checker.py both decide correctness; keep one",
                    m.compare.name()
                ),
            });
        }
        let content_hash = content_hash(dir).map_err(|(path, source)| ProblemsError::Io {
            problem: id.clone(),
            path,
            source,
        })?;
        let track = |dialect| {
            crate::native::NativeTrack::load(&id, dir, &m.entry_point, &prompt, m.protocol, dialect)
        };
        let cpp = track(crate::native::Dialect::Cpp)?;
        let c = track(crate::native::Dialect::C)?;
        Ok(Problem {
            cpp,
            c,
            id: m.id,
            title: m.title,
            entry_point: m.entry_point,
            protocol: m.protocol,
            tags: m.tags,
            difficulty: m.difficulty,
            alpha: m.alpha,
            levels: m.levels,
            convention: m.convention,
            limits: m.limits,
            prompt,
            reference,
            alternatives,
            generator,
            checker,
            compare: m.compare,
            dir: dir.to_path_buf(),
            content_hash,
        })
    }

    /// Every (level, case) in order: level by level, case by case.
    pub fn case_ids(&self) -> Vec<(usize, usize)> {
        self.levels
            .iter()
            .enumerate()
            .flat_map(|(l, level)| (0..level.cases).map(move |c| (l, c)))
            .collect()
    }

    /// The linear-memory cap of every run on this problem.
    pub fn memory_bytes(&self) -> u64 {
        match self.limits.memory_mib {
            Some(mib) => mib.saturating_mul(1 << 20),
            None => effgauge_sandboxes::Limits::default().memory_bytes,
        }
    }

    /// The path of one of the problem's files, for messages.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

/// Reads a source file of the problem (bounded as [`read`] is).
pub(crate) fn read_source(
    problem: &str,
    path: &Path,
    what: &'static str,
) -> Result<String, ProblemsError> {
    read(problem, path, what)
}

/// Reads a file of the problem, of at most [`MAX_PYTHON_BYTES`] bytes
/// ([`MAX_MANIFEST_BYTES`] for `problem.toml`), checked before it is read.
fn read(problem: &str, path: &Path, what: &'static str) -> Result<String, ProblemsError> {
    let max = if path.file_name().is_some_and(|n| n == MANIFEST) {
        MAX_MANIFEST_BYTES
    } else {
        MAX_PYTHON_BYTES
    };
    match limits::read_bounded(path, max) {
        Ok(Err(size)) => Err(ProblemsError::Invalid {
            problem: problem.to_owned(),
            path: path.to_path_buf(),
            message: limits::too_large(size, max),
        }),
        Ok(Ok(bytes)) => String::from_utf8(bytes).map_err(|_| ProblemsError::Invalid {
            problem: problem.to_owned(),
            path: path.to_path_buf(),
            message: "not valid UTF-8".into(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ProblemsError::MissingFile {
            problem: problem.to_owned(),
            path: path.to_path_buf(),
            what,
        }),
        Err(source) => Err(ProblemsError::Io {
            problem: problem.to_owned(),
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn load_alternatives(problem: &str, dir: &Path) -> Result<Vec<Alternative>, ProblemsError> {
    load_sources(problem, dir, "py")
}

/// The `*.{extension}` files of `dir` as alternatives, by name; none when
/// there is no such folder.
pub(crate) fn load_sources(
    problem: &str,
    dir: &Path,
    extension: &str,
) -> Result<Vec<Alternative>, ProblemsError> {
    let io = |source| ProblemsError::Io {
        problem: problem.to_owned(),
        path: dir.to_path_buf(),
        source,
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        // Alternatives are for authoring (the validator's `alternatives` and
        // `separation` gates); scoring does not need them, and an imported
        // suite has none.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io(e)),
    };
    let mut alternatives = Vec::new();
    for entry in entries {
        let path = entry.map_err(io)?.path();
        let (Some(stem), Some(ext)) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.extension().and_then(|s| s.to_str()),
        ) else {
            continue;
        };
        if ext != extension {
            continue;
        }
        if stem.starts_with('.') {
            continue;
        }
        alternatives.push(Alternative {
            name: stem.to_owned(),
            source: read(problem, &path, "an alternative solution")?,
            described: None,
        });
    }
    alternatives.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(alternatives)
}

/// SHA-256 over every file of a problem folder, in order of relative path
/// (with `/` separators): for each, the path, a NUL byte, the length as 8
/// little-endian bytes, and the content. Hidden entries (`.name`) and
/// `__pycache__` folders are left out, so that an editor's swap file or a
/// local Python run does not change it.
pub fn content_hash(dir: &Path) -> Result<String, (PathBuf, std::io::Error)> {
    let mut files = Vec::new();
    collect(dir, "", &mut files)?;
    files.sort();
    let mut hasher = Sha256::new();
    for rel in files {
        let path = dir.join(&rel);
        // Streamed: a folder may hold a file of any size, and hashing it
        // must not need its size in memory.
        let hashed = (|| {
            let file = std::fs::File::open(&path)?;
            let len = file.metadata()?.len();
            hasher.update(rel.as_bytes());
            hasher.update([0]);
            hasher.update(len.to_le_bytes());
            let copied = std::io::copy(&mut file.take(len), &mut hasher)?;
            if copied != len {
                return Err(std::io::Error::other(format!(
                    "changed while being hashed ({len} bytes, then {copied})"
                )));
            }
            Ok(())
        })();
        hashed.map_err(|e| (path, e))?;
    }
    Ok(hex::encode(hasher.finalize()))
}

fn collect(
    dir: &Path,
    prefix: &str,
    out: &mut Vec<String>,
) -> Result<(), (PathBuf, std::io::Error)> {
    let entries = std::fs::read_dir(dir).map_err(|e| (dir.to_path_buf(), e))?;
    for entry in entries {
        let entry = entry.map_err(|e| (dir.to_path_buf(), e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "__pycache__" {
            continue;
        }
        let rel = format!("{prefix}{name}");
        let path = entry.path();
        if path.is_dir() {
            collect(&path, &format!("{rel}/"), out)?;
        } else {
            out.push(rel);
        }
    }
    Ok(())
}
