//! The interpreter's side of the stdin/stdout protocol ([`Protocol::Stdio`]):
//! a case's input served as standard input, and standard output kept whole
//! as the answer, both only while the program runs (the metered region's
//! call phase), so nothing else in the instance can read the one or write
//! the other.
//!
//! The answer is bounded like a function's return value: above the case's
//! `max_output_bytes` (at most [`MAX_OUTPUT_BYTES`]) it is no longer kept
//! and the case is `wrong` once the program ends; a program that goes on
//! writing past that by more than the job's output cap is stopped
//! (`output`), so it cannot keep the host busy for free.

use crate::host::GuestFault;
use crate::imports::MAX_OUTPUT_BYTES;
use crate::job::{Job, Protocol};
use crate::wasi_shadow::StdinPipe;

/// What a program writes to standard output as its answer: kept up to
/// `cap`; beyond it the answer is oversize (wrong), and beyond `cap` plus
/// `slack` the program is stopped (`output`). Shared by the interpreter and
/// compiled programs.
#[derive(Debug, Default)]
pub(crate) struct StdoutAnswer {
    kept: Vec<u8>,
    /// The largest answer the case accepts.
    cap: u64,
    /// Bytes written so far.
    written: u64,
    /// The job's output cap, allowed beyond an oversize answer.
    slack: u64,
}

impl StdoutAnswer {
    /// An answer of at most `max_output` bytes (at most
    /// [`MAX_OUTPUT_BYTES`]), with `slack` more bytes written before the
    /// program is stopped.
    pub fn new(max_output: Option<u64>, slack: u64) -> StdoutAnswer {
        StdoutAnswer {
            kept: Vec::new(),
            cap: max_output.map_or(MAX_OUTPUT_BYTES, |m| m.min(MAX_OUTPUT_BYTES)),
            written: 0,
            slack,
        }
    }

    /// Keeps a chunk of standard output, within the cap.
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), GuestFault> {
        self.written = self.written.saturating_add(chunk.len() as u64);
        let stop = self.cap.saturating_add(self.slack);
        if self.written > stop {
            return Err(GuestFault::OutputLimit(stop));
        }
        let room = (self.cap as usize).saturating_sub(self.kept.len());
        self.kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
        Ok(())
    }

    /// The answer, or `Err(bytes written)` when it was larger than the cap.
    pub fn take(&mut self) -> Result<Vec<u8>, u64> {
        if self.written > self.cap {
            return Err(self.written);
        }
        Ok(std::mem::take(&mut self.kept))
    }
}

/// One stdio case's input and answer.
#[derive(Debug, Default)]
pub(crate) struct StdioCase {
    pub stdin: StdinPipe,
    pub answer: StdoutAnswer,
}

impl StdioCase {
    /// The stdio side of case `call` of `job`: `None` for a function job
    /// or an import-only run, `Some(Err(..))` when the case's arguments are
    /// not one `str` or `bytes`.
    pub fn of(job: &Job, call: Option<usize>) -> Option<Result<StdioCase, String>> {
        if job.protocol != Protocol::Stdio {
            return None;
        }
        let spec = &job.calls[call?];
        let Some(stdin) = Protocol::stdin_of(&spec.args) else {
            return Some(Err(
                "a stdio case's input must be one str or bytes (the program's standard input)"
                    .into(),
            ));
        };
        Some(Ok(StdioCase {
            stdin: StdinPipe::new(stdin),
            answer: StdoutAnswer::new(spec.max_output_bytes, job.limits.output_bytes),
        }))
    }
}
