//! The sandbox engine: one wasmtime `Engine` per process, the interpreter
//! compiled once and cached as a precompiled artifact, and a fresh `Store`
//! and instance for every run.

use crate::clock::VirtualClock;
use crate::host::{take_error, GuestFault, Host, Phase};
use crate::imports::{self, TICK_MS};
use crate::job::{Cost, Job, RunReport, Status};
use crate::meter::{InstructionCounter, Meter};
use crate::runtime::{cache_root, Runtime, RuntimeInfo};
use crate::SandboxError;
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use wasmtime::{Config, Engine, InstancePre, Linker, Module, Store, Trap};
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

/// The wasmtime version, recorded in every result (fuel totals can shift
/// between versions, so the dependency is pinned exactly).
pub const WASMTIME_VERSION: &str = "48.0.8";

/// The host's wasm stack. CPython's own C stack (64 MiB in linear memory)
/// gives out at ~100 000 levels of `lru_cache` recursion; this is sized so
/// that wasmtime's native stack does not give out first.
pub const HOST_STACK_BYTES: usize = 256 << 20;

/// The guest driver. Everything that matters happens in `_effgauge`, out of
/// reach of the candidate; the driver only restores the recursion limit that
/// native CPython users expect (3.11 lowers it to 600 on WASI).
pub const DRIVER: &str =
    "import sys\nsys.setrecursionlimit(1000)\nimport _effgauge\n_effgauge.serve()\n";

/// Fires the epoch that enforces wall-clock limits.
struct Ticker {
    stop: Arc<AtomicBool>,
}

impl Ticker {
    fn start(engine: Engine) -> Ticker {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        std::thread::Builder::new()
            .name("effgauge-epoch".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(TICK_MS));
                    engine.increment_epoch();
                }
            })
            .expect("spawn the epoch thread");
        Ticker { stop }
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// How the engine got its compiled interpreter.
#[derive(Debug, Clone, Copy)]
pub struct ModuleLoad {
    pub from_cache: bool,
    pub duration: Duration,
}

pub struct SandboxEngine {
    engine: Engine,
    pre: InstancePre<Host>,
    runtime: Runtime,
    load: ModuleLoad,
    _ticker: Ticker,
}

impl SandboxEngine {
    /// Compiles (or loads from the cache) the runtime's interpreter.
    pub fn new(runtime: Runtime) -> Result<Self, SandboxError> {
        let mut config = Config::new();
        config
            .consume_fuel(true)
            .epoch_interruption(true)
            .max_wasm_stack(HOST_STACK_BYTES)
            // Never used (runs are synchronous), but wasmtime insists it is
            // at least the wasm stack.
            .async_stack_size(HOST_STACK_BYTES + (16 << 20));
        let engine = Engine::new(&config).map_err(SandboxError::wasmtime)?;
        let started = Instant::now();
        let (module, from_cache) = load_module(&engine, &runtime)?;
        let load = ModuleLoad {
            from_cache,
            duration: started.elapsed(),
        };
        let mut linker = Linker::new(&engine);
        imports::add_to_linker(&mut linker).map_err(SandboxError::wasmtime)?;
        let pre = linker
            .instantiate_pre(&module)
            .map_err(SandboxError::wasmtime)?;
        let ticker = Ticker::start(engine.clone());
        Ok(SandboxEngine {
            engine,
            pre,
            runtime,
            load,
            _ticker: ticker,
        })
    }

    pub fn runtime(&self) -> &RuntimeInfo {
        &self.runtime.info
    }

    pub fn module_load(&self) -> ModuleLoad {
        self.load
    }

