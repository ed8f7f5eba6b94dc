//! The one piece of Store data: the guest's WASI context and everything the
//! host tracks about the run (the metering protocol's phase, meter readings,
//! limits, captured output, per-call reports).

use crate::clock::VirtualClock;
use crate::job::{CallReport, Cost, Flow, Job, Status};
use crate::meter::InstructionCounter;
use std::fmt;
use std::time::Instant;
use wasmtime::{Memory, ResourceLimiter};
use wasmtime_wasi::p1::WasiP1Ctx;

/// How much of stdout and stderr a report keeps.
const KEPT_OUTPUT: usize = 64 * 1024;

/// Where the guest is in the protocol. Indices are absolute call indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    Startup,
    Import,
    /// Between calls; the next call is this one.
    Ready(usize),
    Calibrating(usize),
    InCall(usize),
    /// The call returned; its output or error is being reported.
    AfterCall(usize),
    Done,
}

/// Why the host stopped the guest.
#[derive(Debug)]
pub(crate) enum GuestFault {
    OutputLimit(u64),
    MemoryLimit(u64),
    Tampered(String),
}

impl fmt::Display for GuestFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GuestFault::OutputLimit(n) => write!(f, "wrote more than {n} bytes to stdout/stderr"),
            GuestFault::MemoryLimit(n) => write!(f, "asked for more than {n} bytes of memory"),
            GuestFault::Tampered(what) => write!(f, "metering protocol violated: {what}"),
        }
    }
}

impl std::error::Error for GuestFault {}

/// "Type: message" of an error the guest reported in two parts (type name,
/// then message), if it reported one; the parts are cleared.
pub(crate) fn take_error(parts: &mut (Option<String>, Option<String>)) -> Option<String> {
    match std::mem::take(parts) {
        (Some(kind), Some(message)) if !message.is_empty() => Some(format!("{kind}: {message}")),
        (kind, _) => kind,
    }
}

pub(crate) fn tampered(what: impl Into<String>) -> wasmtime::Error {
    wasmtime::Error::new(GuestFault::Tampered(what.into()))
}

/// Meter readings at the start of a bracket.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Start {
    pub fuel: u64,
    pub wall: Instant,
    pub instructions: u64,
}

pub(crate) struct Host {
    pub wasi: WasiP1Ctx,
    pub memory: Option<Memory>,
    pub job: Job,
    /// Absolute index of the guest's call 0 in this instance.
    pub first: usize,
    pub phase: Phase,
    pub reports: Vec<CallReport>,
    pub clock: VirtualClock,
    pub counter: Option<InstructionCounter>,
    /// Readings when the current phase or call began.
    pub start: Start,
    /// Fuel set aside while a call runs under its own, smaller budget.
    pub fuel_reserve: u64,
    pub startup: Option<Cost>,
    pub import: Option<Cost>,
    pub bracket: Cost,
    pub import_error: (Option<String>, Option<String>),
    pub pending_error: (Option<String>, Option<String>),
    pub stopped: bool,
    pub output_total: u64,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub peak_memory: u64,
}

impl Host {
    pub fn new(wasi: WasiP1Ctx, job: Job, first: usize, clock: VirtualClock) -> Self {
        let n = job.calls.len();
        Host {
            wasi,
            memory: None,
            job,
            first,
            phase: Phase::Startup,
            reports: vec![CallReport::not_run(); n],
            clock,
            counter: None,
            start: Start {
                fuel: 0,
                wall: Instant::now(),
                instructions: 0,
            },
            fuel_reserve: 0,
            startup: None,
            import: None,
            bracket: Cost::default(),
            import_error: (None, None),
            pending_error: (None, None),
            stopped: false,
            output_total: 0,
            stdout: Vec::new(),
            stderr: Vec::new(),
            peak_memory: 0,
        }
    }

    pub fn instructions(&mut self) -> u64 {
        self.counter.as_mut().map_or(0, InstructionCounter::read)
    }

    /// The cost since `self.start`, given the fuel now left.
    pub fn elapsed(&mut self, fuel_now: u64) -> Cost {
        let instructions = self
            .counter
            .is_some()
            .then(|| self.instructions() - self.start.instructions);
        Cost {
            fuel: self.start.fuel.saturating_sub(fuel_now),
            instructions,
            wall_ns: self.start.wall.elapsed().as_nanos() as u64,
        }
    }

    /// Maps the guest's call index to an absolute one.
    pub fn absolute(&self, guest_index: i32) -> Option<usize> {
        usize::try_from(guest_index).ok().map(|g| g + self.first)
    }

    /// Closes the books on call `index` and asks the judge whether to go on.
    pub fn finish_call(&mut self, index: usize) {
        if let Some(text) = take_error(&mut self.pending_error) {
            let report = &mut self.reports[index];
            report.status = Status::Error;
            report.output = None;
            report.error = Some(text);
        }
        self.judge(index);
    }

    /// Records a fatal outcome of call `index` and asks the judge.
    pub fn fail_call(&mut self, index: usize, status: Status, error: String) {
        let report = &mut self.reports[index];
        report.status = status;
        report.output = None;
        report.error = Some(error);
        self.judge(index);
    }

    fn judge(&mut self, index: usize) {
        if let Some(judge) = self.job.judge.clone() {
            if judge(index, &mut self.reports[index]) == Flow::Stop {
                self.stopped = true;
            }
        }
    }

    /// Appends guest output, within the cap.
    pub fn capture(&mut self, fd: i32, bytes: &[u8]) -> Result<(), GuestFault> {
        self.output_total += bytes.len() as u64;
        let sink = if fd == 1 {
            &mut self.stdout
        } else {
            &mut self.stderr
        };
        let room = KEPT_OUTPUT.saturating_sub(sink.len());
        sink.extend_from_slice(&bytes[..bytes.len().min(room)]);
        if self.output_total > self.job.limits.output_bytes {
            return Err(GuestFault::OutputLimit(self.job.limits.output_bytes));
        }
        Ok(())
    }
}

impl ResourceLimiter for Host {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let limit = self.job.limits.memory_bytes;
        if desired as u64 > limit {
            return Err(wasmtime::Error::new(GuestFault::MemoryLimit(limit)));
        }
        self.peak_memory = self.peak_memory.max(desired as u64);
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 1_000_000)
    }
}
