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
    /// The file is larger than a results file may be
    /// ([`MAX_RESULTS_FILE_BYTES`](crate::limits::MAX_RESULTS_FILE_BYTES)):
    /// it was not read, or (writing) not written.
    #[error(
        "{}: {}, more than the {limit} bytes a results file may have",
        path.display(),
        match size { Some(bytes) => format!("{bytes} bytes"), None => "larger".to_owned() }
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size, when it is known before reading (a regular file).
        size: Option<u64>,
        /// The bound.
        limit: u64,
    },
    /// A field is over its bound (see [`crate::limits`]).
    #[error(
        "{}{}: {field}: {message}",
        path.display(),
        line.map(|l| format!(":{l}")).unwrap_or_default()
    )]
    Limit {
        /// The file.
        path: PathBuf,
        /// 1-based line of the field, when it could be found.
        line: Option<usize>,
        /// The field's JSON path, e.g. `models[0].problems[3].samples[1].count`.
        field: String,
        /// What is wrong with it, with the bound.
        message: String,
    },
    /// The file declares a `schema_version` this build does not know.
    #[error(
        "{}: unsupported schema_version {found} (this effgauge reads versions 1 to {supported}; \
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
