//! Compiled programs: WASI command modules (C++ compiled to wasm32-wasi by
//! `effgauge-cc`), one fresh instance per case, under the same caps and
//! statuses as Python candidates.
//!
//! A case's arguments are the program's stdin, encoded by the job's
//! [`ProgramCodec`]; the program hands its encoded result to the host
//! through one import (`effgauge.result`), so what it prints never mixes
//! with its answer. A whole program under the stdin/stdout protocol
//! ([`crate::Protocol::Stdio`]) has no glue: its stdin is the case and
//! what it writes to stdout is its answer. The whole instance is metered, from its start (static
//! initialisers included) to its exit: there is no unmetered step around
//! the candidate's code. Fuel is wasmtime's own (one unit per operator and
//! one per byte of a bulk copy or fill, [`crate::CostModel::Plain`]):
//! the runtime's byte counting that `cost-v1` relies on is CPython's.

use crate::classify;
use crate::clock::VirtualClock;
use crate::engine::Ticker;
use crate::host::{GuestFault, KEPT_OUTPUT};
use crate::imports::MAX_OUTPUT_BYTES;
use crate::imports::TICK_MS;
use crate::job::{CallReport, Cost, ErrorOrigin, Flow, Job, RunReport, Status};
use crate::value::PyValue;
use crate::wasi_shadow::{self, Shadowed, StdinPipe};
use crate::{marshal, SandboxError};
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use wasmparser::{Validator, WasmFeatures};
use wasmtime::{
    Caller, Config, Engine, InstancePre, Linker, Memory, Module, ResourceLimiter, Store,
};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryInputPipe;
use wasmtime_wasi::WasiCtxBuilder;

/// The version of how a compiled program is run and metered (part of
/// cache keys beside the toolchain's identity).
pub const PROGRAM_METERING_VERSION: u32 = 2;

/// Encodes a case's arguments for the program and decodes its result.
pub trait ProgramCodec: Send + Sync {
    fn encode_args(&self, args: &[PyValue]) -> Result<Vec<u8>, String>;
    fn decode_result(&self, bytes: &[u8]) -> Result<PyValue, String>;
}

/// A compiled program and its codec.
#[derive(Clone)]
pub struct WasmProgram {
    pub wasm: Arc<Vec<u8>>,
    /// What identifies the module (its compile key).
    pub key: String,
    pub codec: Arc<dyn ProgramCodec>,
    /// Fuel every case pays before its first operator, besides the data
    /// segments' bytes: the compiler's charge for what the program carries
    /// in its text (`effgauge_cc::object::own_data_fuel`).
    pub load_fuel: u64,
}

impl std::fmt::Debug for WasmProgram {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WasmProgram({}, {} bytes)", self.key, self.wasm.len())
    }
}

/// Compiled modules kept per engine (by key); beyond this the map starts over.
const KEPT_MODULES: usize = 256;

/// The engine compiled programs run on: plain fuel, the epoch backstop,
/// and the same deep wasm stack as the interpreter's.
pub(crate) struct ProgramEngine {
    engine: Engine,
    linker: Linker<ProgramHost>,
    modules: Mutex<HashMap<String, Loaded>>,
    _ticker: Ticker,
}

/// The WebAssembly a compiled program may use: what clang 19 emits for
/// its generic wasm32 CPU (the MVP, mutable globals, sign extension,
/// saturating conversions, multi-value, reference types), and nothing
/// else. Not SIMD: one unit of fuel for sixteen lanes of work, which the
/// references, built for the generic CPU, never get. Not bulk memory
/// either, which the references never use: one unit of fuel per byte
/// copied is another price than the word loops of wasi-libc's `memcpy`.
/// The toolchain emits neither unless a program asks for it (a `target`
/// attribute, inline assembly), and then it is refused.
fn program_features() -> WasmFeatures {
    WasmFeatures::MVP
        | WasmFeatures::MUTABLE_GLOBAL
        | WasmFeatures::SIGN_EXTENSION
        | WasmFeatures::SATURATING_FLOAT_TO_INT
        | WasmFeatures::MULTI_VALUE
        | WasmFeatures::REFERENCE_TYPES
}

