//! Exit codes, documented in the README. Scripts and CI jobs branch on them.

use effgauge_problems::ProblemsError;
use effgauge_sandboxes::SandboxError;

/// Everything ran and every check passed.
pub const OK: u8 = 0;
/// Ran, but a result is below a `--fail-under` threshold, a `compare`
/// regression exceeds `--max-regression`, or a problem fails a validation gate.
pub const BELOW_THRESHOLD: u8 = 1;
/// An input file or argument is invalid (the message names file, line, field).
pub const INVALID_INPUT: u8 = 2;
/// The machine is not set up: runtime not built, meter unavailable, cache
/// unwritable.
pub const SETUP_ERROR: u8 = 3;
/// A bug in effgauge.
pub const INTERNAL_ERROR: u8 = 4;

/// An error that carries its own exit code.
#[derive(Debug)]
pub struct Coded {
    pub code: u8,
    pub message: String,
}

impl std::fmt::Display for Coded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Coded {}

/// An invalid-input error with a message.
pub fn invalid(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Coded {
        code: INVALID_INPUT,
        message: message.into(),
    })
}

/// The exit code for an error that reached `main`.
pub fn classify(error: &anyhow::Error) -> u8 {
    for cause in error.chain() {
        if let Some(coded) = cause.downcast_ref::<Coded>() {
            return coded.code;
        }
        if let Some(problems) = cause.downcast_ref::<ProblemsError>() {
            match problems {
                // The wrapped SandboxError comes next in the chain.
                ProblemsError::Sandbox { .. } => continue,
                ProblemsError::Cache { .. } => return SETUP_ERROR,
                _ => return INVALID_INPUT,
            }
        }
        if let Some(sandbox) = cause.downcast_ref::<SandboxError>() {
            return match sandbox {
                SandboxError::RuntimeMissing { .. }
                | SandboxError::RuntimeInvalid { .. }
                | SandboxError::InstructionsUnavailable { .. }
                | SandboxError::Io { .. } => SETUP_ERROR,
                _ => INTERNAL_ERROR,
            };
        }
    }
    INTERNAL_ERROR
}
