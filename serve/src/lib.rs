//! # effgauge-serve: scoring over HTTP
//!
//! An RL trainer wants a reward for each completion of a batch, now, from a
//! process that keeps its sandbox engine and its problems warm; a CI job or
//! a leaderboard wants the figures `effgauge score` would write without a
//! samples file and a results file in between. This crate is that process:
//! `effgauge serve` puts one [`effgauge_scoring::Scorer`] behind a small
//! HTTP/JSON API, and every figure it answers is the one `score` writes for
//! the same program under the same options, because it is the same judge
//! called the same way ([`effgauge_scoring::Scorer::score_program`]).
//!
//! **The API** ([`routes`]): `POST /v1/score` takes samples as a samples
//! file holds them (`task_id` plus `solution` or `completion`) and answers
//! the results file's `harness` block and one result per sample, in request
//! order; `GET /v1/problems` and `GET /v1/problems/{id}` show the suite;
//! `GET /healthz` and `GET /readyz` are for supervisors. Errors are one
//! shape, `{"error": {"code", "message"}}`, with the field at fault named
//! ([`ServeError`] holds the statuses and codes). A hostile program is never
//! a server error: an infinite loop, a memory bomb or a program over the
//! source cap is a verdict, as in a results file.
//!
//! **Bounded by construction** ([`pool`]). Scoring is seconds of CPU per
//! sample, so it runs on tokio's blocking threads, one worker permit per
//! sample, `--jobs` permits; the async side only reads, parses and waits.
//! What may wait is bounded too: at most jobs + `--queue` samples admitted,
//! at most as many requests in flight, bodies of at most `--max-body-bytes`,
//! at most `--max-samples` per request. Work that does not fit is refused at
//! once with 429 and a `Retry-After`, so memory stays flat under overload
//! instead of growing with the backlog. Each request has a deadline
//! (`--deadline-secs`); past it the caller gets a 504 and the request's
//! samples not yet started never start.
//!
//! **Safe to expose, deterministic to rely on** ([`config`]). It listens on
//! the loopback unless told otherwise, and elsewhere only with a bearer
//! token (from an environment variable, compared in constant time). Inputs
//! are held out by default (the installation's salt; `harness.salt_sha256`
//! says which), so a reward cannot be gamed by knowing the cases. Under the
//! fuel meter the same request gets the same bytes back: no timestamps,
//! fixed key order, the results file's number formatting.
//!
//! **Lifecycle.** [`Server::bind`] binds, [`Server::run`] serves while the
//! scorer is built in the background (`/readyz` turns 200 when it is), and
//! on the shutdown signal stops accepting, lets the requests in flight
//! finish, and returns. [`run`] is all of that for the binary, with SIGTERM
//! and SIGINT as the signal and the lines on stderr a supervisor reads.

pub mod api;
pub mod config;
mod error;
pub mod pool;
pub mod routes;

pub use config::{ServeConfig, ServeOptions, Token};
pub use error::ServeError;

use effgauge_scoring::{Scorer, ScoringError};
use routes::AppState;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// After the shutdown signal, connections still open this long past the
/// deadline (a client that never finishes its request) are given up on.
const DRAIN_GRACE: Duration = Duration::from_secs(5);

/// A bound listener with the service's settings, not yet serving.
pub struct Server {
    listener: tokio::net::TcpListener,
    addr: SocketAddr,
    config: ServeConfig,
}

