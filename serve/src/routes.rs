//! The HTTP surface: the router, the handlers, and the checks every
//! `/v1/*` request passes in order: the bearer token (401), readiness
//! (503), then the body within its cap (413), its own time limit (408) and
//! the body budget (429), the request's fields (400/404/413/422), the
//! samples' admission (429), and the scoring itself, all under the
//! request's deadline (504). Room in the queue is taken only once the body
//! is read and parsed, so a slow body holds nothing others need.
//!
//! Every refusal is the documented JSON error, axum's own rejections too
//! (`json_errors`).

use crate::api::{self, ProblemDetail, ProblemSummary, SampleReport, ScoreResponse};
use crate::error::json_response;
use crate::pool::{Pool, PoolStats};
use crate::{ServeConfig, ServeError};
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use effgauge_scoring::Scorer;
use serde::Serialize;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// A body must arrive within this of its request's head (and within the
/// request's deadline); else 408 and the connection is closed.
pub const BODY_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// An over-cap body is answered 413 at once; what a client still writing it
/// sends next is read and dropped in the background, up to this many bytes
/// and [`LINGER_TIME`], so that it reads the answer rather than a reset
/// connection. A body declared larger than this is not read at all: the
/// connection is closed after the answer.
const LINGER_LIMIT: usize = 8 << 20;
const LINGER_TIME: Duration = Duration::from_secs(2);

/// What every handler shares.
pub struct AppState {
    pub config: ServeConfig,
    pub pool: Arc<Pool>,
    /// Set once the scorer is built: from then on the service is ready.
    pub scorer: OnceLock<Arc<Scorer>>,
    /// Set when shutdown begins: `/readyz` says so.
    pub draining: AtomicBool,
}

impl AppState {
    pub fn new(config: ServeConfig) -> Arc<AppState> {
        let pool = Pool::new(config.jobs, config.queue, config.max_body_bytes);
        Arc::new(AppState {
            config,
            pool,
            scorer: OnceLock::new(),
            draining: AtomicBool::new(false),
        })
    }

    fn scorer(&self) -> Result<&Arc<Scorer>, ServeError> {
        self.scorer.get().ok_or(ServeError::NotReady)
    }

    /// The bearer token check of every `/v1/*` request.
    fn authorize(&self, headers: &HeaderMap) -> Result<(), ServeError> {
        let Some(token) = &self.config.token else {
            return Ok(());
        };
        let presented = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.as_bytes().strip_prefix(b"Bearer "));
        match presented {
            Some(p) if token.matches(p) => Ok(()),
            _ => Err(ServeError::Unauthorized),
        }
    }
}

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/v1/score", post(score))
        .route("/v1/problems", get(problems))
        .route("/v1/problems/{id}", get(problem))
        .fallback(|uri: Uri| async move { ServeError::NotFound(uri.path().to_owned()) })
        .method_not_allowed_fallback(|| async { ServeError::MethodNotAllowed })
        .layer(axum::middleware::map_response(json_errors))
        .with_state(state)
}

/// The safety net under the handlers: an error answer that is not already
/// the documented JSON (an extractor's rejection, plain text) becomes it,
/// with its status kept where the API has a code for it.
async fn json_errors(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if is_json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let reason = status
        .canonical_reason()
        .unwrap_or("refused")
        .to_lowercase();
    match status {
        StatusCode::NOT_FOUND => ServeError::NotFound(reason),
        StatusCode::METHOD_NOT_ALLOWED => ServeError::MethodNotAllowed,
        StatusCode::UNAUTHORIZED => ServeError::Unauthorized,
        StatusCode::SERVICE_UNAVAILABLE => ServeError::NotReady,
        s if s.is_server_error() => ServeError::Internal(format!("an answer of {s}")),
        _ => ServeError::BadRequest(reason),
    }
    .into_response()
}

/// A 200 with `value` as JSON.
fn ok_json(value: &impl Serialize) -> Response {
    match serde_json::to_vec(value) {
        Ok(bytes) => json_response(StatusCode::OK, bytes),
        Err(e) => ServeError::Internal(format!("writing the response: {e}")).into_response(),
    }
}

fn respond(result: Result<Response, ServeError>) -> Response {
    result.unwrap_or_else(IntoResponse::into_response)
}

async fn healthz() -> Response {
    ok_json(&serde_json::json!({"status": "ok"}))
}

#[derive(Serialize)]
struct Readiness {
    status: &'static str,
    problems: usize,
    #[serde(flatten)]
    pool: PoolStats,
}

/// 200 once the scorer is built and until shutdown begins, else 503; with
/// the pool's counts either way.
async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    let draining = state.draining.load(Ordering::Relaxed);
    let scorer = state.scorer.get();
    let status = match (scorer, draining) {
        (_, true) => "shutting_down",
        (None, _) => "starting",
        (Some(_), false) => "ready",
    };
    let mut response = ok_json(&Readiness {
        status,
        problems: scorer.map_or(0, |s| s.suite().problems.len()),
        pool: state.pool.stats(),
    });
    if status != "ready" {
        *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    }
    response
}

