//! The HTTP surface: the router, the handlers, and the checks every
//! `/v1/*` request passes in order: the bearer token (401), readiness
//! (503), the request gate (429), then the body within its cap (413), the
//! request's fields (400/404/413/422), the samples' admission (429), and
//! the scoring itself, all under the request's deadline (504).

use crate::api::{self, ProblemDetail, ProblemSummary, SampleReport, ScoreResponse};
use crate::error::json_response;
use crate::pool::{Pool, PoolStats};
use crate::{ServeConfig, ServeError};
use axum::body::{Body, Bytes, HttpBody};
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

/// How much of an over-cap body is read and dropped before the 413 is
/// sent, so that a client still writing it reads the answer instead of a
/// reset connection; past it the connection is closed on it.
const DRAIN_LIMIT: usize = 64 << 20;

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
        let pool = Pool::new(config.jobs, config.queue);
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
        .with_state(state)
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

async fn problem(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    respond((|| {
        state.authorize(&headers)?;
        let problem = state
            .scorer()?
            .suite()
            .get(&id)
            .ok_or_else(|| ServeError::UnknownTask {
                field: "path".into(),
                task: id.clone(),
            })?;
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
    let _ticket = state.pool.enter()?;
    let bytes = read_body(body, headers, state.config.max_body_bytes).await?;
    let jobs = api::parse_score_request(&bytes, scorer.suite(), state.config.max_samples)?;
    drop(bytes);
    let slots = state.pool.admit(jobs.len())?;
    let scored = state.pool.run(&scorer, jobs, slots).await?;
    Ok(ok_json(&ScoreResponse {
        harness: scorer.harness(),
        results: scored.into_iter().map(SampleReport::of).collect(),
    }))
}

/// The body, refused (413) as soon as it is known to be over `limit`: by
/// its `Content-Length`, else as it arrives.
async fn read_body(
    mut body: Body,
    headers: &HeaderMap,
    limit: usize,
) -> Result<Vec<u8>, ServeError> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let too_large = ServeError::BodyTooLarge { limit };
    if declared.is_some_and(|n| n > limit as u64) {
        drain(body, DRAIN_LIMIT).await;
        return Err(too_large);
    }
    let mut buf = Vec::with_capacity(declared.map_or(0, |n| n as usize));
    while let Some(data) = next_data(&mut body).await {
        let data = data.map_err(|e| ServeError::BodyRead(e.to_string()))?;
        if buf.len() + data.len() > limit {
            drain(body, DRAIN_LIMIT).await;
            return Err(too_large);
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

/// Reads and drops up to `limit` bytes of what is left of a body.
async fn drain(mut body: Body, limit: usize) {
    let mut seen = 0usize;
    while let Some(Ok(data)) = next_data(&mut body).await {
        seen += data.len();
        if seen > limit {
            return;
        }
    }
}