    /// Runs a job to completion on a thread with room for the guest's stack.
    /// Never fails because of what the guest does; only set-up failures
    /// (e.g. an unavailable meter) are errors.
    pub fn run(&self, job: Job) -> Result<RunReport, SandboxError> {
        std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name("effgauge-sandbox".into())
                .stack_size(HOST_STACK_BYTES + (64 << 20))
                .spawn_scoped(scope, || self.run_here(job))
                .map_err(|e| SandboxError::Thread(e.to_string()))?
                .join()
                .map_err(|_| SandboxError::Thread("the sandbox thread panicked".into()))?
        })
    }

    fn run_here(&self, job: Job) -> Result<RunReport, SandboxError> {
        let n = job.calls.len();
        let mut counter = match job.meter {
            Meter::Instructions => Some(InstructionCounter::new()?),
            _ => None,
        };
        let mut report = RunReport {
            calls: Vec::new(),
            startup: Cost::default(),
            import: Cost::default(),
            bracket: Cost::default(),
            import_error: None,
            peak_memory_bytes: 0,
            instances: 0,
            stdout: String::new(),
            stderr: String::new(),
        };
        let mut reports = vec![crate::job::CallReport::not_run(); n];
        let mut first = 0;
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        loop {
            let mut host = self.instance(&job, first, counter.take())?;
            host.reports = std::mem::take(&mut reports);
            report.instances += 1;
            let (mut host, outcome) = self.execute(host)?;
            report.peak_memory_bytes = report.peak_memory_bytes.max(host.peak_memory);
            if report.instances == 1 {
                report.startup = host.startup.unwrap_or_default();
                report.import = host.import.unwrap_or_default();
                report.bracket = host.bracket;
            }
            stdout.append(&mut host.stdout);
            stderr.append(&mut host.stderr);
            let next = settle(&mut host, outcome, &mut report);
            counter = host.counter.take();
            reports = std::mem::take(&mut host.reports);
            match next {
                Some(index) if job.restart_after_fatal && !host.stopped && index < n => {
                    first = index
                }
                _ => break,
            }
        }
        report.calls = reports;
        report.stdout = String::from_utf8_lossy(&stdout).into_owned();
        report.stderr = String::from_utf8_lossy(&stderr).into_owned();
        Ok(report)
    }

    fn instance(
        &self,
        job: &Job,
        first: usize,
        counter: Option<InstructionCounter>,
    ) -> Result<Host, SandboxError> {
        let clock = VirtualClock::default();
        let mut wasi = WasiCtxBuilder::new();
        wasi.args(&["python", "-S", "-c", DRIVER])
            .envs(&[
                ("PYTHONHASHSEED", "0"),
                ("PYTHONDONTWRITEBYTECODE", "1"),
                ("PYTHONUTF8", "1"),
            ])
            .allow_blocking_current_thread(true)
            .wall_clock(clock.clone())
            .monotonic_clock(clock.clone())
            .secure_random(StdRng::seed_from_u64(job.seed))
            .insecure_random(StdRng::seed_from_u64(job.seed ^ 0x9e37_79b9_7f4a_7c15))
            .insecure_random_seed(u128::from(job.seed));
        wasi.preopened_dir(self.runtime.lib_dir(), "/usr/local/lib", FsPerms::ReadOnly)
            .map_err(SandboxError::wasmtime)?;
        let mut host = Host::new(wasi.build_p1(), job.clone(), first, clock);
        host.counter = counter;
        Ok(host)
    }

    /// Instantiates and runs `_start`; returns the store's data and the trap.
    fn execute(&self, host: Host) -> Result<(Host, Option<wasmtime::Error>), SandboxError> {
        let fuel = host.job.limits.fuel_total;
        let ticks = imports::deadline_ticks(&host);
        let mut store = Store::new(&self.engine, host);
        store.limiter(|h| h);
        store.set_fuel(fuel).map_err(SandboxError::wasmtime)?;
        store.epoch_deadline_trap();
        store.set_epoch_deadline(ticks);
        let wall = Instant::now();
        let instructions = store.data_mut().instructions();
        store.data_mut().start = crate::host::Start {
            fuel,
            wall,
            instructions,
        };
        let outcome = match self.pre.instantiate(&mut store) {
            Ok(instance) => {
                let memory = instance.get_memory(&mut store, "memory");
                store.data_mut().memory = memory;
                match instance.get_typed_func::<(), ()>(&mut store, "_start") {
                    Ok(start) => start.call(&mut store, ()).err(),
                    Err(e) => Some(e),
                }
            }
            Err(e) => Some(e),
        };
        // What the call that ended the instance had used by then.
        let fuel_left = store.get_fuel().unwrap_or(0);
        let mut host = store.into_data();
        if let Phase::InCall(index) = host.phase {
            let cost = host.elapsed(fuel_left).minus(host.bracket);
            host.reports[index].cost = cost;
        }
        Ok((host, outcome))
    }
}