/// Whether `wasm` uses only [`program_features`]: `Err` says what else it
/// uses.
pub fn check_program(wasm: &[u8]) -> Result<(), String> {
    Validator::new_with_features(program_features())
        .validate_all(wasm)
        .map_err(|e| {
            format!(
                "the program uses WebAssembly the meter cannot price (bulk memory or SIMD): {}",
                e.message()
            )
        })?;
    crate::program_wasi::check_imports(wasm)
}

/// A module ready to instantiate, and what instantiating it costs.
#[derive(Clone)]
struct Loaded {
    pre: InstancePre<ProgramHost>,
    /// Bytes its active data segments copy into memory at instantiation:
    /// charged one unit of fuel each in every case (wasmtime's price of a
    /// byte of bulk copy), so that a table computed offline or at compile
    /// time and written into the program is not free to load.
    data_bytes: u64,
}

/// The bytes of `wasm`'s active data segments.
fn data_bytes(wasm: &[u8]) -> u64 {
    let mut total = 0u64;
    for payload in wasmparser::Parser::new(0).parse_all(wasm).flatten() {
        if let wasmparser::Payload::DataSection(reader) = payload {
            for data in reader.into_iter().flatten() {
                if matches!(data.kind, wasmparser::DataKind::Active { .. }) {
                    total = total.saturating_add(data.data.len() as u64);
                }
            }
        }
    }
    total
}

