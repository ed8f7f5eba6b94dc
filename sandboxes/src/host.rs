//! The one piece of Store data: the guest's WASI context and everything the
//! host tracks about the one test case an instance runs (the protocol's
//! phase, meter readings, limits, captured output, the case's report).

use crate::clock::VirtualClock;
use crate::cost_model::{CostModel, Work};
use crate::job::{CallReport, Cost, ErrorOrigin, Job, Status};
use crate::memory::LiveMeter;
use crate::meter::InstructionCounter;
use crate::stdio::StdioCase;
use crate::wasi_shadow::StdinPipe;
use std::fmt;
use std::time::Instant;
use wasmtime::{Memory, ResourceLimiter};
use wasmtime_wasi::p1::WasiP1Ctx;

/// How much of stdout and stderr a report keeps.
pub(crate) const KEPT_OUTPUT: usize = 64 * 1024;

/// Where the guest is in the protocol of one case. The markers move it
/// forward one step at a time; anything out of order is tampering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Pre-initialising the interpreter for the snapshot: no protocol call
    /// is allowed.
    Snapshot,
    /// Restored, fetching the source or the compiled candidate.
    Startup,
    Calibrating,
    /// Calibrated; the region (or the compile) begins next.
    Ready,
    /// A compile run, metered: compiling the candidate.
    Compiling,
    /// In the metered region: importing the candidate.
    Import,
    /// In the metered region: the call, its result's check and encoding.
    Call,
    /// The import failed; the region ends next.
    ImportFailed,
    /// The region ended; the output or a protocol code is being reported.
    Reporting,
    /// An exception is being described, under its own small budget.
    Describing,
}

