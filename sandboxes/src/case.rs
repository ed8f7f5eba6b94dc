//! One test case in one fresh instance of the snapshot: restore, run the
//! guest's `effgauge_run` export to its end (or its trap), and settle what
//! happened into the case's report.

use crate::clock::VirtualClock;
use crate::cost_model::CostModel;
use crate::host::{Host, Phase, Start};
use crate::imports::{deadline_ticks, DESCRIBE_FUEL};
use crate::job::{ErrorOrigin, Job, Status};
use crate::meter::InstructionCounter;
use crate::{classify, resident, snapshot, SandboxError};
use std::time::Instant;
use wasmtime::{Engine, InstancePre, Store};

/// The export that runs one case.
const RUN_FUNC: &str = "effgauge_run";

/// Everything one case needs from the engine.
pub(crate) struct CaseContext<'a> {
    pub engine: &'a Engine,
    pub pre: &'a InstancePre<Host>,
    pub cost_model: CostModel,
}

/// What one instance does: compile the candidate, or run one of its cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Task {
    /// Compile `job.source` and report the code object.
    Compile,
    /// Run case `n` of the job (`None`: only import the candidate), with
    /// the job's compiled candidate.
    Case(Option<usize>),
}

/// Runs `task` of `job` in a fresh instance; returns the instance's Store
/// data, settled.
pub(crate) fn run(
    cx: &CaseContext<'_>,
    job: &Job,
    task: Task,
    counter: Option<InstructionCounter>,
) -> Result<Host, SandboxError> {
    let clock = VirtualClock::default();
    let wasi = snapshot::wasi(&clock, job.seed);
    let call = match task {
        Task::Compile => None,
        Task::Case(call) => call,
    };
    let mut host = Host::new(wasi, job.clone(), call, clock);
    if let Some(Err(why)) = &host.stdio {
        let why = why.clone();
        host.fail(Status::Crash, ErrorOrigin::Harness, why);
        return Ok(host);
    }
    host.compile_run = task == Task::Compile;
    host.counter = counter;
    host.cost_model = cx.cost_model;
    let ticks = deadline_ticks(&host);
    let mut store = Store::new(cx.engine, host);
    store.limiter(|h| h);
    // Start-up gets its own budget; the rest of the run's fuel is handed
    // over when it ends (the calibration marker).
    let startup_fuel = job.limits.fuel_startup.min(job.limits.fuel_total);
    store
        .set_fuel(startup_fuel)
        .map_err(SandboxError::wasmtime)?;
    store.epoch_deadline_trap();
    store.set_epoch_deadline(ticks);
    let instructions = store.data_mut().instructions();
    store.data_mut().start = Start {
        fuel: startup_fuel,
        wall: Instant::now(),
        instructions,
    };
    let trap = match cx.pre.instantiate(&mut store) {
        Ok(instance) => {
            let memory = instance.get_memory(&mut store, "memory");
            if let Some(memory) = memory {
                resident::merge_resident_runs(memory.data_mut(&mut store));
            }
            store.data_mut().memory = memory;
            let cache = crate::cache_model::CacheGlobals::of(&instance, &mut store);
            store.data_mut().cache = cache;
            // Compiling does not depend on the problem: its cost is the
            // same under every key.
            let key = match task {
                Task::Compile => 0,
                Task::Case(_) => job.cache_sampling_key,
            };
            let keyed = cache.map_or(Ok(()), |c| c.set_sampling_key(&mut store, key));
            match keyed {
                Err(e) => Some(e),
                Ok(()) => match instance.get_typed_func::<(), ()>(&mut store, RUN_FUNC) {
                    Ok(run) => run.call(&mut store, ()).err(),
                    Err(e) => Some(e),
                },
            }
        }
        Err(e) => Some(e),
    };
    let mut fuel_left = store.get_fuel().unwrap_or(0);
    if let Some(work) = crate::cache_model::work_since_last_reading(&mut store) {
        // Misses since the last marker (a trap cut the case short): charged
        // to the phase, as the rest of its cost is.
        fuel_left = fuel_left.saturating_sub(store.data_mut().price(work));
    }
    let mut host = store.into_data();
    if host.phase.metered() {
        // Cut short: what the phase had used by then is charged.
        let raw = host.elapsed(fuel_left);
        if host.phase == Phase::Compiling {
            host.compile_cost = raw.minus(host.bracket);
        } else {
            if host.phase == Phase::Import {
                host.report.import = raw;
            }
            host.charge(raw);
        }
    }
    settle(&mut host, trap);
    Ok(host)
}

/// Turns how the instance ended into the case's outcome.
fn settle(host: &mut Host, trap: Option<wasmtime::Error>) {
    if let Some(trap) = trap {
        settle_trap(host, &trap);
    } else if host.describing && !host.import_raised {
        let text = host.described.text();
        host.fail(Status::Error, ErrorOrigin::Guest, text);
    } else if !matches!(host.phase, Phase::Reporting | Phase::Describing)
        && host.report.status == Status::NotRun
    {
        host.fail(
            Status::Crash,
            ErrorOrigin::Harness,
            format!("the guest stopped in phase {:?}", host.phase),
        );
    }
    if host.import_raised && host.import_failed.is_none() {
        host.import_failed = Some(if host.describing {
            (host.described.text(), ErrorOrigin::Guest)
        } else {
            let text = host.report.error.clone().unwrap_or_default();
            (text, host.report.origin.unwrap_or(ErrorOrigin::Harness))
        });
    }
}

fn settle_trap(host: &mut Host, trap: &wasmtime::Error) {
    let (status, text) = classify::trap(trap);
    if status == Status::Tampered {
        host.fail(status, ErrorOrigin::Harness, text);
        return;
    }
    match host.phase {
        Phase::Startup if status == Status::Timeout => {
            let budget = host.job.limits.fuel_startup;
            host.fail(
                Status::Crash,
                ErrorOrigin::Harness,
                format!(
                    "before the candidate ran: decoding the input and compiling the candidate \
                     took more than the start-up budget of {budget} fuel"
                ),
            )
        }
        Phase::Snapshot | Phase::Startup | Phase::Calibrating | Phase::Ready => host.fail(
            Status::Crash,
            ErrorOrigin::Harness,
            format!("before the candidate ran: {text}"),
        ),
        Phase::Compiling if status == Status::Timeout => {
            let budget = host.job.limits.fuel_startup;
            host.fail(
                Status::Timeout,
                ErrorOrigin::Harness,
                format!("compiling the program took more than {budget} fuel"),
            )
        }
        Phase::Compiling => host.fail(status, ErrorOrigin::Harness, format!("compiling: {text}")),
        Phase::Import | Phase::Call => host.fail(status, ErrorOrigin::Harness, text),
        Phase::ImportFailed | Phase::Reporting => host.fail(
            Status::Error,
            ErrorOrigin::Harness,
            format!("after the metered region: {text}"),
        ),
        // The call had already failed; only its message is lost.
        Phase::Describing => {
            let kind = host
                .described
                .type_name
                .clone()
                .unwrap_or_else(|| "Exception".into());
            let text = format!(
                "{kind} (its message could not be formatted within {DESCRIBE_FUEL} fuel: {text})"
            );
            host.described.message = None;
            host.described.type_name = Some(text.clone());
            if !host.import_raised {
                host.fail(Status::Error, ErrorOrigin::Guest, text);
            }
        }
    }
}
