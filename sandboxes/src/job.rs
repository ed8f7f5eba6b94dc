//! What a run is asked to do and what it reports.

use crate::cost_model::Work;
use crate::memory::MemoryUse;
use crate::meter::Meter;
use crate::value::PyValue;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::Duration;

/// Resource caps of one run. Each cap has its own outcome when hit.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Limits {
    /// Fuel for the whole run: start-up, import and every call (a backstop).
    pub fuel_total: u64,
    /// Fuel for one call, unless its [`CallSpec`] says otherwise.
    pub fuel_per_call: Option<u64>,
    /// Fuel for each case's start-up: decoding its input and compiling the
    /// candidate, neither of which is charged. A deterministic bound, well
    /// inside the wall-clock backstop, so that a source built to be costly
    /// to compile fails the same way on every machine (`crash`, before the
    /// candidate ran) instead of racing the wall clock.
    #[serde(default = "default_startup_fuel")]
    pub fuel_startup: u64,
    /// Linear memory, including the interpreter's 64 MiB C stack.
    pub memory_bytes: u64,
    /// Wall-clock time of one call, and of start-up plus import (a backstop:
    /// fuel normally ends a runaway call first).
    pub wall_per_call: Duration,
    /// Bytes the guest may write to stdout and stderr together.
    pub output_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel_total: 500_000_000_000,
            fuel_per_call: Some(20_000_000_000),
            fuel_startup: default_startup_fuel(),
            memory_bytes: 1 << 30,
            wall_per_call: Duration::from_secs(60),
            output_bytes: 1 << 20,
        }
    }
}

fn default_startup_fuel() -> u64 {
    5_000_000_000
}

/// One call of the entry point.
#[derive(Debug, Clone)]
pub struct CallSpec {
    /// The positional arguments: marshal data of a tuple.
    pub args: Vec<u8>,
    /// This call's own fuel cap (e.g. α × the reference's cost), on its
    /// charged cost: the import above [`Job::import_allowance`] plus the call.
    pub fuel_limit: Option<u64>,
    /// Largest encoded output accepted for this call; a larger one is
    /// `wrong` without being decoded (e.g. a multiple of the reference's
    /// output). Never above the sandbox's absolute cap.
    pub max_output_bytes: Option<u64>,
}

impl CallSpec {
    pub fn new(args: &[PyValue]) -> Self {
        CallSpec {
            args: crate::marshal::encode(&PyValue::Tuple(args.to_vec())),
            fuel_limit: None,
            max_output_bytes: None,
        }
    }
}

/// Whether to go on after a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Stop,
}

/// Decides, on the host, after each call, whether the run goes on (e.g. it
/// stops at the first wrong answer). It may also change the status.
pub type Judge = Arc<dyn Fn(usize, &mut CallReport) -> Flow + Send + Sync>;

/// How a program takes a case and gives its answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// The program defines an entry point; each case calls it with the
    /// case's arguments, and its return value is the answer.
    #[default]
    Function,
    /// The program is run whole: the case (one `str` or `bytes` argument)
    /// is its standard input, and what it writes to standard output is the
    /// answer (as `bytes`), as with a judge's programs.
    Stdio,
}

impl Protocol {
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Function => "function",
            Protocol::Stdio => "stdio",
        }
    }

    /// A stdio case's input from its encoded arguments (marshal data of a
    /// tuple): see [`Protocol::stdin_from`].
    pub fn stdin_of(args: &[u8]) -> Option<Vec<u8>> {
        match crate::marshal::decode(args).ok()? {
            PyValue::Tuple(items) | PyValue::List(items) => Protocol::stdin_from(&items),
            _ => None,
        }
    }

    /// A stdio case's input: its one argument, as bytes (`None` when the
    /// arguments are not one `str` or `bytes`).
    pub fn stdin_from(args: &[PyValue]) -> Option<Vec<u8>> {
        match args {
            [PyValue::Str(s)] => Some(s.as_bytes().to_vec()),
            [PyValue::Bytes(b)] => Some(b.clone()),
            _ => None,
        }
    }
}

/// A candidate compiled once (in an instance of its own) and handed to
/// every case's instance as a code object: no case recompiles it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    /// The code object, as marshal data.
    pub code: Arc<Vec<u8>>,
    /// What compiling cost (the calibration bracket subtracted).
    pub cost: Cost,
}

