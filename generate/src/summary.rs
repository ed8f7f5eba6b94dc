//! What a run did, counted as it happens ([`Stats`], shared by every
//! request), read out at the end or at an interruption ([`Summary`]), and
//! reported to whoever draws progress ([`Observer`]).

use crate::GenerateError;
use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Live counters; the caller owns them, so they outlive a run that is
/// interrupted.
#[derive(Debug, Default)]
pub struct Stats {
    /// HTTP attempts, retries included.
    pub requests: AtomicU64,
    /// Attempts that were retried.
    pub retries: AtomicU64,
    /// Samples appended to the file by this run.
    pub written: AtomicU64,
    /// Samples of those whose answer held no code.
    pub no_code: AtomicU64,
    /// Samples cut by `max_tokens` (`finish_reason` "length").
    pub truncated: AtomicU64,
    /// Samples left unwritten because their request failed.
    pub failed: AtomicU64,
    /// Tokens of prompts and of answers, as the server counts them.
    pub tokens_in: AtomicU64,
    pub tokens_out: AtomicU64,
}

/// The counters at one moment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub requests: u64,
    pub retries: u64,
    pub written: u64,
    pub no_code: u64,
    pub truncated: u64,
    pub failed: u64,
    pub tokens_in: u64,
    pub tokens_out: u64,
}

impl Stats {
    pub fn summary(&self) -> Summary {
        let read = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        Summary {
            requests: read(&self.requests),
            retries: read(&self.retries),
            written: read(&self.written),
            no_code: read(&self.no_code),
            truncated: read(&self.truncated),
            failed: read(&self.failed),
            tokens_in: read(&self.tokens_in),
            tokens_out: read(&self.tokens_out),
        }
    }
}

/// Hears what happens during a run, e.g. to draw a progress bar. Calls come
/// from the run's tasks, possibly several at once.
pub trait Observer: Send + Sync {
    /// A request of `task_id` failed with `reason`, and is retried after `wait`.
    fn retrying(&self, task_id: &str, reason: &str, wait: Duration);
    /// A sample of `task_id` was appended; `now` are the counters after it.
    fn written(&self, task_id: &str, now: &Summary);
    /// `samples` samples of `task_id` stay unwritten: their request failed.
    fn failed(&self, task_id: &str, samples: usize, error: &GenerateError);
}