impl ProgramEngine {
    pub(crate) fn new() -> Result<ProgramEngine, SandboxError> {
        let mut config = Config::new();
        config
            .consume_fuel(true)
            .epoch_interruption(true)
            .max_wasm_stack(crate::HOST_STACK_BYTES)
            .async_stack_size(crate::HOST_STACK_BYTES + (16 << 20));
        let engine = Engine::new(&config).map_err(SandboxError::wasmtime)?;
        let mut linker: Linker<ProgramHost> = Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |h: &mut ProgramHost| &mut h.wasi)
            .map_err(SandboxError::wasmtime)?;
        linker.allow_shadowing(true);
        linker
            .func_wrap("wasi_snapshot_preview1", "fd_write", wasi_shadow::fd_write)
            .and_then(|l| l.func_wrap("wasi_snapshot_preview1", "fd_read", wasi_shadow::fd_read))
            .and_then(|l| {
                l.func_wrap(
                    "wasi_snapshot_preview1",
                    "random_get",
                    crate::program_wasi::random_get,
                )
            })
            .and_then(|l| {
                l.func_wrap(
                    "wasi_snapshot_preview1",
                    "poll_oneoff",
                    wasi_shadow::poll_oneoff,
                )
            })
            .and_then(|l| l.func_wrap("effgauge", "result", result))
            .map_err(SandboxError::wasmtime)?;
        let ticker = Ticker::start(engine.clone());
        Ok(ProgramEngine {
            engine,
            linker,
            modules: Mutex::new(HashMap::new()),
            _ticker: ticker,
        })
    }

    fn instance_pre(&self, program: &WasmProgram) -> Result<Result<Loaded, String>, SandboxError> {
        let mut modules = self.modules.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(loaded) = modules.get(&program.key) {
            return Ok(Ok(loaded.clone()));
        }
        // Checked when it was compiled; checked again, as a module may come
        // from any cache.
        if let Err(why) = check_program(&program.wasm) {
            return Ok(Err(why));
        }
        let pre = Module::new(&self.engine, program.wasm.as_slice())
            .and_then(|module| self.linker.instantiate_pre(&module));
        let pre = match pre {
            Ok(pre) => pre,
            // A module that imports what the sandbox does not offer.
            Err(e) => return Ok(Err(format!("the program cannot be loaded: {e}"))),
        };
        let loaded = Loaded {
            pre,
            data_bytes: data_bytes(&program.wasm),
        };
        if modules.len() >= KEPT_MODULES {
            modules.clear();
        }
        modules.insert(program.key.clone(), loaded.clone());
        Ok(Ok(loaded))
    }

    /// Every case of `job` in a fresh instance, until the judge stops it.
    pub(crate) fn run(&self, job: &Job, program: &WasmProgram) -> Result<RunReport, SandboxError> {
        let n = job.calls.len();
        let mut run = RunReport {
            calls: vec![CallReport::not_run(); n],
            ..RunReport::empty()
        };
        let loaded = match self.instance_pre(program)? {
            Ok(loaded) => loaded,
            Err(text) => {
                for call in &mut run.calls {
                    call.status = Status::Crash;
                    call.error = Some(text.clone());
                    call.origin = Some(ErrorOrigin::Harness);
                }
                run.import_error = Some(text);
                return Ok(run);
            }
        };
        for index in 0..n {
            let report = self.case(job, program, &loaded, index)?;
            run.instances += 1;
            run.peak_memory_bytes = run.peak_memory_bytes.max(report.peak_memory_bytes);
            run.calls[index] = report;
            let judged = job
                .judge
                .as_ref()
                .map_or(Flow::Continue, |judge| judge(index, &mut run.calls[index]));
            if judged == Flow::Stop {
                break;
            }
        }
        Ok(run)
    }

    fn case(
        &self,
        job: &Job,
        program: &WasmProgram,
        loaded: &Loaded,
        index: usize,
    ) -> Result<CallReport, SandboxError> {
        let spec = &job.calls[index];
        let mut report = CallReport::not_run();
        let stdin = match marshal::decode(&spec.args)
            .map_err(|e| e.to_string())
            .and_then(|args| match args {
                PyValue::Tuple(items) => program.codec.encode_args(&items),
                other => Err(format!("arguments are a {}", other.type_name())),
            }) {
            Ok(bytes) => bytes,
            Err(e) => {
                report.status = Status::Crash;
                report.error = Some(format!("the case's arguments cannot be passed: {e}"));
                report.origin = Some(ErrorOrigin::Harness);
                return Ok(report);
            }
        };
        let fuel = spec
            .fuel_limit
            .or(job.limits.fuel_per_call)
            .unwrap_or(job.limits.fuel_total)
            .min(job.limits.fuel_total);
        let host = ProgramHost::new(job, stdin, spec.max_output_bytes);
        let mut store = Store::new(&self.engine, host);
        store.limiter(|h| h);
        // Loading the data segments is the first thing the case pays for;
        // more than its fuel and it runs out before its first operator.
        store
            .set_fuel(fuel.saturating_sub(loaded.data_bytes.saturating_add(program.load_fuel)))
            .map_err(SandboxError::wasmtime)?;
        store.epoch_deadline_trap();
        let ticks = (job.limits.wall_per_call.as_millis() as u64 / TICK_MS).max(1);
        store.set_epoch_deadline(ticks);
        let started = Instant::now();
        let trap = match loaded.pre.instantiate(&mut store) {
            Ok(instance) => {
                store.data_mut().memory = instance.get_memory(&mut store, "memory");
                match instance.get_typed_func::<(), ()>(&mut store, "_start") {
                    Ok(start) => start.call(&mut store, ()).err(),
                    Err(e) => Some(e),
                }
            }
            Err(e) => Some(e),
        };
        let wall_ns = started.elapsed().as_nanos() as u64;
        let used = fuel.saturating_sub(store.get_fuel().unwrap_or(0));
        let mut host = store.into_data();
        if host.stdio && host.result_oversize.is_none() {
            // A program that printed nothing answered with nothing.
            host.result.get_or_insert_with(Vec::new);
        }
        report.cost = Cost {
            fuel: used,
            instructions: None,
            wall_ns,
        };
        report.peak_memory_bytes = host.peak_memory;
        settle(&mut report, host, trap, program, spec.max_output_bytes);
        Ok(report)
    }
}

