use thiserror::Error;

/// What went wrong on effgauge's side (a candidate's own compile error is
/// not one of these: it is a [`crate::Built::Rejected`]).
#[derive(Debug, Error)]
pub enum CcError {
    /// The toolchain is missing or broken: install it (`bash cc/setup.sh`).
    #[error("C++ toolchain: {0}")]
    Toolchain(String),
    /// A problem's signature cannot be read or mapped to C++.
    #[error("signature: {0}")]
    Signature(String),
    #[error("module cache {path}: {source}")]
    Cache {
        path: String,
        source: std::io::Error,
    },
}
