use std::path::PathBuf;

/// Everything that can stop the sandbox engine itself. A misbehaving guest is
/// never an error here: it is an outcome in the run report.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error(
        "the CPython-WASI runtime is not built (looked in {path}); build it with `effgauge setup` (or `bash {script}` in a checkout)"
    )]
    RuntimeMissing { path: PathBuf, script: String },
    #[error("{path}: {message}")]
    RuntimeInvalid { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("wasmtime: {0}")]
    Wasmtime(String),
    #[error("the instructions meter is unavailable on this machine: {cause}; use `--meter fuel` (deterministic) or `--meter wall` instead")]
    InstructionsUnavailable { cause: String },
    #[error("malformed marshal data: {0}")]
    Marshal(String),
    #[error("the sandbox thread failed: {0}")]
    Thread(String),
}

impl SandboxError {
    pub(crate) fn wasmtime(e: impl std::fmt::Display) -> Self {
        SandboxError::Wasmtime(format!("{e:#}"))
    }

    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |source| SandboxError::Io { path, source }
    }
}