/// Turns how an instance ended into call outcomes; returns the call to go on
/// with in a fresh instance, if any.
fn settle(
    host: &mut Host,
    outcome: Option<wasmtime::Error>,
    report: &mut RunReport,
) -> Option<usize> {
    let fatal = outcome.and_then(|e| classify(&e));
    if let Some(text) = take_error(&mut host.import_error) {
        fail_all(host, Status::Error, &format!("import failed: {text}"));
        report.import_error = Some(text);
        return None;
    }
    let Some((status, error)) = fatal else {
        if let Phase::AfterCall(last) = host.phase {
            host.finish_call(last);
        }
        return None;
    };
    match host.phase {
        Phase::Startup | Phase::Import | Phase::Calibrating(_) => {
            let text = format!("before the first call: {error}");
            fail_all(host, status, &text);
            report.import_error = Some(text);
            None
        }
        Phase::Ready(index) | Phase::InCall(index) | Phase::AfterCall(index) => {
            host.fail_call(index, status, error);
            Some(index + 1)
        }
        Phase::Done => None,
    }
}

fn fail_all(host: &mut Host, status: Status, error: &str) {
    for call in host.reports.iter_mut().skip(host.first) {
        call.status = status;
        call.error = Some(error.to_owned());
    }
}

/// Maps a trap to an outcome; `None` for a clean exit.
fn classify(error: &wasmtime::Error) -> Option<(Status, String)> {
    if let Some(fault) = error.downcast_ref::<GuestFault>() {
        let status = match fault {
            GuestFault::OutputLimit(_) => Status::Output,
            GuestFault::MemoryLimit(_) => Status::Memory,
            GuestFault::Tampered(_) => Status::Tampered,
        };
        return Some((status, fault.to_string()));
    }
    if let Some(exit) = error.downcast_ref::<I32Exit>() {
        // A clean end of the interpreter arrives in phase Done and is ignored.
        return Some((
            Status::Error,
            format!("the process exited with status {}", exit.0),
        ));
    }
    if let Some(trap) = error.downcast_ref::<Trap>() {
        return Some(match trap {
            Trap::OutOfFuel => (Status::Timeout, "fuel limit exceeded".to_owned()),
            Trap::Interrupt => (Status::Timeout, "wall-clock limit exceeded".to_owned()),
            Trap::StackOverflow => (Status::Stack, "the host's wasm stack overflowed".to_owned()),
            // The C stack sits first in linear memory (--stack-first), so its
            // overflow is the out-of-bounds access CPython can make.
            Trap::MemoryOutOfBounds => (
                Status::Stack,
                "the interpreter's C stack overflowed".to_owned(),
            ),
            other => (Status::Crash, format!("trap: {other}")),
        });
    }
    Some((Status::Crash, format!("{error:#}")))
}

/// Loads the precompiled interpreter, or compiles and caches it. The cache
/// key covers the wasm's SHA-256, the wasmtime version and the engine
/// configuration, so a stale artifact is never loaded.
fn load_module(engine: &Engine, runtime: &Runtime) -> Result<(Module, bool), SandboxError> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    let key = format!(
        "{}-{}-{:016x}",
        &runtime.info.sha256[..16],
        WASMTIME_VERSION,
        hasher.finish()
    );
    let dir = cache_root().join("modules");
    let path: PathBuf = dir.join(format!("python-{key}.cwasm"));
    if path.is_file() {
        // SAFETY: the artifact was written by `Module::serialize` below, for
        // this exact engine configuration (it is in the key); wasmtime also
        // checks the header and refuses a mismatched one.
        if let Ok(module) = unsafe { Module::deserialize_file(engine, &path) } {
            return Ok((module, true));
        }
    }
    let wasm = runtime.read_wasm()?;
    let module = Module::new(engine, &wasm).map_err(SandboxError::wasmtime)?;
    let bytes = module.serialize().map_err(SandboxError::wasmtime)?;
    std::fs::create_dir_all(&dir).map_err(SandboxError::io(&dir))?;
    let tmp = dir.join(format!(".{key}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, &bytes).map_err(SandboxError::io(&tmp))?;
    std::fs::rename(&tmp, &path).map_err(SandboxError::io(&path))?;
    // Load the file back so instances map it copy-on-write.
    // SAFETY: as above; we just wrote it.
    let module =
        unsafe { Module::deserialize_file(engine, &path) }.map_err(SandboxError::wasmtime)?;
    Ok((module, false))
}
