//! The sandbox engine: one wasmtime `Engine` per process, the pre-initialised
//! interpreter (see [`crate::snapshot`]) compiled once and cached, and a
//! fresh instance of it for every test case (see [`crate::case`]).

use crate::case::{self, CaseContext, Task};
use crate::cost_model::CostModel;
use crate::host::{Host, KEPT_OUTPUT};
use crate::imports::{self, TICK_MS};
use crate::job::{CallReport, Compiled, Cost, ErrorOrigin, Flow, Job, RunReport, Status};
use crate::meter::{InstructionCounter, Meter};
use crate::operator_class::OperatorClass;
use crate::pool::{self, Slots, POOL_SLOTS};
use crate::runtime::{Runtime, RuntimeInfo};
use crate::{snapshot, SandboxError};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use wasmtime::OperatorCost;
use wasmtime::{Config, Engine, InstanceAllocationStrategy, InstancePre, Linker};

/// The wasmtime version, recorded in every result (fuel totals can shift
/// between versions, so the dependency is pinned exactly).
pub const WASMTIME_VERSION: &str = "48.0.8";

/// The host's wasm stack. CPython's own C stack (64 MiB in linear memory)
/// gives out at ~100 000 levels of `lru_cache` recursion; this is sized so
/// that wasmtime's native stack does not give out first.
pub const HOST_STACK_BYTES: usize = 256 << 20;

/// Fires the epoch that enforces wall-clock limits.
pub(crate) struct Ticker {
    stop: Arc<AtomicBool>,
}

impl Ticker {
    pub(crate) fn start(engine: Engine) -> Ticker {
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

/// How the engine got its pre-initialised interpreter.
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
    cost_model: CostModel,
    counting: Option<OperatorClass>,
    slots: Slots,
    /// Made on the first compiled program's run.
    programs: std::sync::OnceLock<Result<crate::program::ProgramEngine, String>>,
    _ticker: Ticker,
}

impl SandboxEngine {
    /// Loads the pre-initialised interpreter from the cache, or makes it
    /// (pre-initialise, snapshot, compile: seconds, once per machine).
    pub fn new(runtime: Runtime) -> Result<Self, SandboxError> {
        Self::with_cost_model(runtime, CostModel::default())
    }

    /// An engine whose fuel follows `cost_model` (its operator costs are
    /// part of the engine's configuration, so each model has its own
    /// compiled snapshot).
    pub fn with_cost_model(runtime: Runtime, cost_model: CostModel) -> Result<Self, SandboxError> {
        Self::build(runtime, cost_model, cost_model.operator_cost()?, None)
    }

    /// An engine whose fuel is the number of operators of `class` executed
    /// (nothing else is charged): for fitting per-class costs, never for
    /// scoring.
    pub fn counting(runtime: Runtime, class: OperatorClass) -> Result<Self, SandboxError> {
        Self::build(
            runtime,
            CostModel::Plain,
            Some(class.indicator()?),
            Some(class),
        )
    }

    fn build(
        runtime: Runtime,
        cost_model: CostModel,
        table: Option<OperatorCost>,
        counting: Option<OperatorClass>,
    ) -> Result<Self, SandboxError> {
        let mut config = Config::new();
        if let Some(table) = table {
            config.operator_cost(table);
        }
        config
            .allocation_strategy(InstanceAllocationStrategy::Pooling(pool::config(
                cost_model.simulates_cache(),
            )))
            .consume_fuel(true)
            .epoch_interruption(true)
            .max_wasm_stack(HOST_STACK_BYTES)
            // Never used (runs are synchronous), but wasmtime insists it is
            // at least the wasm stack.
            .async_stack_size(HOST_STACK_BYTES + (16 << 20));
        let engine = Engine::new(&config).map_err(SandboxError::wasmtime)?;
        let mut linker = Linker::new(&engine);
        imports::add_to_linker(&mut linker).map_err(SandboxError::wasmtime)?;
        let ticker = Ticker::start(engine.clone());
        let started = Instant::now();
        let (module, from_cache) = std::thread::scope(|scope| {
            // The initialiser runs the interpreter: it needs the big stack too.
            std::thread::Builder::new()
                .name("effgauge-snapshot".into())
                .stack_size(HOST_STACK_BYTES + (64 << 20))
                .spawn_scoped(scope, || {
                    snapshot::load(&engine, &linker, &runtime, cost_model.simulates_cache())
                })
                .map_err(|e| SandboxError::Thread(e.to_string()))?
                .join()
                .map_err(|_| SandboxError::Thread("the snapshot thread panicked".into()))?
        })?;
        let load = ModuleLoad {
            from_cache,
            duration: started.elapsed(),
        };
        let pre = linker
            .instantiate_pre(&module)
            .map_err(SandboxError::wasmtime)?;
        Ok(SandboxEngine {
            engine,
            pre,
            runtime,
            load,
            cost_model,
            counting,
            slots: Slots::new(POOL_SLOTS),
            programs: std::sync::OnceLock::new(),
            _ticker: ticker,
        })
    }

    /// What fuel charges besides operators on this engine.
    pub fn cost_model(&self) -> CostModel {
        self.cost_model
    }

    /// The class this engine counts, if it is a counting engine.
    pub fn counted_class(&self) -> Option<OperatorClass> {
        self.counting
    }