/// One run of one candidate over a list of calls. The candidate is compiled
/// once; every call runs in a fresh instance restored from the
/// pre-initialised interpreter snapshot, so no state crosses calls, and
/// imports the compiled candidate afresh.
#[derive(Clone)]
pub struct Job {
    /// The program, exactly as submitted: the text compiled is this text.
    pub source: String,
    /// The entry point (empty under [`Protocol::Stdio`]).
    pub entry: String,
    /// How each case reaches the program and its answer comes back.
    pub protocol: Protocol,
    pub calls: Arc<Vec<CallSpec>>,
    pub limits: Limits,
    pub meter: Meter,
    /// Seeds the guest's (deterministic) random sources.
    pub seed: u64,
    /// Picks which sets of the simulated cache are sampled in this job's
    /// cases (`cache-v1` only; compiling always uses 0). The host's alone:
    /// the guest never sees it, so a program that knows its own addresses
    /// (`id()`) cannot place its data in sets that are not simulated.
    /// Every run on a problem must use the same key (scoring takes it from
    /// the prepared problem), or the reference's cost would move.
    pub cache_sampling_key: u64,
    /// Fuel of compiling that is not charged to the calls (scoring: what
    /// compiling the problem's `prompt.py` followed by its reference costs).
    /// Compiling above it is charged to every call, as if each case
    /// compiled the candidate afresh, so bytes of precomputed data cost
    /// fuel. (The import is charged in full: there is no import allowance.)
    pub compile_allowance: u64,
    /// The candidate already compiled (by an earlier run of the same
    /// source); `None`: the run compiles it first.
    pub compiled: Option<Arc<Compiled>>,
    pub judge: Option<Judge>,
    /// A compiled program (C++) instead of Python: `source` is then its
    /// source text, kept for the record, and every case runs this module
    /// (see `program`).
    pub program: Option<Arc<crate::program::WasmProgram>>,
}

impl Job {
    pub fn new(source: impl Into<String>, entry: impl Into<String>, calls: Vec<CallSpec>) -> Self {
        Job {
            source: source.into(),
            entry: entry.into(),
            protocol: Protocol::Function,
            calls: Arc::new(calls),
            limits: Limits::default(),
            meter: Meter::Fuel,
            seed: 0,
            cache_sampling_key: 0,
            compile_allowance: 0,
            compiled: None,
            judge: None,
            program: None,
        }
    }

    /// A whole program that reads each case from stdin and answers on
    /// stdout: each call's arguments are one `str` or `bytes`, its stdin.
    pub fn stdio(source: impl Into<String>, calls: Vec<CallSpec>) -> Self {
        Job {
            protocol: Protocol::Stdio,
            ..Job::new(source, "", calls)
        }
    }
}

/// The outcome of one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Returned a value (whether it is right is the caller's business).
    Ok,
    /// Returned a value the caller judged wrong.
    Wrong,
    /// Raised an exception, exited, or returned a value of a type that cannot
    /// cross the boundary.
    Error,
    /// Ran out of fuel: the only honest way to be too slow.
    Timeout,
    /// Hit the wall-clock backstop (fuel normally ends a slow call first, so
    /// this means the guest found work the fuel meter does not see).
    WallTimeout,
    /// Asked for more linear memory than allowed.
    Memory,
    /// Recursed deeper than the interpreter's C stack or the host's wasm
    /// stack allows (a RecursionError is an `error`: Python caught it).
    Stack,
    /// Any other trap.
    Crash,
    /// Broke the metering protocol.
    Tampered,
    /// Wrote more to stdout/stderr than allowed.
    Output,
    /// Not run: an earlier call stopped the run.
    NotRun,
    /// Hit a limit, and the re-run that checks its answer under a larger
    /// budget did not give a correct one (decided by the caller, never by
    /// the sandbox): wrong, not censored.
    Unverified,
    /// The program (or its compiled code) is larger than allowed: never run.
    TooLarge,
    /// A compiled language's program did not compile (or the gate before
    /// the compiler refused it): never run.
    CompileError,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Wrong => "wrong",
            Status::Error => "error",
            Status::Timeout => "timeout",
            Status::WallTimeout => "wall_timeout",
            Status::Memory => "memory",
            Status::Stack => "stack",
            Status::Crash => "crash",
            Status::Tampered => "tampered",
            Status::Output => "output",
            Status::NotRun => "not_run",
            Status::Unverified => "unverified",
            Status::TooLarge => "too_large",
            Status::CompileError => "compile_error",
        }
    }

    /// Whether the call hit a resource limit that slow, honest code can hit
    /// (fuel, memory, stack). Whether that counts as censored is the
    /// caller's decision (effgauge: fuel always; memory and stack only after
    /// the reference's fuel was spent). The wall-clock backstop is not one.
    pub fn is_limit(self) -> bool {
        matches!(self, Status::Timeout | Status::Memory | Status::Stack)
    }
}

