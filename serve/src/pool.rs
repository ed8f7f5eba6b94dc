//! [`Pool`]: the bounded work of the service. A sample is one unit of
//! blocking work (seconds of CPU in a sandbox) and holds one of `jobs`
//! worker permits while it runs, on tokio's blocking threads, never on the
//! async executor. Work is admitted whole or not at all:
//!
//! - a request's body is read only while the bodies being read hold less
//!   than the body budget (jobs + queue bodies of the largest size), and
//! - once it is read and parsed, its samples are admitted only if they
//!   fit: running and waiting samples, with its own, at most jobs + queue.
//!
//! A request being read holds no room in the queue: a client that sends
//! its body slowly delays only itself (the body has its own time limit).
//!
//! Otherwise the caller is told at once (429, with a `Retry-After`
//! estimated from recent samples' durations); nothing queues without bound.
//! A request's samples start in order as permits free up (the semaphore is
//! fair, so requests are served first come, first served); when the
//! request's future is dropped (its deadline passed, the client went away,
//! a sample failed) its samples not yet started never start.

use crate::api::Job;
use crate::ServeError;
use effgauge_scoring::{ScoredSample, Scorer};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::sync::Semaphore;

/// The most a `Retry-After` says, in seconds.
const MAX_RETRY_AFTER: u64 = 60;

/// Counts of the pool, as `/readyz` shows them.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct PoolStats {
    pub jobs: usize,
    pub queue: usize,
    /// Samples running now.
    pub running: usize,
    /// Samples admitted and waiting for a worker.
    pub waiting: usize,
    /// Requests being read, parsed, waited for or scored.
    pub requests: usize,
    /// Samples scored since start.
    pub scored: u64,
    /// Admitted samples never started (deadline, client gone, an error).
    pub abandoned: u64,
    /// Requests refused with 429 since start.
    pub refused: u64,
}

#[derive(Default)]
struct Counts {
    requests: usize,
    /// Bytes of bodies being read, held by their requests' tickets.
    body_bytes: usize,
    /// Admitted samples not finished: running or waiting.
    pending: usize,
    running: usize,
}

pub struct Pool {
    jobs: usize,
    queue: usize,
    /// The most bytes of bodies being read at once.
    body_budget: usize,
    permits: Arc<Semaphore>,
    counts: Mutex<Counts>,
    /// Mean seconds of a sample (exponentially weighted), as f64 bits.
    mean_secs: AtomicU64,
    scored: AtomicU64,
    abandoned: AtomicU64,
    refused: AtomicU64,
}

impl Pool {
    /// A pool of `jobs` workers and `queue` waiting samples, reading at
    /// most jobs + queue bodies of `max_body_bytes` at once.
    pub fn new(jobs: usize, queue: usize, max_body_bytes: usize) -> Arc<Pool> {
        Arc::new(Pool {
            jobs,
            queue,
            body_budget: (jobs + queue).saturating_mul(max_body_bytes),
            permits: Arc::new(Semaphore::new(jobs)),
            counts: Mutex::new(Counts::default()),
            mean_secs: AtomicU64::new(1.0f64.to_bits()),
            scored: AtomicU64::new(0),
            abandoned: AtomicU64::new(0),
            refused: AtomicU64::new(0),
        })
    }

    fn capacity(&self) -> usize {
        self.jobs + self.queue
    }

    fn counts(&self) -> std::sync::MutexGuard<'_, Counts> {
        self.counts.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn stats(&self) -> PoolStats {
        let c = self.counts();
        PoolStats {
            jobs: self.jobs,
            queue: self.queue,
            running: c.running,
            waiting: c.pending - c.running,
            requests: c.requests,
            scored: self.scored.load(Ordering::Relaxed),
            abandoned: self.abandoned.load(Ordering::Relaxed),
            refused: self.refused.load(Ordering::Relaxed),
        }
    }

    /// The 429 for the pool as it is now.
    fn busy(&self, c: &Counts) -> ServeError {
        self.refused.fetch_add(1, Ordering::Relaxed);
        let mean = f64::from_bits(self.mean_secs.load(Ordering::Relaxed));
        // The work ahead: the samples admitted, or the requests let in
        // (whose samples are not counted until their bodies are read).
        let ahead = (c.pending.max(c.requests) + 1) as f64 / self.jobs as f64;
        ServeError::Busy {
            waiting: c.pending - c.running,
            jobs: self.jobs,
            queue: self.queue,
            retry_after: ((mean * ahead).ceil() as u64).clamp(1, MAX_RETRY_AFTER),
        }
    }