/// Turns how the instance ended into the case's status and output.
fn settle(
    report: &mut CallReport,
    host: ProgramHost,
    trap: Option<wasmtime::Error>,
    program: &WasmProgram,
    max_output: Option<u64>,
) {
    let exit = match &trap {
        None => Some(0),
        Some(e) => e.downcast_ref::<wasmtime_wasi::I32Exit>().map(|x| x.0),
    };
    let oversize = host.result_oversize;
    let (status, error, origin) = match (exit, trap, host.result) {
        (Some(0), _, None) if oversize.is_some() => (
            Status::Wrong,
            Some(format!(
                "the result is {} bytes, above this case's cap",
                oversize.unwrap_or_default()
            )),
            ErrorOrigin::Harness,
        ),
        (Some(0), _, Some(bytes)) => {
            if max_output.is_some_and(|cap| bytes.len() as u64 > cap) {
                (
                    Status::Wrong,
                    Some(format!(
                        "the result is {} bytes, above this case's cap",
                        bytes.len()
                    )),
                    ErrorOrigin::Harness,
                )
            } else {
                match program.codec.decode_result(&bytes) {
                    Ok(value) => {
                        report.output = Some(value);
                        (Status::Ok, None, ErrorOrigin::Harness)
                    }
                    Err(e) => (
                        Status::Wrong,
                        Some(format!("the result cannot be decoded: {e}")),
                        ErrorOrigin::Harness,
                    ),
                }
            }
        }
        (Some(code), _, _) => (
            Status::Error,
            Some(if code == 0 {
                "the program ended without returning a result".to_owned()
            } else {
                format!(
                    "the program exited with status {code}{}",
                    stderr_tail(&host.stderr)
                )
            }),
            ErrorOrigin::Guest,
        ),
        (None, Some(trap), _) => {
            let (status, text) = match trap.downcast_ref::<wasmtime::Trap>() {
                // The stack is first in linear memory (`--stack-first`): its
                // overflow and a wild pointer are the same trap.
                Some(wasmtime::Trap::MemoryOutOfBounds) => (
                    Status::Error,
                    "out-of-bounds memory access (a stack overflow or a bad pointer)".to_owned(),
                ),
                Some(wasmtime::Trap::StackOverflow) => {
                    (Status::Stack, "the call stack overflowed".to_owned())
                }
                _ => classify::trap(&trap),
            };
            let (status, text) = match status {
                Status::Crash => (
                    Status::Error,
                    format!("{text} (abort, unreachable code or a bad call)"),
                ),
                _ => (status, text),
            };
            (status, Some(text), ErrorOrigin::Harness)
        }
        (None, None, _) => unreachable!("no trap means exit 0"),
    };
    report.status = status;
    report.error = error;
    if status != Status::Ok {
        report.output = None;
        report.origin = Some(origin);
    }
}

fn stderr_tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let last = text.lines().rev().find(|l| !l.trim().is_empty());
    last.map(|l| format!(": {}", l.chars().take(200).collect::<String>()))
        .unwrap_or_default()
}

/// `effgauge.result(ptr, len)`: the encoded result, once.
fn result(mut caller: Caller<'_, ProgramHost>, ptr: i32, len: i32) -> wasmtime::Result<()> {
    if caller.data().stdio {
        return Err(wasmtime::Error::new(GuestFault::Tampered(
            "a whole program answers on stdout, not through the glue's result".into(),
        )));
    }
    if caller.data().result.is_some() || caller.data().result_oversize.is_some() {
        return Err(wasmtime::Error::new(GuestFault::Tampered(
            "a second result".into(),
        )));
    }
    // The result's own cap, the case's (as a Python result's): above it,
    // a wrong answer, refused without copying.
    let cap = caller.data().result_cap;
    if len < 0 || len as u64 > cap {
        caller.data_mut().result_oversize = Some(len as u32 as u64);
        return Ok(());
    }
    let bytes = crate::imports::guest_bytes(&caller, ptr, len).ok_or_else(|| {
        wasmtime::Error::new(GuestFault::Tampered("a result out of bounds".into()))
    })?;
    caller.data_mut().result = Some(bytes);
    Ok(())
}

