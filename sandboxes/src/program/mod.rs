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

use crate::engine::Ticker;
use crate::imports::TICK_MS;
use crate::job::{CallReport, Cost, ErrorOrigin, Flow, Job, RunReport, Status};
use crate::memory::MemoryUse;
use crate::value::PyValue;
use crate::wasi_shadow;
use crate::{marshal, SandboxError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use wasmparser::{Validator, WasmFeatures};
use wasmtime::{Config, Engine, InstancePre, Linker, Module, Store};

/// The version of how a compiled program is run and metered (part of
/// cache keys beside the toolchain's identity).
/// 4: the stack meter (seven operators after every move of the stack
/// pointer, see `stack.rs`).
pub const PROGRAM_METERING_VERSION: u32 = 4;

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
        let metered = match stack::add_stack_meter(&program.wasm) {
            Ok(metered) => metered,
            Err(why) => return Ok(Err(why)),
        };
        let pre = Module::new(&self.engine, metered.as_slice())
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
        store.call_hook(price_host_calls);
        // Loading the data segments is the first thing the case pays for;
        // more than its fuel and it runs out before its first operator.
        store
            .set_fuel(fuel.saturating_sub(loaded.data_bytes.saturating_add(program.load_fuel)))
            .map_err(SandboxError::wasmtime)?;
        store.epoch_deadline_trap();
        let ticks = (job.limits.wall_per_call.as_millis() as u64 / TICK_MS).max(1);
        store.set_epoch_deadline(ticks);
        let started = Instant::now();
        let mut initial_memory = 0;
        let mut stack_low = None;
        let trap = match loaded.pre.instantiate(&mut store) {
            Ok(instance) => {
                let memory = instance.get_memory(&mut store, "memory");
                initial_memory = memory.map_or(0, |m| m.data_size(&store) as u64);
                store.data_mut().memory = memory;
                stack_low = instance.get_global(&mut store, stack::STACK_LOW_EXPORT);
                match instance.get_typed_func::<(), ()>(&mut store, "_start") {
                    Ok(start) => start.call(&mut store, ()).err(),
                    Err(e) => Some(e),
                }
            }
            Err(e) => Some(e),
        };
        let stack_low = stack_low
            .and_then(|g| g.get(&mut store).i32())
            .map_or(PROGRAM_STACK_BYTES, |low| u64::from(low as u32));
        let wall_ns = started.elapsed().as_nanos() as u64;
        let used = fuel.saturating_sub(store.get_fuel().unwrap_or(0));
        let mut host = store.into_data();
        host.ended();
        report.cost = Cost {
            fuel: used,
            instructions: None,
            wall_ns,
        };
        report.peak_memory_bytes = host.peak_memory;
        report.memory = program_memory(host.peak_memory.max(initial_memory), stack_low);
        settle(&mut report, host, trap, program, spec.max_output_bytes);
        Ok(report)
    }
}

/// The stack every compiled program reserves at the bottom of its linear
/// memory (the compiler's `-z stack-size`).
pub const PROGRAM_STACK_BYTES: u64 = 8 << 20;

/// A compiled program's memory: its linear memory at its largest, less the
/// part of the stack it never reached (below `stack_low`, the lowest stack
/// pointer the [stack meter](stack) saw), i.e. its static data, the heap it
/// obtained and the stack it used. Measured by the host and by a global the
/// program cannot name, so it cannot forge it (a count kept by a `malloc`
/// wrapper would live in the program's own memory, which C can write
/// anywhere, and would miss static arrays and the stack); the heap in 64
/// KiB pages, as the allocator obtains memory. Freed memory stays obtained,
/// as a native process's peak resident size does. No integral: the host
/// sees growth, not when.
fn program_memory(peak_linear_bytes: u64, stack_low: u64) -> MemoryUse {
    MemoryUse {
        peak_live_bytes: peak_linear_bytes.saturating_sub(stack_low.min(PROGRAM_STACK_BYTES)),
        live_kib_fuel: 0,
    }
}

mod host;
mod stack;

pub(crate) use host::ProgramHost;
use host::{price_host_calls, result, settle};
pub use host::{FREE_HOST_CALLS, HOST_CALL_FUEL};
