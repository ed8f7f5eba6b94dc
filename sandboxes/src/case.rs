//! One test case in one fresh instance of the snapshot: restore, run the
//! guest's `effgauge_run` export to its end (or its trap), and settle what
//! happened into the case's report.

use crate::clock::VirtualClock;
use crate::cost_model::CostModel;
use crate::host::{Host, Phase, Start};
use crate::imports::{deadline_ticks, DESCRIBE_FUEL};
use crate::job::{ErrorOrigin, Job, Status};
use crate::meter::InstructionCounter;
use crate::runtime::Runtime;
use crate::{classify, resident, snapshot, SandboxError};
use std::time::Instant;
use wasmtime::{Engine, InstancePre, Store};

/// The export that runs one case.
const RUN_FUNC: &str = "effgauge_run";

/// Everything one case needs from the engine.
pub(crate) struct CaseContext<'a> {
    pub engine: &'a Engine,
    pub pre: &'a InstancePre<Host>,
    pub runtime: &'a Runtime,
    pub cost_model: CostModel,
}

/// Runs case `call` of `job` (`None`: only import the candidate) in a fresh
/// instance; returns the instance's Store data, settled.
pub(crate) fn run(
    cx: &CaseContext<'_>,
    job: &Job,
    call: Option<usize>,
    counter: Option<InstructionCounter>,
) -> Result<Host, SandboxError> {
    let clock = VirtualClock::default();
    let wasi = snapshot::wasi(cx.runtime, &clock, job.seed)?;
    let mut host = Host::new(wasi, job.clone(), call, clock);
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
            match instance.get_typed_func::<(), ()>(&mut store, RUN_FUNC) {
                Ok(run) => run.call(&mut store, ()).err(),
                Err(e) => Some(e),
            }
        }
        Err(e) => Some(e),
    };
    let fuel_left = store.get_fuel().unwrap_or(0);
    let mut host = store.into_data();
    if host.phase.metered() {
        // The region was cut short: what it had used by then is charged.
        let raw = host.elapsed(fuel_left);
        if host.phase == Phase::Import {
            host.report.import = raw;
        }
        host.charge(raw);
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