/// The Store data of one compiled program's case.
pub(crate) struct ProgramHost {
    wasi: WasiP1Ctx,
    clock: VirtualClock,
    pub(crate) memory: Option<Memory>,
    /// The case's input, read by `fd_read` ([`crate::wasi_shadow`]).
    stdin: StdinPipe,
    /// What `random_get` draws from, seeded by the job.
    pub(crate) random: StdRng,
    memory_cap: u64,
    output_cap: u64,
    output_total: u64,
    stderr: Vec<u8>,
    peak_memory: u64,
    result: Option<Vec<u8>>,
    /// A whole program (the stdin/stdout protocol): its standard output,
    /// kept up to the result cap, is its result.
    stdio: bool,
    /// The largest result this case accepts.
    result_cap: u64,
    /// The size of a result above the cap, not copied.
    result_oversize: Option<u64>,
}

impl ProgramHost {
    fn new(job: &Job, stdin: Vec<u8>, max_result: Option<u64>) -> ProgramHost {
        let clock = VirtualClock::default();
        let mut wasi = WasiCtxBuilder::new();
        wasi.args(&["program"])
            .stdin(MemoryInputPipe::new(Vec::new()))
            .allow_blocking_current_thread(true)
            .wall_clock(clock.clone())
            .monotonic_clock(clock.clone())
            .secure_random(StdRng::seed_from_u64(job.seed))
            .insecure_random(StdRng::seed_from_u64(job.seed ^ 0x9e37_79b9_7f4a_7c15))
            .insecure_random_seed(u128::from(job.seed));
        ProgramHost {
            wasi: wasi.build_p1(),
            clock,
            memory: None,
            stdin: StdinPipe::new(stdin),
            random: StdRng::seed_from_u64(job.seed),
            memory_cap: job.limits.memory_bytes,
            output_cap: job.limits.output_bytes,
            output_total: 0,
            stderr: Vec::new(),
            peak_memory: 0,
            result: None,
            stdio: job.protocol == crate::Protocol::Stdio,
            result_cap: max_result.map_or(MAX_OUTPUT_BYTES, |m| m.min(MAX_OUTPUT_BYTES)),
            result_oversize: None,
        }
    }
}

impl Shadowed for ProgramHost {
    fn memory(&self) -> Option<Memory> {
        self.memory
    }
    fn clock(&self) -> &VirtualClock {
        &self.clock
    }
    /// The 48 bytes the host reads of each.
    fn fuel_per_subscription(&self) -> u64 {
        48
    }
    /// The 8 bytes the host reads of each, and its walk over them.
    fn fuel_per_buffer(&self) -> u64 {
        crate::program_wasi::FUEL_PER_BUFFER
    }
    /// The case's input: a program's only one.
    fn stdin(&mut self) -> Option<&mut StdinPipe> {
        Some(&mut self.stdin)
    }
    /// What a function prints is not its answer: only stderr's start is
    /// kept (for messages), and both count against the output cap. A whole
    /// program's stdout is its answer, kept up to the result cap (beyond
    /// it the answer is oversize, and only the output cap stops it).
    fn capture(&mut self, fd: i32, chunk: &[u8]) -> Result<(), GuestFault> {
        if self.stdio && fd == 1 {
            let kept = self.result.as_ref().map_or(0, Vec::len) as u64;
            let written = self.result_oversize.unwrap_or(kept) + chunk.len() as u64;
            if self.result_oversize.is_none() && written <= self.result_cap {
                self.result
                    .get_or_insert_with(Vec::new)
                    .extend_from_slice(chunk);
                return Ok(());
            }
            self.result = None;
            self.result_oversize = Some(written);
            let stop = self.result_cap.saturating_add(self.output_cap);
            if written > stop {
                return Err(GuestFault::OutputLimit(stop));
            }
            return Ok(());
        }
        self.output_total = self.output_total.saturating_add(chunk.len() as u64);
        if self.output_total > self.output_cap {
            return Err(GuestFault::OutputLimit(self.output_cap));
        }
        if fd == 2 {
            let room = KEPT_OUTPUT.saturating_sub(self.stderr.len());
            self.stderr
                .extend_from_slice(&chunk[..chunk.len().min(room)]);
        }
        Ok(())
    }
}

impl ResourceLimiter for ProgramHost {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired as u64 > self.memory_cap {
            return Err(wasmtime::Error::new(GuestFault::MemoryLimit(
                self.memory_cap,
            )));
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