    /// What this engine's fuel means, for cache keys: the cost model and its
    /// weights, or the class a counting engine counts.
    pub fn cost_fingerprint(&self) -> String {
        match self.counting {
            Some(class) => format!("count-{class}"),
            None => self.cost_model.fingerprint(),
        }
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
        let _slot = self.slots.acquire();
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

    /// Compiles the candidate once (unless the job carries it compiled),
    /// then every case in an instance of its own, in order, until the judge
    /// stops the run or the candidate cannot be compiled or imported. A job
    /// without calls imports the candidate once (its import cost is the
    /// report's).
    fn run_here(&self, mut job: Job) -> Result<RunReport, SandboxError> {
        if let Some(program) = job.program.clone() {
            let programs = self
                .programs
                .get_or_init(|| crate::program::ProgramEngine::new().map_err(|e| e.to_string()))
                .as_ref()
                .map_err(|e| SandboxError::Thread(format!("the program engine: {e}")))?;
            return programs.run(&job, &program);
        }
        let n = job.calls.len();
        let mut counter = match job.meter {
            Meter::Instructions => Some(InstructionCounter::new()?),
            _ => None,
        };
        let cx = CaseContext {
            engine: &self.engine,
            pre: &self.pre,
            cost_model: self.cost_model,
        };
        let mut run = RunReport {
            calls: vec![CallReport::not_run(); n],
            startup: Cost::default(),
            compile: Cost::default(),
            compiled: job.compiled.clone(),
            import: Cost::default(),
            bracket: Cost::default(),
            import_error: None,
            peak_memory_bytes: 0,
            instances: 0,
            stdout: String::new(),
            stderr: String::new(),
        };
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        if job.compiled.is_none() {
            let mut host = case::run(&cx, &job, Task::Compile, counter.take())?;
            counter = host.counter.take();
            run.instances += 1;
            run.peak_memory_bytes = host.peak_memory;
            keep(&mut stdout, &host.stdout);
            keep(&mut stderr, &host.stderr);
            run.compile = host.compile_cost;
            match compiled(&mut host) {
                Ok(compiled) => {
                    let compiled = Arc::new(compiled);
                    run.compiled = Some(compiled.clone());
                    job.compiled = Some(compiled);
                }
                Err((status, text, origin)) => {
                    fail_from(&mut run.calls, 0, status, &text, origin);
                    run.import_error = Some(text);
                    run.stdout = String::from_utf8_lossy(&stdout).into_owned();
                    run.stderr = String::from_utf8_lossy(&stderr).into_owned();
                    return Ok(run);
                }
            }
        }
        // A job without calls imports the candidate once; a stdio program
        // has no import apart from its run, so it is only compiled.
        let cases: Vec<Option<usize>> = if n == 0 && job.protocol == crate::Protocol::Function {
            vec![None]
        } else {
            (0..n).map(Some).collect()
        };
        for call in cases {
            let mut host = case::run(&cx, &job, Task::Case(call), counter.take())?;
            counter = host.counter.take();
            run.instances += 1;
            run.peak_memory_bytes = run.peak_memory_bytes.max(host.peak_memory);
            keep(&mut stdout, &host.stdout);
            keep(&mut stderr, &host.stderr);
            if call.is_none_or(|i| i == 0) {
                run.startup = host.startup;
                run.import = host.report.import;
                run.bracket = host.bracket;
            }
            if let Some((text, origin)) = host.import_failed.take() {
                fail_from(
                    &mut run.calls,
                    call.unwrap_or(0),
                    Status::Error,
                    &text,
                    origin,
                );
                run.import_error = Some(text);
                break;
            }
            let Some(index) = call else { break };
            host.report.peak_memory_bytes = host.peak_memory;
            run.calls[index] = host.report;
            let judged = job
                .judge
                .as_ref()
                .map_or(Flow::Continue, |judge| judge(index, &mut run.calls[index]));
            if judged == Flow::Stop {
                break;
            }
        }
        run.stdout = String::from_utf8_lossy(&stdout).into_owned();
        run.stderr = String::from_utf8_lossy(&stderr).into_owned();
        Ok(run)
    }
}

/// Appends captured output, up to what a report keeps.
fn keep(sink: &mut Vec<u8>, more: &[u8]) {
    let room = KEPT_OUTPUT.saturating_sub(sink.len());
    sink.extend_from_slice(&more[..more.len().min(room)]);
}

/// Every call from `first` on failed because the candidate cannot be
/// compiled or imported: with `status`, and `text` as the error (an
/// `error`, the candidate's exception, reads `import failed: …`).
fn fail_from(
    calls: &mut [CallReport],
    first: usize,
    status: Status,
    text: &str,
    origin: ErrorOrigin,
) {
    for call in calls.iter_mut().skip(first) {
        call.status = status;
        call.output = None;
        call.error = Some(if status == Status::Error {
            format!("import failed: {text}")
        } else {
            text.to_owned()
        });
        call.origin = Some(origin);
    }
}

/// What a compile run gave: the compiled candidate, or why there is none
/// (a syntax error is an `error` written by the guest's compiler, as an
/// import error is; a limit or a code object over the cap is the harness's).
fn compiled(host: &mut Host) -> Result<Compiled, (Status, String, ErrorOrigin)> {
    if let (Some(code), Status::Ok) = (host.code.take(), host.report.status) {
        return Ok(Compiled {
            code: Arc::new(code),
            cost: host.compile_cost,
        });
    }
    if host.describing && host.report.origin == Some(ErrorOrigin::Guest) {
        return Err((Status::Error, host.described.text(), ErrorOrigin::Guest));
    }
    let status = match host.report.status {
        Status::Ok | Status::NotRun => Status::Crash,
        other => other,
    };
    let text = host
        .report
        .error
        .clone()
        .unwrap_or_else(|| "the program could not be compiled".to_owned());
    let origin = host.report.origin.unwrap_or(ErrorOrigin::Harness);
    Err((status, text, origin))
}
