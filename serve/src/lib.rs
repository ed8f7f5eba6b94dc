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
//! What may wait is bounded too: at most jobs + `--queue` samples admitted
//! (taken once a body is read and parsed, so a slow body holds no room),
//! bodies of at most `--max-body-bytes` read within 10 s, at most
//! `--max-samples` per request, and connections capped (see
//! [`connection_cap`]) with a 10 s limit on each request head. Work that does not fit is refused at
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
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use routes::AppState;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// After the shutdown signal, connections still open this long past the
/// deadline (a client that never finishes its request) are given up on.
const DRAIN_GRACE: Duration = Duration::from_secs(5);

/// A request head (and an idle kept-alive connection's next one) must
/// arrive within this; else the connection is closed.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The most a connection buffers of a request head; a longer head is
/// answered 431 and the connection closed. Room for a long header
/// (hundreds of KB), not for unbounded ones.
pub const MAX_BUF_SIZE: usize = 320 << 10;

/// Connections allowed per request slot (jobs + queue), for kept-alive
/// clients and the `/healthz` and `/readyz` polls beside the requests.
pub const CONNECTIONS_PER_SLOT: usize = 4;
/// The connection cap is at least this.
pub const MIN_CONNECTIONS: usize = 64;
/// Open files kept for the scorer, at least, when the connection cap is
/// fitted under the open-file limit.
const FILE_RESERVE: usize = 64;
/// The connection cap never goes below this for a small open-file limit.
const MIN_UNDER_FILE_LIMIT: usize = 16;

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
    ///
    /// Connections are bounded ([`connection_cap`]; past it a new one is
    /// closed at once), a request head must arrive within
    /// [`HEADER_READ_TIMEOUT`] (which also bounds an idle kept-alive
    /// connection) and fit in [`MAX_BUF_SIZE`].
    pub async fn run<B, S>(self, build: B, shutdown: S) -> Result<(), ServeError>
    where
        B: FnOnce() -> Result<Scorer, ScoringError> + Send + 'static,
        S: Future<Output = ()> + Send + 'static,
    {
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
        let signal = async move {
            tokio::select! {
                () = shutdown => {
                    eprintln!("effgauge serve: shutting down: finishing the requests in flight");
                }
                // A dropped sender (the scorer was built) is no signal.
                Ok(()) = failed_rx => {}
            }
            draining.draining.store(true, Ordering::Relaxed);
        };
        let app = routes::router(Arc::clone(&state));
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(HEADER_READ_TIMEOUT)
            .max_buf_size(MAX_BUF_SIZE)
            .keep_alive(true);
        let http = Arc::new(http);
        let cap = connection_cap(&self.config);
        let permits = Arc::new(Semaphore::new(cap));
        let (drain_tx, drain_rx) = tokio::sync::watch::channel(false);
        let mut connections = tokio::task::JoinSet::new();
        let mut refused_since_note = 0u64;
        tokio::pin!(signal);
        loop {
            tokio::select! {
                biased;
                () = &mut signal => break,
                Some(_) = connections.join_next(), if !connections.is_empty() => {}
                accepted = self.listener.accept() => {
                    let tcp = match accepted {
                        Ok((tcp, _)) => tcp,
                        Err(e) => {
                            accept_error(e).await;
                            continue;
                        }
                    };
                    let Ok(permit) = Arc::clone(&permits).try_acquire_owned() else {
                        // Over the cap: closed at once, nothing read.
                        drop(tcp);
                        refused_since_note += 1;
                        if refused_since_note == 1 || refused_since_note.is_power_of_two() {
                            eprintln!("effgauge serve: {cap} connections open (the cap); closed {refused_since_note} new connection(s) at once");
                        }
                        continue;
                    };
                    if permits.available_permits() > cap / 2 {
                        refused_since_note = 0;
                    }
                    // Answers are one write; without it a kept-alive
                    // connection may wait on delayed acknowledgements.
                    let _ = tcp.set_nodelay(true);
                    connections.spawn(serve_connection(
                        tcp,
                        Arc::clone(&http),
                        app.clone(),
                        drain_rx.clone(),
                        permit,
                    ));
                }
            }
        }
        // New connections are refused from now on.
        drop(self.listener);
        let _ = drain_tx.send(true);
        let grace = self.config.deadline + DRAIN_GRACE;
        let drained = tokio::time::timeout(grace, async {
            while connections.join_next().await.is_some() {}
        })
        .await;
        if drained.is_err() {
            eprintln!(
                "effgauge serve: connections still open {} s after shutdown began; closing them",
                grace.as_secs()
            );
            connections.shutdown().await;
        }
        let failed = failure.lock().unwrap_or_else(|e| e.into_inner()).take();
        match failed {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// One connection, until it closes or (once `drain` turns true) its request
/// in flight is answered; `permit` is its place under the cap.
async fn serve_connection(
    tcp: tokio::net::TcpStream,
    http: Arc<hyper::server::conn::http1::Builder>,
    app: axum::Router,
    mut drain: tokio::sync::watch::Receiver<bool>,
    permit: OwnedSemaphorePermit,
) {
    let service = TowerToHyperService::new(app);
    let connection = http.serve_connection(TokioIo::new(tcp), service);
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => {}
        _ = async { drain.wait_for(|draining| *draining).await.is_ok() } => {
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        }
    }
    drop(permit);
}

/// An error of `accept`: one connection's (it went away before it was
/// accepted) is nothing; any other (the process is out of open files) is
/// said and waited out briefly rather than retried in a busy loop.
async fn accept_error(e: std::io::Error) {
    use std::io::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::ConnectionRefused | ErrorKind::ConnectionAborted | ErrorKind::ConnectionReset
    ) {
        return;
    }
    eprintln!("effgauge serve: accepting a connection: {e}");
    tokio::time::sleep(Duration::from_millis(100)).await;
}

