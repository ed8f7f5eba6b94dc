//! The crate's one error type, [`ServeError`]: why the service would not
//! start, and why a request was refused. Each request-level variant knows
//! its HTTP status and its stable `code`; [`IntoResponse`] writes it as
//! `{"error": {"code": "...", "message": "..."}}`, the shape every error
//! response of the service has (docs/serve.md, "Errors").

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use effgauge_scoring::ScoringError;
use std::net::SocketAddr;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The service's own options are refused (before anything binds).
    #[error("{0}")]
    Config(String),
    /// The address could not be bound.
    #[error("--bind {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    /// The runtime or the listener failed.
    #[error("{context}: {source}")]
    Io {
        context: &'static str,
        #[source]
        source: std::io::Error,
    },
    /// Scoring failed: building the scorer at start-up, or a sample's run.
    /// A request's sample whose error [`ScoringError::is_invalid_input`]
    /// is the caller's (422); any other is the machine's (500).
    #[error(transparent)]
    Scoring(#[from] ScoringError),

    /// The body is not JSON (400), with where the parser stopped.
    #[error("the body is not valid JSON: {message} at line {line} column {column}")]
    MalformedJson {
        message: String,
        line: usize,
        column: usize,
    },
    /// The body could not be read (the client went away mid-body).
    #[error("the body could not be read: {0}")]
    BodyRead(String),
    /// A field is missing, of the wrong type, or not allowed (422); the
    /// message names it (`samples[2].completion: ...`).
    #[error("{0}")]
    InvalidField(String),
    /// A sample in another language than Python (422).
    #[error("{field}: unsupported language '{language}': only \"python\" is scored")]
    UnsupportedLanguage { field: String, language: String },
    /// A task (or problem) the suite does not have (404).
    #[error("{field}: unknown task '{task}' (GET /v1/problems lists the suite's)")]
    UnknownTask { field: String, task: String },
    /// The body is larger than `--max-body-bytes` (413).
    #[error("the body is larger than {limit} bytes (--max-body-bytes)")]
    BodyTooLarge { limit: usize },
    /// More samples than `--max-samples` in one request (413).
    #[error("samples: {count} samples, more than the {limit} one request may hold (--max-samples); split the batch")]
    TooManySamples { count: usize, limit: usize },
    /// The queue has no room for the request's samples (429).
    #[error("the queue is full ({waiting} samples waiting for {jobs} workers, room for {queue}); retry after {retry_after} s")]
    Busy {
        waiting: usize,
        jobs: usize,
        queue: usize,
        retry_after: u64,
    },
    /// The request's deadline passed before its samples were scored (504).
    #[error("the request took longer than its deadline of {secs} s (--deadline-secs); samples not yet started were not started")]
    Deadline { secs: u64 },
    /// `/v1/*` without the bearer token the service was started with (401).
    #[error("missing or wrong bearer token: send 'Authorization: Bearer <token>'")]
    Unauthorized,
    /// The scorer is still being built (503).
    #[error("not ready: the scorer is still being built (GET /readyz says when it is)")]
    NotReady,
    /// No such route (404).
    #[error("no such endpoint: {0}")]
    NotFound(String),
    /// The route exists under another method (405).
    #[error("method not allowed on this endpoint")]
    MethodNotAllowed,
    /// A bug, or a scoring thread that panicked (500).
    #[error("internal error: {0}")]
    Internal(String),
}

impl ServeError {
    /// The HTTP status of this error in a response.
    pub fn status(&self) -> StatusCode {
        match self {
            ServeError::MalformedJson { .. } | ServeError::BodyRead(_) => StatusCode::BAD_REQUEST,
            ServeError::InvalidField(_) | ServeError::UnsupportedLanguage { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ServeError::Scoring(e) if e.is_invalid_input() => StatusCode::UNPROCESSABLE_ENTITY,
            ServeError::UnknownTask { .. } | ServeError::NotFound(_) => StatusCode::NOT_FOUND,
            ServeError::BodyTooLarge { .. } | ServeError::TooManySamples { .. } => {
                StatusCode::PAYLOAD_TOO_LARGE
            }
            ServeError::Busy { .. } => StatusCode::TOO_MANY_REQUESTS,
            ServeError::Deadline { .. } => StatusCode::GATEWAY_TIMEOUT,
            ServeError::Unauthorized => StatusCode::UNAUTHORIZED,
            ServeError::NotReady => StatusCode::SERVICE_UNAVAILABLE,
            ServeError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ServeError::Config(_)
            | ServeError::Bind { .. }
            | ServeError::Io { .. }
            | ServeError::Scoring(_)
            | ServeError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable, machine-readable `code` of the error body.
    pub fn code(&self) -> &'static str {
        match self {
            ServeError::MalformedJson { .. } => "malformed_json",
            ServeError::BodyRead(_) => "body_unreadable",
            ServeError::InvalidField(_) => "invalid_field",
            ServeError::UnsupportedLanguage { .. } => "unsupported_language",
            ServeError::UnknownTask { .. } => "unknown_task",
            ServeError::BodyTooLarge { .. } => "body_too_large",
            ServeError::TooManySamples { .. } => "too_many_samples",
            ServeError::Busy { .. } => "queue_full",
            ServeError::Deadline { .. } => "deadline_exceeded",
            ServeError::Unauthorized => "unauthorized",
            ServeError::NotReady => "not_ready",
            ServeError::NotFound(_) => "not_found",
            ServeError::MethodNotAllowed => "method_not_allowed",
            ServeError::Scoring(e) if e.is_invalid_input() => "invalid_input",
            ServeError::Scoring(_) => "scoring_failed",
            ServeError::Config(_)
            | ServeError::Bind { .. }
            | ServeError::Io { .. }
            | ServeError::Internal(_) => "internal",
        }
    }
}

/// A JSON response with `body`, as every answer of the service is made.
pub(crate) fn json_response(status: StatusCode, body: Vec<u8>) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

impl IntoResponse for ServeError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": {"code": self.code(), "message": self.to_string()}
        });
        let bytes = serde_json::to_vec(&body).unwrap_or_default();
        let mut response = json_response(self.status(), bytes);
        let headers = response.headers_mut();
        match &self {
            ServeError::Busy { retry_after, .. } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
            }
            ServeError::Unauthorized => {
                headers.insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"effgauge\""),
                );
            }
            _ => {}
        }
        response
    }
}