impl Phase {
    /// Whether guest work in this phase is charged to the case.
    pub fn metered(self) -> bool {
        matches!(self, Phase::Compiling | Phase::Import | Phase::Call)
    }
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

/// An exception the guest described: both parts are guest text.
#[derive(Debug, Default)]
pub(crate) struct Described {
    pub type_name: Option<String>,
    pub message: Option<String>,
}

impl Described {
    pub fn text(&self) -> String {
        let kind = self.type_name.as_deref().unwrap_or("Exception");
        match self.message.as_deref() {
            Some(m) if !m.is_empty() => format!("{kind}: {m}"),
            _ => kind.to_owned(),
        }
    }
}

pub(crate) struct Host {
    pub wasi: WasiP1Ctx,
    pub memory: Option<Memory>,
    pub job: Job,
    /// A compile run (the source in, the code object out), not a case.
    pub compile_run: bool,
    /// What a compile run produced: the code object (marshal).
    pub code: Option<Vec<u8>>,
    /// What compiling cost (a compile run's own reading).
    pub compile_cost: Cost,
    /// Compiling charged to each case: the job's compiled candidate's cost
    /// above the job's compile allowance.
    pub compile_charge: u64,
    /// The stdlib image, handed out only to the snapshot's initialiser.
    pub image: Option<std::sync::Arc<Vec<u8>>>,
    /// What fuel charges besides operators (the engine's).
    pub cost_model: CostModel,
    /// The simulated cache's counters (see `cache_model::CacheGlobals`),
    /// when the model has them, and how much of each is charged.
    pub cache: Option<crate::cache_model::CacheGlobals>,
    pub cache_charged: [u64; 3],
    /// The case this instance runs (absolute index); `None`: import only.
    pub call: Option<usize>,
    pub phase: Phase,
    pub report: CallReport,
    pub clock: VirtualClock,
    pub counter: Option<InstructionCounter>,
    /// Readings when the current bracket began.
    pub start: Start,
    /// Fuel set aside while the region runs under its own, smaller budget.
    pub fuel_reserve: u64,
    /// Instance start to the calibration bracket.
    pub startup: Cost,
    pub bracket: Cost,
    /// The import failed: with what (the exception, or a protocol text),
    /// and who wrote it.
    pub import_failed: Option<(String, ErrorOrigin)>,
    /// The import raised an exception (described later).
    pub import_raised: bool,
    /// The guest began describing an exception.
    pub describing: bool,
    pub described: Described,
    pub output_total: u64,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub peak_memory: u64,
    /// The memory meter's readings in the region.
    pub live: LiveMeter,
    /// The stdin/stdout side of a [`crate::Protocol::Stdio`] case (`None`
    /// for a function; `Err` when the case's input cannot be a stdin).
    pub stdio: Option<Result<StdioCase, String>>,
}

impl Host {
    pub fn new(wasi: WasiP1Ctx, job: Job, call: Option<usize>, clock: VirtualClock) -> Self {
        let compile_charge = job
            .compiled
            .as_ref()
            .map_or(0, |c| c.cost.fuel.saturating_sub(job.compile_allowance));
        let stdio = StdioCase::of(&job, call);
        Host {
            stdio,
            wasi,
            memory: None,
            job,
            compile_run: false,
            code: None,
            compile_cost: Cost::default(),
            compile_charge,
            image: None,
            cost_model: CostModel::Plain,
            cache: None,
            cache_charged: [0; 3],
            call,
            phase: Phase::Startup,
            report: CallReport::not_run(),
            clock,
            counter: None,
            start: Start {
                fuel: 0,
                wall: Instant::now(),
                instructions: 0,
            },
            fuel_reserve: 0,
            startup: Cost::default(),
            bracket: Cost::default(),
            import_failed: None,
            import_raised: false,
            describing: false,
            described: Described::default(),
            output_total: 0,
            stdout: Vec::new(),
            stderr: Vec::new(),
            peak_memory: 0,
            live: LiveMeter::default(),
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

    /// Records the charged cost of the region, given its raw cost (the
    /// import and the call): compiling above the allowance, plus the region
    /// less the calibration bracket. Nothing is an allowance for anything
    /// else: work moved from the call into the import or the program text
    /// is charged.
    pub fn charge(&mut self, raw: Cost) {
        let mut cost = raw.minus(self.bracket);
        cost.fuel = cost.fuel.saturating_add(self.compile_charge);
        self.report.cost = cost;
    }

    /// Records `work` in the report when the phase is one whose work is the
    /// case's (the metered ones, and a failed import's), and returns its
    /// fuel under the cost model.
    pub fn price(&mut self, work: Work) -> u64 {
        if self.phase.metered() || self.phase == Phase::ImportFailed {
            self.report.work.add(work);
        }
        self.cost_model.fuel(work)
    }

    /// Sets the case's outcome with an error text and who wrote it.
    pub fn fail(&mut self, status: Status, origin: ErrorOrigin, error: String) {
        self.report.status = status;
        self.report.output = None;
        self.report.error = Some(error);
        self.report.origin = Some(origin);
    }

    /// Takes guest output, within the cap: only what a report keeps is
    /// copied, and the cap is checked before anything is.
    pub fn capture(&mut self, fd: i32, chunk: &[u8]) -> Result<(), GuestFault> {
        if let (1, Phase::Call, Some(Ok(stdio))) = (fd, self.phase, self.stdio.as_mut()) {
            return stdio.answer.write(chunk);
        }
        self.output_total = self.output_total.saturating_add(chunk.len() as u64);
        if self.output_total > self.job.limits.output_bytes {
            return Err(GuestFault::OutputLimit(self.job.limits.output_bytes));
        }
        let sink = if fd == 1 {
            &mut self.stdout
        } else {
            &mut self.stderr
        };
        let room = KEPT_OUTPUT.saturating_sub(sink.len());
        sink.extend_from_slice(&chunk[..chunk.len().min(room)]);
        Ok(())
    }
}

impl crate::wasi_shadow::Shadowed for Host {
    fn memory(&self) -> Option<Memory> {
        self.memory
    }
    fn clock(&self) -> &VirtualClock {
        &self.clock
    }
    fn capture(&mut self, fd: i32, chunk: &[u8]) -> Result<(), GuestFault> {
        Host::capture(self, fd, chunk)
    }
    /// A stdio case's input, while the program runs; empty otherwise.
    fn stdin(&mut self) -> Option<&mut StdinPipe> {
        match (self.phase, self.stdio.as_mut()) {
            (Phase::Call, Some(Ok(stdio))) => Some(&mut stdio.stdin),
            _ => None,
        }
    }
}

impl ResourceLimiter for Host {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        grow_memory(&mut self.peak_memory, self.job.limits.memory_bytes, desired)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= MAX_TABLE_ELEMENTS)
    }
}

/// The most entries a guest's table may grow to (both kinds of guest).
pub(crate) const MAX_TABLE_ELEMENTS: usize = 1_000_000;

/// A guest's linear memory grows to `desired` bytes, within `cap` (else
/// it stops, out of memory), its `peak` recorded: both kinds of guest.
pub(crate) fn grow_memory(peak: &mut u64, cap: u64, desired: usize) -> wasmtime::Result<bool> {
    if desired as u64 > cap {
        return Err(wasmtime::Error::new(GuestFault::MemoryLimit(cap)));
    }
    *peak = (*peak).max(desired as u64);
    Ok(true)
}