/// The most connections open at once: [`CONNECTIONS_PER_SLOT`] per request
/// slot (jobs + queue), at least [`MIN_CONNECTIONS`], and no more than the
/// open-file limit leaves after a reserve for the scorer's own files (the
/// cache, the runtime), so that connections can never starve scoring of
/// file handles.
pub fn connection_cap(config: &ServeConfig) -> usize {
    let wanted = (CONNECTIONS_PER_SLOT * (config.jobs + config.queue)).max(MIN_CONNECTIONS);
    match open_file_limit() {
        Some(limit) => {
            let reserve = (limit / 4).max(FILE_RESERVE);
            wanted.min(limit.saturating_sub(reserve).max(MIN_UNDER_FILE_LIMIT))
        }
        None => wanted,
    }
}

/// The soft limit on open files, if there is one.
#[cfg(unix)]
fn open_file_limit() -> Option<usize> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes one rlimit through a valid pointer.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
        return None;
    }
    if limit.rlim_cur == libc::RLIM_INFINITY {
        return None;
    }
    usize::try_from(limit.rlim_cur).ok()
}

#[cfg(not(unix))]
fn open_file_limit() -> Option<usize> {
    None
}

/// Raises the soft limit on open files to the hard limit (a process may;
/// the default soft limit, often 1 024, is what a busy server outgrows).
#[cfg(unix)]
fn raise_open_file_limit() {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit read and write one rlimit through a
    // valid pointer.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

#[cfg(not(unix))]
fn raise_open_file_limit() {}

/// Fixes glibc's mmap threshold at its initial 128 KiB. Left dynamic, it
/// rises to the size of the largest buffer freed, and from then on buffers
/// of request heads and bodies (up to hundreds of KB each, one per
/// connection) come from the heap and stay in the process after their
/// connections close: a burst of large heads would leave the service
/// tens of MiB larger for good. Fixed, they are mapped and given back.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_buffers() {
    // SAFETY: mallopt only sets an allocator parameter.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 << 10);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_buffers() {}

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
    raise_open_file_limit();
    return_large_buffers();
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