    /// Counts a request in flight (`/readyz`'s `requests`); the ticket
    /// holds the bytes of its body being read, and lets it out when
    /// dropped. Entering never refuses: what bounds requests being read is
    /// the connection cap, the body budget and the body's time limit.
    pub fn enter(self: &Arc<Self>) -> RequestTicket {
        self.counts().requests += 1;
        RequestTicket {
            pool: Arc::clone(self),
            body_bytes: 0,
        }
    }

    /// Admits `n` samples if they fit, else 429.
    pub fn admit(self: &Arc<Self>, n: usize) -> Result<Vec<Slot>, ServeError> {
        let mut c = self.counts();
        if c.pending + n > self.capacity() {
            return Err(self.busy(&c));
        }
        c.pending += n;
        Ok((0..n)
            .map(|_| Slot {
                pool: Arc::clone(self),
                started: false,
            })
            .collect())
    }

    fn finished(&self, secs: f64) {
        self.scored.fetch_add(1, Ordering::Relaxed);
        let old = f64::from_bits(self.mean_secs.load(Ordering::Relaxed));
        let new = 0.8 * old + 0.2 * secs;
        self.mean_secs.store(new.to_bits(), Ordering::Relaxed);
    }

    /// Scores `jobs` (admitted as `slots`) in order on the workers; the
    /// results in the same order, or the first error. Dropping the future
    /// leaves the samples already running to finish on their own (they
    /// keep their permits until then) and starts no other.
    pub async fn run(
        self: &Arc<Self>,
        scorer: &Arc<Scorer>,
        jobs: Vec<Job>,
        slots: Vec<Slot>,
    ) -> Result<Vec<ScoredSample>, ServeError> {
        let failed = Arc::new(AtomicBool::new(false));
        let mut never_started = NeverStarted {
            pool: Arc::clone(self),
            count: jobs.len() as u64,
        };
        let mut handles = Vec::with_capacity(jobs.len());
        for (job, mut slot) in jobs.into_iter().zip(slots) {
            let permit = Arc::clone(&self.permits)
                .acquire_owned()
                .await
                .map_err(|_| ServeError::Internal("the worker pool is closed".into()))?;
            if failed.load(Ordering::Acquire) {
                break;
            }
            never_started.count -= 1;
            self.counts().running += 1;
            slot.started = true;
            let (scorer, failed) = (Arc::clone(scorer), Arc::clone(&failed));
            handles.push(tokio::task::spawn_blocking(move || {
                let started = Instant::now();
                let result = scorer.score_program(&job.task_id, &job.id, &job.program);
                if result.is_err() {
                    failed.store(true, Ordering::Release);
                }
                slot.pool.finished(started.elapsed().as_secs_f64());
                drop((slot, permit));
                result
            }));
        }
        let mut results = Vec::with_capacity(handles.len());
        for handle in handles {
            let scored = handle
                .await
                .map_err(|e| ServeError::Internal(format!("a scoring thread failed: {e}")))?;
            results.push(scored?);
        }
        Ok(results)
    }
}

/// A request in flight, with the bytes of its body it holds.
pub struct RequestTicket {
    pool: Arc<Pool>,
    body_bytes: usize,
}

impl RequestTicket {
    /// Takes `n` more bytes of the body budget for this request's body, or
    /// refuses (429) when the bodies being read already hold it all.
    pub fn hold_body(&mut self, n: usize) -> Result<(), ServeError> {
        let pool = &self.pool;
        let mut c = pool.counts();
        if c.body_bytes + n > pool.body_budget {
            return Err(pool.busy(&c));
        }
        c.body_bytes += n;
        self.body_bytes += n;
        Ok(())
    }

    /// Gives back the body's bytes (it has been parsed and dropped).
    pub fn release_body(&mut self) {
        self.pool.counts().body_bytes -= self.body_bytes;
        self.body_bytes = 0;
    }
}

impl Drop for RequestTicket {
    fn drop(&mut self) {
        let mut c = self.pool.counts();
        c.requests -= 1;
        c.body_bytes -= self.body_bytes;
    }
}

/// One admitted sample's room in the pool, freed when it finishes or is
/// dropped unstarted.
pub struct Slot {
    pool: Arc<Pool>,
    started: bool,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut c = self.pool.counts();
        c.pending -= 1;
        if self.started {
            c.running -= 1;
        }
    }
}

/// Counts a request's samples that never started, when its run ends.
struct NeverStarted {
    pool: Arc<Pool>,
    count: u64,
}

impl Drop for NeverStarted {
    fn drop(&mut self) {
        self.pool.abandoned.fetch_add(self.count, Ordering::Relaxed);
    }
}