/// Cost of one call (or phase) by every meter that ran.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    pub fuel: u64,
    /// Hardware instructions, with `--meter instructions` only.
    pub instructions: Option<u64>,
    pub wall_ns: u64,
}

impl Cost {
    /// The figure of the given meter.
    pub fn get(&self, meter: Meter) -> Option<u64> {
        match meter {
            Meter::Fuel => Some(self.fuel),
            Meter::Instructions => self.instructions,
            Meter::Wall => Some(self.wall_ns),
        }
    }

    pub(crate) fn minus(self, other: Cost) -> Cost {
        Cost {
            fuel: self.fuel.saturating_sub(other.fuel),
            instructions: self
                .instructions
                .map(|i| i.saturating_sub(other.instructions.unwrap_or(0))),
            wall_ns: self.wall_ns.saturating_sub(other.wall_ns),
        }
    }
}

/// Who wrote an error's text. Guest text can never pose as the harness's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorOrigin {
    /// effgauge itself (a limit, a protocol rule, an output it refused).
    Harness,
    /// The candidate (an exception it raised: type name and message are its).
    Guest,
}

/// What one call did.
#[derive(Debug, Clone, PartialEq)]
pub struct CallReport {
    pub status: Status,
    /// The charged cost: compiling above the job's allowance, the import
    /// and the call (wall time and instructions: the import and the call).
    pub cost: Cost,
    /// This call's import of the candidate, in full (informational).
    pub import: Cost,
    pub output: Option<PyValue>,
    pub error: Option<String>,
    /// Who wrote `error`.
    pub origin: Option<ErrorOrigin>,
    /// The work the cost model saw in the metered region (import included).
    pub work: Work,
    /// The case's largest linear memory, in bytes (0: it never grew).
    pub peak_memory_bytes: u64,
    /// What the memory meter counted in the region.
    pub memory: MemoryUse,
}

impl CallReport {
    /// A call that never ran (also a base for building reports in tests).
    pub fn not_run() -> Self {
        CallReport {
            status: Status::NotRun,
            cost: Cost::default(),
            import: Cost::default(),
            output: None,
            error: None,
            origin: None,
            work: Work::default(),
            peak_memory_bytes: 0,
            memory: MemoryUse::default(),
        }
    }
}

/// What a run did.
#[derive(Debug, Clone)]
pub struct RunReport {
    pub calls: Vec<CallReport>,
    /// Interpreter start-up, up to the candidate's import (first instance).
    pub startup: Cost,
    /// Compiling the candidate (its compile run).
    pub compile: Cost,
    /// The compiled candidate, for another run of the same source.
    pub compiled: Option<Arc<Compiled>>,
    /// Executing the candidate's module (first case instance).
    pub import: Cost,
    /// The empty bracket subtracted from every call.
    pub bracket: Cost,
    /// The candidate failed before any call: how.
    pub import_error: Option<String>,
    pub peak_memory_bytes: u64,
    /// Instances started (more than one after fatal outcomes).
    pub instances: u32,
    /// The first bytes the guest wrote to stdout and stderr.
    pub stdout: String,
    pub stderr: String,
}

impl RunReport {
    /// A run with no calls and nothing measured yet.
    pub fn empty() -> RunReport {
        RunReport {
            calls: Vec::new(),
            startup: Cost::default(),
            compile: Cost::default(),
            compiled: None,
            import: Cost::default(),
            bracket: Cost::default(),
            import_error: None,
            peak_memory_bytes: 0,
            instances: 0,
            stdout: String::new(),
            stderr: String::new(),
        }
    }
}
