//! The crate's one error type. Each variant says whose fault it is, so the
//! binary can map it to an exit code and the service to an HTTP status
//! without reading messages: [`ScoringError::Invalid`] is the caller's
//! input, [`ScoringError::Io`] the machine's, the wrapped errors their
//! crates' (a problem that does not load, a sandbox that cannot start).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ScoringError {
    /// The input or the configuration is refused: a sample line, an option,
    /// a journal written under another configuration, a task the suite does
    /// not have. The message names the file, line and field where there is
    /// one.
    #[error("{0}")]
    Invalid(String),
    /// A file of the run (journal, lock, results) cannot be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Another run holds the lock on the same results file.
    #[error("{message}")]
    Locked { path: PathBuf, message: String },
    /// A problem of the suite could not be loaded or prepared.
    #[error(transparent)]
    Problems(#[from] effgauge_problems::ProblemsError),
    /// The sandbox failed (not the guest: a guest's failure is a verdict).
    #[error(transparent)]
    Sandbox(#[from] effgauge_sandboxes::SandboxError),
    /// The figures could not be computed from the outcomes (α, weights).
    #[error("{context}: {source}")]
    Metrics {
        context: String,
        #[source]
        source: effgauge_metrics::MetricsError,
    },
    /// A results file could not be read or written.
    #[error(transparent)]
    Reports(#[from] effgauge_reports::ReportsError),
    /// A sample's run failed in the harness (not in the guest), with the
    /// task it belonged to.
    #[error("running a sample of {task}: {source}")]
    Sample {
        task: String,
        #[source]
        source: Box<ScoringError>,
    },
}

impl ScoringError {
    /// An invalid-input error with a message.
    pub fn invalid(message: impl Into<String>) -> ScoringError {
        ScoringError::Invalid(message.into())
    }

    /// An I/O error about `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> ScoringError {
        ScoringError::Io {
            path: path.into(),
            source,
        }
    }

    /// Whether the caller's input is at fault (rather than the machine or
    /// effgauge), looking through a sample's context.
    pub fn is_invalid_input(&self) -> bool {
        match self {
            ScoringError::Invalid(_) => true,
            ScoringError::Sample { source, .. } => source.is_invalid_input(),
            _ => false,
        }
    }
}