impl Server {
    /// Binds `config.bind` (port 0: any free port; [`Server::local_addr`]
    /// tells which).
    pub async fn bind(config: ServeConfig) -> Result<Server, ServeError> {
        let bind_error = |source| ServeError::Bind {
            addr: config.bind,
            source,
        };
        let listener = tokio::net::TcpListener::bind(config.bind)
            .await
            .map_err(bind_error)?;
        let addr = listener.local_addr().map_err(bind_error)?;
        Ok(Server {
            listener,
            addr,
            config,
        })
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves until `shutdown` completes, then drains: no new connection,
    /// the requests in flight answered. `build` makes the scorer on a
    /// blocking thread while the service already answers `/healthz` (and
    /// 503 elsewhere); if it fails, the service stops and returns its error.
    pub async fn run<B, S>(self, build: B, shutdown: S) -> Result<(), ServeError>
    where
        B: FnOnce() -> Result<Scorer, ScoringError> + Send + 'static,
        S: Future<Output = ()> + Send + 'static,
    {
        use axum::serve::ListenerExt;
        let state = AppState::new(self.config.clone());
        let failure: Arc<Mutex<Option<ServeError>>> = Arc::default();
        let (failed_tx, failed_rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(build_scorer(
            build,
            Arc::clone(&state),
            Arc::clone(&failure),
            failed_tx,
        ));
        let draining = Arc::clone(&state);
        let (drain_tx, drain_rx) = tokio::sync::oneshot::channel::<()>();
        let signal = async move {
            tokio::select! {
                () = shutdown => {
                    eprintln!("effgauge serve: shutting down: finishing the requests in flight");
                }
                // A dropped sender (the scorer was built) is no signal.
                Ok(()) = failed_rx => {}
            }
            draining.draining.store(true, Ordering::Relaxed);
            let _ = drain_tx.send(());
        };
        let listener = self.listener.tap_io(|tcp| {
            // Answers are one write; without it a kept-alive connection
            // may wait on delayed acknowledgements.
            let _ = tcp.set_nodelay(true);
        });
        let app = routes::router(Arc::clone(&state));
        let serving = axum::serve(listener, app).with_graceful_shutdown(signal);
        let grace = self.config.deadline + DRAIN_GRACE;
        let give_up = async move {
            if drain_rx.await.is_ok() {
                tokio::time::sleep(grace).await;
            } else {
                std::future::pending::<()>().await;
            }
        };
        tokio::select! {
            served = serving => served.map_err(|source| ServeError::Io {
                context: "serving",
                source,
            })?,
            () = give_up => {
                eprintln!("effgauge serve: connections still open {} s after shutdown began; closing them", grace.as_secs());
            }
        }
        let failed = failure.lock().unwrap_or_else(|e| e.into_inner()).take();
        match failed {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// Builds the scorer off the executor; on success the service is ready, on
/// failure it stops with the error.
async fn build_scorer<B>(
    build: B,
    state: Arc<AppState>,
    failure: Arc<Mutex<Option<ServeError>>>,
    failed: tokio::sync::oneshot::Sender<()>,
) where
    B: FnOnce() -> Result<Scorer, ScoringError> + Send + 'static,
{
    let error = match tokio::task::spawn_blocking(build).await {
        Ok(Ok(scorer)) => {
            let harness = scorer.harness();
            let inputs = match &harness.salt_sha256 {
                Some(sha) => format!("held-out inputs (salt sha256 {sha})"),
                None => "the published inputs".to_owned(),
            };
            let n = scorer.suite().problems.len();
            let plural = if n == 1 { "" } else { "s" };
            eprintln!("effgauge serve: ready: {n} problem{plural}, {inputs}");
            let _ = state.scorer.set(Arc::new(scorer));
            return;
        }
        Ok(Err(e)) => ServeError::Scoring(e),
        Err(e) => ServeError::Internal(format!("building the scorer: {e}")),
    };
    *failure.lock().unwrap_or_else(|e| e.into_inner()) = Some(error);
    let _ = failed.send(());
}

/// The whole service for the binary: a runtime, the listener on
/// `config.bind` (its address printed on stderr as `effgauge serve:
/// listening on http://ADDR`), the scorer from `build`, and SIGTERM or
/// SIGINT to drain and return `Ok`.
pub fn run<B>(config: ServeConfig, build: B) -> Result<(), ServeError>
where
    B: FnOnce() -> Result<Scorer, ScoringError> + Send + 'static,
{
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("effgauge-serve")
        .enable_all()
        .build()
        .map_err(|source| ServeError::Io {
            context: "starting the async runtime",
            source,
        })?;
    let result = runtime.block_on(async {
        // Listen for the signals before saying where we listen, so that a
        // signal sent as soon as the address is known drains.
        let signal = shutdown_signal()?;
        let server = Server::bind(config).await?;
        eprintln!(
            "effgauge serve: listening on http://{}",
            server.local_addr()
        );
        server.run(build, signal).await
    });
    // Samples of requests already answered (past their deadline) may still
    // be running; nobody waits for them.
    runtime.shutdown_background();
    if result.is_ok() {
        eprintln!("effgauge serve: stopped");
    }
    result
}

/// SIGTERM or SIGINT (Ctrl-C), whichever comes first; registered now.
#[cfg(unix)]
fn shutdown_signal() -> Result<impl Future<Output = ()> + Send + 'static, ServeError> {
    use tokio::signal::unix::{signal, SignalKind};
    let register = |kind| {
        signal(kind).map_err(|source| ServeError::Io {
            context: "listening for SIGTERM and SIGINT",
            source,
        })
    };
    let mut term = register(SignalKind::terminate())?;
    let mut int = register(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    })
}

/// Ctrl-C where there is no SIGTERM.
#[cfg(not(unix))]
fn shutdown_signal() -> Result<impl Future<Output = ()> + Send + 'static, ServeError> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}
