//! What a caller sees of a run while it goes: the binary draws a progress
//! bar, the service nothing. Scoring never prints on its own account; the
//! one exception is the preparation of problems, which prints its own
//! lines when [`Observer::verbose`] says so.

/// Told of a run's progress. Every method has a default that does nothing.
pub trait Observer {
    /// Whether the preparation of problems may print its progress (stderr).
    fn verbose(&self) -> bool {
        false
    }
    /// A resumed run found `done` of `total` distinct programs journaled.
    fn resumed(&mut self, _done: usize, _total: usize) {}
    /// `hits` of the `total` distinct programs to run came from the outcome
    /// cache.
    fn cached(&mut self, _hits: usize, _total: usize) {}
    /// `pending` distinct programs are about to run.
    fn started(&mut self, _pending: usize) {}
    /// A distinct program of `task_id` finished (and is journaled).
    fn scored(&mut self, _task_id: &str) {}
    /// Every program ran.
    fn finished(&mut self) {}
    /// `problem` could not be prepared (`error` says why) and is left out
    /// of the run (`skip_unpreparable`).
    fn left_out(&mut self, _problem: &str, _error: &str) {}
}

/// An observer that sees nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct Quiet;

impl Observer for Quiet {}
