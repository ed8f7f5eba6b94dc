//! The one error type of this crate.

use std::path::PathBuf;

/// Everything that stops a generation run, or one request of it. Messages
/// are printed as they are, so each says what to do; none holds the API key
/// (server messages are scrubbed of it before they get here).
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// The server refused the key: HTTP 401, 402 or 403. Retrying cannot
    /// help, so the run stops at once.
    #[error(
        "{url}: HTTP {status}: the server refused the request ({message}); \
         check the key (--api-key-env VAR names the variable holding it) and the account's access"
    )]
    Auth {
        url: String,
        status: u16,
        message: String,
    },
    /// HTTP 404: no such model, or no such endpoint at this base URL.
    #[error(
        "{url}: HTTP 404: model '{model}' or this endpoint does not exist ({message}); \
         check --model and that --base-url ends where the server's /chat/completions \
         and /completions live (usually .../v1)"
    )]
    NotFound {
        url: String,
        model: String,
        message: String,
    },
    /// Any other 4xx: the server understood and refused this request (a
    /// parameter it does not accept, a prompt longer than its context).
    #[error("{url}: HTTP {status}: the server rejected the request: {message}")]
    Rejected {
        url: String,
        status: u16,
        message: String,
    },
    /// The server's answer is larger than a response may be
    /// ([`MAX_RESPONSE_BYTES`](crate::limits::MAX_RESPONSE_BYTES)); it was
    /// not read. A request for several samples is then asked for one sample
    /// at a time.
    #[error(
        "{url}: HTTP {status}: the answer is {}, more than the {limit} bytes a response may have; \
         not read (a lower --max-tokens or --per-request makes answers smaller)",
        size.map_or("larger".to_owned(), |s| format!("{s} bytes"))
    )]
    TooLarge {
        url: String,
        status: u16,
        /// Its declared size, when it declared one.
        size: Option<u64>,
        limit: u64,
    },
    /// A request that failed on every attempt: connection errors, timeouts,
    /// 429 and 5xx answers, or bodies that are not a completion.
    #[error("{url}: gave up after {attempts} attempt(s); last: {last}")]
    Exhausted {
        url: String,
        attempts: u32,
        last: String,
    },
    /// `--api-key-env VAR` names a variable that is unset or empty.
    #[error("--api-key-env {var}: the environment variable {var} is not set or is empty")]
    ApiKeyMissing { var: String },
    /// An option that cannot make a valid request (URL, header, template).
    #[error("{0}")]
    Invalid(String),
    /// A template file that cannot be read or has no `{{prompt}}`.
    #[error("{}: {message}", path.display())]
    Template { path: PathBuf, message: String },
    /// The samples file holds a line that is not a sample of this run's
    /// kind, or one made with other settings.
    #[error("{}:{line}: {message}", path.display())]
    SamplesFile {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// Reading, writing or syncing the samples file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}
