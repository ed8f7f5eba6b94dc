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
    /// The body did not arrive within its own time limit (408); the
    /// connection is closed.
    #[error("the body did not arrive within {secs} s of the request's head; send it at once")]
    BodyTimeout { secs: u64 },
    /// A request axum refused before a handler saw it (400).
    #[error("the request could not be read: {0}")]
    BadRequest(String),
    /// A field is missing, of the wrong type, or not allowed (422); the
    /// message names it (`samples[2].completion: ...`).
    #[error("{0}")]
    InvalidField(String),
    /// A sample in another language than the service's (422).
    #[error("{field}: unsupported language '{language}': this service scores \"{served}\" (effgauge serve --language)")]
    UnsupportedLanguage {
        field: String,
        language: String,
        served: &'static str,
    },
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
            ServeError::MalformedJson { .. }
            | ServeError::BodyRead(_)
            | ServeError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ServeError::BodyTimeout { .. } => StatusCode::REQUEST_TIMEOUT,
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
            ServeError::BodyTimeout { .. } => "body_timeout",
            ServeError::BadRequest(_) => "bad_request",
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

impl ServeError {
    /// The message a client is sent. A server error's own text (a cache
    /// file's path, the operating system's words) is the operator's: it goes
    /// to stderr, and the client gets a fixed sentence.
    fn client_message(&self) -> String {
        if self.status() != StatusCode::INTERNAL_SERVER_ERROR {
            return self.to_string();
        }
        let mut detail = self.to_string();
        let mut source = std::error::Error::source(self);
        while let Some(cause) = source {
            let text = cause.to_string();
            if !detail.contains(&text) {
                detail.push_str(": ");
                detail.push_str(&text);
            }
            source = cause.source();
        }
        eprintln!("effgauge serve: answered 500 {}: {detail}", self.code());
        match self {
            ServeError::Scoring(_) => {
                "the machine failed to score a sample (not the program: the sandbox or a cache); \
                 the server's log says why"
            }
            _ => "internal error; the server's log says why",
        }
        .to_owned()
    }

    /// Whether the connection is closed after this answer: the rest of the
    /// body is not read.
    fn closes_connection(&self) -> bool {
        matches!(
            self,
            ServeError::BodyTooLarge { .. } | ServeError::BodyTimeout { .. }
        )
    }
}

impl IntoResponse for ServeError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": {"code": self.code(), "message": self.client_message()}
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
        if self.closes_connection() {
            headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server error's cause (a path, the system's words) stays on the
    /// server: the client gets the code and a fixed sentence.
    #[tokio::test]
    async fn a_500_names_no_path_and_no_os_error() {
        let source = std::io::Error::from_raw_os_error(24);
        let os_text = source.to_string();
        let error = ServeError::Scoring(ScoringError::io("/secret/cache/outcomes/ab", source));
        let response = error.into_response();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["error"]["code"], "scoring_failed");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(!message.contains("/secret"), "{message}");
        assert!(!message.contains(&os_text), "{message}");
    }
}