async fn problems(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    respond((|| {
        state.authorize(&headers)?;
        let suite = state.scorer()?.suite();
        let list: Vec<ProblemSummary> = suite.problems.iter().map(ProblemSummary::of).collect();
        Ok(ok_json(&serde_json::json!({ "problems": list })))
    })())
}

/// `GET /v1/problems/{id}`. The token is checked before the id is even
/// decoded; an id that does not percent-decode to UTF-8 names no problem
/// (404 `unknown_task`, with the id as sent).
async fn problem(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    uri: Uri,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    respond((|| {
        state.authorize(&headers)?;
        let suite = state.scorer()?.suite();
        let unknown = |task: &str| ServeError::UnknownTask {
            field: "path".into(),
            task: task.to_owned(),
        };
        let id = match id {
            Ok(Path(id)) => id,
            Err(_) => {
                let raw = uri.path().rsplit('/').next().unwrap_or_default();
                return Err(unknown(raw));
            }
        };
        let problem = suite.get(&id).ok_or_else(|| unknown(&id))?;
        Ok(ok_json(&ProblemDetail {
            summary: ProblemSummary::of(problem),
            prompt: &problem.prompt,
        }))
    })())
}

async fn score(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Body) -> Response {
    let secs = state.config.deadline.as_secs();
    let deadline =
        tokio::time::timeout(state.config.deadline, score_within(&state, &headers, body));
    match deadline.await {
        Ok(result) => respond(result),
        Err(_) => ServeError::Deadline { secs }.into_response(),
    }
}

async fn score_within(
    state: &Arc<AppState>,
    headers: &HeaderMap,
    body: Body,
) -> Result<Response, ServeError> {
    state.authorize(headers)?;
    let scorer = Arc::clone(state.scorer()?);
    let mut ticket = state.pool.enter();
    let limit = state.config.max_body_bytes;
    let bytes = tokio::time::timeout(
        BODY_READ_TIMEOUT,
        read_body(body, headers, limit, &mut ticket),
    )
    .await
    .map_err(|_| ServeError::BodyTimeout {
        secs: BODY_READ_TIMEOUT.as_secs(),
    })??;
    // Parsing is milliseconds of CPU for a large body: off the executor.
    let (parser, max_samples) = (Arc::clone(&scorer), state.config.max_samples);
    let jobs = tokio::task::spawn_blocking(move || {
        api::parse_score_request(
            &bytes,
            parser.suite(),
            parser.config().language,
            max_samples,
        )
    })
    .await
    .map_err(|e| ServeError::Internal(format!("parsing the request: {e}")))??;
    ticket.release_body();
    let slots = state.pool.admit(jobs.len())?;
    let scored = state.pool.run(&scorer, jobs, slots).await?;
    drop(ticket);
    Ok(ok_json(&ScoreResponse {
        harness: scorer.harness(),
        results: scored.into_iter().map(SampleReport::of).collect(),
    }))
}

/// The body, refused (413) as soon as it is known to be over `limit`: by
/// its `Content-Length`, else as it arrives. Its bytes are held on
/// `ticket` (the body budget: 429 when the bodies being read hold it all).
async fn read_body(
    mut body: Body,
    headers: &HeaderMap,
    limit: usize,
    ticket: &mut crate::pool::RequestTicket,
) -> Result<Vec<u8>, ServeError> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let too_large = ServeError::BodyTooLarge { limit };
    if let Some(n) = declared {
        if n > limit as u64 {
            if n <= LINGER_LIMIT as u64 {
                linger(body);
            }
            return Err(too_large);
        }
        ticket.hold_body(n as usize)?;
    }
    let mut buf = Vec::with_capacity(declared.map_or(0, |n| n as usize));
    while let Some(data) = next_data(&mut body).await {
        let data = data.map_err(|e| ServeError::BodyRead(e.to_string()))?;
        if buf.len() + data.len() > limit {
            linger(body);
            return Err(too_large);
        }
        if declared.is_none() {
            ticket.hold_body(data.len())?;
        }
        buf.extend_from_slice(&data);
    }
    Ok(buf)
}

/// The body's next chunk of data (trailers skipped), `None` at its end.
async fn next_data(body: &mut Body) -> Option<Result<Bytes, axum::Error>> {
    loop {
        match std::future::poll_fn(|cx| Pin::new(&mut *body).poll_frame(cx)).await? {
            Err(e) => return Some(Err(e)),
            Ok(frame) => {
                if let Ok(data) = frame.into_data() {
                    return Some(Ok(data));
                }
            }
        }
    }
}

/// Reads and drops what is left of an over-cap body in the background
/// (at most [`LINGER_LIMIT`] bytes for at most [`LINGER_TIME`]), while the
/// 413 is written; then the connection closes.
fn linger(mut body: Body) {
    tokio::spawn(async move {
        let drain = async {
            let mut seen = 0usize;
            while let Some(Ok(data)) = next_data(&mut body).await {
                seen += data.len();
                if seen > LINGER_LIMIT {
                    return;
                }
            }
        };
        let _ = tokio::time::timeout(LINGER_TIME, drain).await;
    });
}
