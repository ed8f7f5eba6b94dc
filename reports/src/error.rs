//! The one error type of this crate.

use std::path::PathBuf;

/// Everything that can go wrong reading, writing, rendering or comparing
/// results. Every variant about a file names it, so a message printed as is
/// tells the user which file to look at.
#[derive(Debug, thiserror::Error)]
pub enum ReportsError {
    /// The file could not be opened or read.
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid JSON, or not a results file (wrong type,
    /// missing or unknown field).
    #[error("{}:{line}:{column}: not a valid results file: {message}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// serde_json's message, without its own position suffix.
        message: String,
    },
    /// The file declares a `schema_version` this build does not know.
    #[error(
        "{}: unsupported schema_version {found} (this effgauge reads version {supported}; \
         use the effgauge that wrote the file, or re-score)",
        path.display()
    )]
    UnsupportedVersion {
        /// The file.
        path: PathBuf,
        /// The version it declares.
        found: u64,
        /// The version this build reads.
        supported: u32,
    },
    /// Writing an output file failed.
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Serializing to JSON failed (a bug: the schema types always serialize).
    #[error("cannot serialize to JSON: {0}")]
    Serialize(#[from] serde_json::Error),
    /// A `--max-regression` argument is not `METRIC=DELTA`.
    #[error("--max-regression {spec:?}: {reason}")]
    BadThreshold {
        /// The argument as given.
        spec: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Two results files have no model to compare.
    #[error("nothing to compare: {0}")]
    NothingToCompare(String),
}
