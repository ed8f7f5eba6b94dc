//! Exit codes, documented in docs/commands.md. Scripts and CI jobs branch on them.

use effgauge_generate::GenerateError;
use effgauge_problems::ProblemsError;
use effgauge_sandboxes::SandboxError;
use effgauge_scoring::ScoringError;
use effgauge_serve::ServeError;

/// Everything ran and every check passed.
pub const OK: u8 = 0;
/// Ran, but a result is below a `--fail-under` threshold, a `compare`
/// regression exceeds `--max-regression`, or a problem fails a validation gate.
pub const BELOW_THRESHOLD: u8 = 1;
/// An input file or argument is invalid (the message names file, line, field).
pub const INVALID_INPUT: u8 = 2;
/// The machine is not set up: runtime not built, meter unavailable, cache
/// unwritable, installation salt unreadable or malformed.
pub const SETUP_ERROR: u8 = 3;
/// A bug in effgauge.
pub const INTERNAL_ERROR: u8 = 4;
/// `generate`/`eval`: the model server refused the key (HTTP 401, 402 or 403).
pub const API_AUTH: u8 = 5;
/// `generate`/`eval`: the model server has no such model or endpoint (HTTP 404).
pub const API_NOT_FOUND: u8 = 6;
/// `generate`/`eval`: some samples could not be obtained (requests failed
/// after every retry, or were rejected); the others are written, and
/// rerunning the same command asks for the missing ones.
pub const INCOMPLETE: u8 = 7;
/// Interrupted (Ctrl-C): what was finished is kept; rerun to continue.
pub const INTERRUPTED: u8 = 130;

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
        if let Some(scoring) = cause.downcast_ref::<ScoringError>() {
            return scoring_code(scoring);
        }
        if let Some(serve) = cause.downcast_ref::<ServeError>() {
            return serve_code(serve);
        }
        if let Some(problems) = cause.downcast_ref::<ProblemsError>() {
            match problems_code(problems) {
                Some(code) => return code,
                // The wrapped SandboxError comes next in the chain.
                None => continue,
            }
        }
        if let Some(generate) = cause.downcast_ref::<GenerateError>() {
            return generate_code(generate);
        }
        if let Some(sandbox) = cause.downcast_ref::<SandboxError>() {
            return sandbox_code(sandbox);
        }
    }
    INTERNAL_ERROR
}

/// The exit code of a scoring error: by whose fault it is.
fn scoring_code(error: &ScoringError) -> u8 {
    match error {
        ScoringError::Invalid(_) => INVALID_INPUT,
        ScoringError::Io { .. } | ScoringError::Locked { .. } => SETUP_ERROR,
        ScoringError::Problems(ProblemsError::Sandbox { source, .. }) => sandbox_code(source),
        ScoringError::Problems(problems) => problems_code(problems).unwrap_or(INTERNAL_ERROR),
        ScoringError::Sandbox(sandbox) => sandbox_code(sandbox),
        ScoringError::Sample { source, .. } => scoring_code(source),
        ScoringError::Metrics { .. } | ScoringError::Reports(_) => INTERNAL_ERROR,
    }
}

/// The exit code of `serve`'s error: its options are invalid input, an
/// address that cannot be bound is the machine's setup, a scorer that
/// cannot be built is as `score` says.
fn serve_code(error: &ServeError) -> u8 {
    match error {
        ServeError::Config(_) => INVALID_INPUT,
        ServeError::Bind { .. } | ServeError::Io { .. } => SETUP_ERROR,
        ServeError::Scoring(scoring) => scoring_code(scoring),
        _ => INTERNAL_ERROR,
    }
}

/// The exit code of a problems error; `None` for a sandbox failure, whose
/// own error decides.
fn problems_code(error: &ProblemsError) -> Option<u8> {
    match error {
        ProblemsError::Sandbox { .. } => None,
        ProblemsError::Cache { .. }
        | ProblemsError::Output { .. }
        | ProblemsError::InstallationSalt { .. } => Some(SETUP_ERROR),
        _ => Some(INVALID_INPUT),
    }
}

/// The exit code of a sandbox error: the machine's setup, or a bug.
fn sandbox_code(error: &SandboxError) -> u8 {
    match error {
        SandboxError::RuntimeMissing { .. }
        | SandboxError::RuntimeInvalid { .. }
        | SandboxError::InstructionsUnavailable { .. }
        | SandboxError::Io { .. } => SETUP_ERROR,
        _ => INTERNAL_ERROR,
    }
}

/// The exit code of a generation error.
fn generate_code(error: &GenerateError) -> u8 {
    match error {
        GenerateError::Auth { .. } => API_AUTH,
        GenerateError::NotFound { .. } => API_NOT_FOUND,
        // Like a request that failed on every attempt: the others are
        // written, and a rerun asks for the missing ones.
        GenerateError::Exhausted { .. } | GenerateError::TooLarge { .. } => INCOMPLETE,
        GenerateError::Io { .. } => SETUP_ERROR,
        GenerateError::Rejected { .. }
        | GenerateError::ApiKeyMissing { .. }
        | GenerateError::Invalid(_)
        | GenerateError::Template { .. }
        | GenerateError::SamplesFile { .. } => INVALID_INPUT,
    }
}
