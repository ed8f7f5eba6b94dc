//! The one error type of the crate. Every message names the problem and the
//! file it is about (and, for `problem.toml`, the line and the field), so a
//! suite writer can go straight to the mistake.

use effgauge_sandboxes::SandboxError;
use std::fmt::Write as _;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ProblemsError {
    /// The C++ toolchain is missing or failed (not a candidate's compile
    /// error, which is the candidate's outcome).
    #[error("{0}")]
    Toolchain(String),
    /// `problem.toml` does not parse or a field is wrong, e.g.
    /// `problems/suite/foo/problem.toml:7: levels[2].weight: expected a number`.
    #[error("{}{}: {}{message}", path.display(), line_part(*line), field_part(field))]
    Manifest {
        problem: String,
        path: PathBuf,
        /// 1-based; `None` when the field is missing altogether.
        line: Option<usize>,
        /// The field's path, e.g. `levels[2].weight` (empty for syntax errors).
        field: String,
        message: String,
    },
    /// A file the format requires is not there.
    #[error("problem `{problem}`: missing file {}: {what}", path.display())]
    MissingFile {
        problem: String,
        path: PathBuf,
        what: &'static str,
    },
    /// A file cannot be read.
    #[error("problem `{problem}`: {}: {source}", path.display())]
    Io {
        problem: String,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file is there but breaks the format (not UTF-8, fails to import, ...).
    #[error("problem `{problem}`: {}: {message}", path.display())]
    Invalid {
        problem: String,
        path: PathBuf,
        message: String,
    },
    /// The generator, the reference or the checker failed on one case.
    #[error("problem `{problem}`: {}: level {level} case {case}: {message}", path.display())]
    Case {
        problem: String,
        path: PathBuf,
        level: usize,
        case: usize,
        message: String,
    },
    /// The sandbox engine itself failed (not the guest: guests only have
    /// outcomes).
    #[error("problem `{problem}`: the sandbox failed: {source}")]
    Sandbox {
        problem: String,
        #[source]
        source: SandboxError,
    },
    /// The suite folder itself is unusable.
    #[error("suite {}: {message}", dir.display())]
    Suite { dir: PathBuf, message: String },
    /// No problem with this id in the suite.
    #[error("suite {}: no problem `{id}`", dir.display())]
    NoSuchProblem { dir: PathBuf, id: String },
    /// The on-disk cache cannot be written.
    #[error("cache {}: {message}", path.display())]
    Cache { path: PathBuf, message: String },
    /// A prepared bundle that is malformed, over a bound, tampered with or
    /// made for another runtime, wasmtime, metering version or cost model
    /// (see [`crate::bundle`]); `field` names where, e.g.
    /// `manifest.entries[3].sha256` (empty when about the file as a whole).
    #[error("bundle {}: {}{message}", path.display(), field_part(field))]
    Bundle {
        path: PathBuf,
        field: String,
        message: String,
    },
    /// A file this crate writes for the caller (a bundle) cannot be written.
    #[error("cannot write {}: {message}", path.display())]
    Output { path: PathBuf, message: String },
    /// The installation's salt file (held-out runs) cannot be read, is
    /// malformed or cannot be made. The message never quotes the file.
    #[error("installation salt {}: {message}", path.display())]
    InstallationSalt { path: PathBuf, message: String },
    /// Several problems are invalid (what [`crate::Suite::load`] returns when
    /// more than one is).
    #[error("{} problems are invalid:{}", .0.len(), bullets(.0))]
    Many(Vec<ProblemsError>),
}

impl ProblemsError {
    /// The id of the problem the error is about, if it is about one.
    pub fn problem(&self) -> Option<&str> {
        match self {
            ProblemsError::Manifest { problem, .. }
            | ProblemsError::MissingFile { problem, .. }
            | ProblemsError::Io { problem, .. }
            | ProblemsError::Invalid { problem, .. }
            | ProblemsError::Case { problem, .. }
            | ProblemsError::Sandbox { problem, .. } => Some(problem),
            ProblemsError::NoSuchProblem { id, .. } => Some(id),
            _ => None,
        }
    }

    /// Whether the error is about the machine (sandbox, cache) rather than
    /// the content of a problem.
    pub fn is_setup(&self) -> bool {
        matches!(
            self,
            ProblemsError::Sandbox { .. }
                | ProblemsError::Cache { .. }
                | ProblemsError::Output { .. }
                | ProblemsError::InstallationSalt { .. }
        )
    }

    pub(crate) fn sandbox(problem: &str) -> impl FnOnce(SandboxError) -> Self + '_ {
        move |source| ProblemsError::Sandbox {
            problem: problem.to_owned(),
            source,
        }
    }
}

fn line_part(line: Option<usize>) -> String {
    line.map(|l| format!(":{l}")).unwrap_or_default()
}

fn field_part(field: &str) -> String {
    if field.is_empty() {
        String::new()
    } else {
        format!("{field}: ")
    }
}

fn bullets(errors: &[ProblemsError]) -> String {
    let mut out = String::new();
    for e in errors {
        let _ = write!(out, "\n  - {e}");
    }
    out
}
