//! Host functions the guest imports: the `effgauge` metering protocol that
//! only our `_effgauge` C module calls (the two WASI functions we shadow are
//! in [`crate::wasi_shadow`]).
//!
//! One instance runs one case, and the protocol is a fixed sequence: fetch
//! the blobs, calibrate, begin the region, end the import, end the region,
//! report (and, for an exception, describe it under its own budget). Every
//! step is accepted once, in order; anything else is `tampered`. Batches of
//! work for the [cost model](crate::CostModel) (`charge`) may come at any
//! point.

use crate::cost_model::Work;
use crate::host::{tampered, Host, Phase, Start};
use crate::job::{ErrorOrigin, Status};
use crate::memory::LiveMeter;
use crate::wasi_shadow::Shadowed;
use crate::{marshal, wasi_shadow};
use std::time::Instant;
use wasmtime::{AsContextMut, Caller, Linker, Trap};

/// Largest return value ever decoded, in marshal bytes, whatever the call
/// allows: with the decoder's bound per byte (at most ~45 host bytes per
/// encoded byte, see `marshal`), it caps the host memory one output can take
/// at about 720 MiB. The bundled suite's largest reference output is 1.5 MB.
pub const MAX_OUTPUT_BYTES: u64 = 16 << 20;
/// Fuel left to the guest after the region ends: enough to return, nothing
/// more (no guest code runs there).
const EPILOGUE_FUEL: u64 = 10_000_000;
/// Fuel for describing an exception (its `__str__` runs here).
pub const DESCRIBE_FUEL: u64 = 20_000_000;
/// Epoch ticks are 10 ms apart (see `engine::Ticker`).
pub(crate) const TICK_MS: u64 = 10;
/// Wall-clock ticks for the epilogue and the description.
const EPILOGUE_TICKS: u64 = 200;

/// Largest compiled candidate accepted, in marshal bytes: a 64 KiB source
/// compiles to a few hundred KiB; constant folding is bounded by CPython.
pub const MAX_CODE_BYTES: u64 = 16 << 20;
const BLOB_SOURCE: i32 = 0;
const BLOB_ENTRY: i32 = 1;
const BLOB_ARGS: i32 = 2;
const BLOB_CODE: i32 = 3;
const BLOB_IMAGE: i32 = 4;

const MARK_CALIBRATE_BEGIN: i32 = 0;
const MARK_CALIBRATE_END: i32 = 1;
const MARK_REGION_BEGIN: i32 = 2;
const MARK_IMPORT_END: i32 = 3;
const MARK_REGION_END: i32 = 4;
const MARK_DESCRIBE_BEGIN: i32 = 5;
const MARK_IMPORT_FAILED: i32 = 6;
const MARK_COMPILE_BEGIN: i32 = 7;
const MARK_COMPILE_END: i32 = 8;

const REPORT_OUTPUT: i32 = 0;
const REPORT_ERROR_TYPE: i32 = 1;
const REPORT_ERROR_MESSAGE: i32 = 2;
const REPORT_PROTOCOL: i32 = 3;
const REPORT_CODE: i32 = 4;

pub(crate) fn add_to_linker(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
    wasmtime_wasi::p1::add_to_linker_sync(linker, |h: &mut Host| &mut h.wasi)?;
    linker.allow_shadowing(true);
    linker.func_wrap("effgauge", "blob_len", blob_len)?;
    linker.func_wrap("effgauge", "blob_read", blob_read)?;
    linker.func_wrap("effgauge", "mark", mark)?;
    linker.func_wrap("effgauge", "report", report)?;
    linker.func_wrap("effgauge", "charge", charge)?;
    linker.func_wrap("wasi_snapshot_preview1", "fd_write", wasi_shadow::fd_write)?;
    linker.func_wrap("wasi_snapshot_preview1", "fd_read", wasi_shadow::fd_read)?;
    linker.func_wrap(
        "wasi_snapshot_preview1",
        "poll_oneoff",
        wasi_shadow::poll_oneoff,
    )?;
    Ok(())
}

pub(crate) fn deadline_ticks(host: &Host) -> u64 {
    (host.job.limits.wall_per_call.as_millis() as u64).div_ceil(TICK_MS) + 1
}

pub(crate) fn guest_bytes<H: Shadowed>(
    caller: &Caller<'_, H>,
    ptr: i32,
    len: i32,
) -> Option<Vec<u8>> {
    let memory = caller.data().memory()?;
    let start = usize::try_from(ptr as u32).ok()?;
    let end = start.checked_add(usize::try_from(len).ok()?)?;
    memory.data(caller).get(start..end).map(<[u8]>::to_vec)
}

pub(crate) fn put_bytes<H: Shadowed>(caller: &mut Caller<'_, H>, ptr: i32, bytes: &[u8]) -> bool {
    let Some(memory) = caller.data().memory() else {
        return false;
    };
    let start = ptr as u32 as usize;
    match memory
        .data_mut(caller)
        .get_mut(start..start.saturating_add(bytes.len()))
    {
        Some(dst) => {
            dst.copy_from_slice(bytes);
            true
        }
        None => false,
    }
}

/// The blob of `kind` for this instance, if it has one. Each is handed out
/// at start-up only, before any candidate code exists: the source to a
/// compile run, the compiled code, the entry name and the input to a case,
/// the stdlib image to the snapshot's initialiser.
fn blob(host: &Host, kind: i32) -> wasmtime::Result<Option<&[u8]>> {
    let compiled = host.job.compiled.as_deref();
    Ok(match (kind, host.phase) {
        (BLOB_SOURCE, Phase::Startup) => host.compile_run.then_some(host.job.source.as_bytes()),
        (BLOB_ENTRY, Phase::Startup) if !host.compile_run => Some(host.job.entry.as_bytes()),
        (BLOB_CODE, Phase::Startup) if !host.compile_run => compiled.map(|c| c.code.as_slice()),
        // A stdio case's input is its stdin, served while it runs: the
        // guest gets an empty argument tuple, which says "a case".
        (BLOB_ARGS, Phase::Startup) if !host.compile_run && host.stdio.is_some() => {
            Some(marshal::EMPTY_TUPLE)
        }
        (BLOB_ARGS, Phase::Startup) if !host.compile_run => {
            host.call.map(|i| host.job.calls[i].args.as_slice())
        }
        (BLOB_IMAGE, Phase::Snapshot) => host.image.as_deref().map(Vec::as_slice),
        _ => {
            return Err(tampered(format!(
                "blob {kind} requested in phase {:?}",
                host.phase
            )))
        }
    })
}

fn blob_len(caller: Caller<'_, Host>, kind: i32) -> wasmtime::Result<i32> {
    Ok(blob(caller.data(), kind)?.map_or(-1, |b| b.len() as i32))
}

/// Copies the blob straight from the job into guest memory (an input can be
/// megabytes: no intermediate copy).
fn blob_read(mut caller: Caller<'_, Host>, kind: i32, ptr: i32) -> wasmtime::Result<()> {
    let memory = caller
        .data()
        .memory
        .ok_or_else(|| tampered("blob read before the memory exists"))?;
    let (data, host) = memory.data_and_store_mut(&mut caller);
    let bytes =
        blob(host, kind)?.ok_or_else(|| tampered(format!("blob {kind} read but absent")))?;
    let start = ptr as u32 as usize;
    let dst = data
        .get_mut(start..start.saturating_add(bytes.len()))
        .ok_or_else(|| tampered("blob destination out of bounds"))?;
    dst.copy_from_slice(bytes);
    Ok(())
}

/// Starts a bracket under `budget` fuel (at most what is left): readings
/// are taken last, so host work stays outside.
fn begin(caller: &mut Caller<'_, Host>, budget: Option<u64>) -> wasmtime::Result<()> {
    let remaining = caller.get_fuel()?;
    let budget = budget.map_or(remaining, |b| b.min(remaining));
    let ticks = deadline_ticks(caller.data());
    caller.as_context_mut().set_epoch_deadline(ticks);
    caller.set_fuel(budget)?;
    let host = caller.data_mut();
    host.fuel_reserve = remaining - budget;
    let wall = Instant::now();
    let instructions = host.instructions();
    host.start = Start {
        fuel: budget,
        wall,
        instructions,
    };
    Ok(())
}

/// Ends a bracket: readings first (the calibration bracket takes the same
/// path, so its host work cancels out), then the fuel reserve goes back.
fn end(caller: &mut Caller<'_, Host>) -> wasmtime::Result<crate::job::Cost> {
    let fuel = caller.get_fuel()?;
    let host = caller.data_mut();
    let cost = host.elapsed(fuel);
    let reserve = host.fuel_reserve;
    caller.set_fuel(reserve + fuel)?;
    Ok(cost)
}

/// Leaves the guest `fuel` and `ticks` for what follows the region.
fn epilogue(caller: &mut Caller<'_, Host>, fuel: u64, ticks: u64) -> wasmtime::Result<()> {
    let left = caller.get_fuel()?;
    caller.set_fuel(left.min(fuel))?;
    caller.as_context_mut().set_epoch_deadline(ticks);
    Ok(())
}

/// The case's fuel limit on its charged cost: its own, else the job's.
fn case_limit(host: &Host) -> Option<u64> {
    let own = host.call.and_then(|i| host.job.calls[i].fuel_limit);
    own.or(host.job.limits.fuel_per_call)
}

/// The fuel budget of the region: the case's limit less compiling's charge,
/// plus the bracket (which is not charged).
fn region_budget(host: &Host) -> Option<u64> {
    case_limit(host).map(|l| {
        l.saturating_sub(host.compile_charge)
            .saturating_add(host.bracket.fuel)
    })
}

fn mark(mut caller: Caller<'_, Host>, kind: i32) -> wasmtime::Result<()> {
    charge_cache(&mut caller)?;
    let phase = caller.data().phase;
    let compile_run = caller.data().compile_run;
    let next = match (kind, phase) {
        (MARK_CALIBRATE_BEGIN, Phase::Startup) => {
            let fuel = caller.get_fuel()?;
            let host = caller.data_mut();
            host.startup = host.elapsed(fuel);
            // Start-up ran under its own budget; the run's fuel, less what
            // start-up spent, is what everything after it may use.
            let rest = host.job.limits.fuel_total.saturating_sub(host.startup.fuel);
            caller.set_fuel(rest)?;
            begin(&mut caller, None)?;
            Phase::Calibrating
        }
        (MARK_CALIBRATE_END, Phase::Calibrating) => {
            caller.data_mut().bracket = end(&mut caller)?;
            Phase::Ready
        }
        (MARK_COMPILE_BEGIN, Phase::Ready) if compile_run => {
            let budget = caller.data().job.limits.fuel_startup;
            begin(&mut caller, Some(budget))?;
            Phase::Compiling
        }
        (MARK_COMPILE_END, Phase::Compiling) => {
            let raw = end(&mut caller)?;
            let host = caller.data_mut();
            host.compile_cost = raw.minus(host.bracket);
            epilogue(&mut caller, EPILOGUE_FUEL, EPILOGUE_TICKS)?;
            Phase::Reporting
        }
        (MARK_REGION_BEGIN, Phase::Ready) if !compile_run => {
            let budget = region_budget(caller.data());
            if let Some(cache) = caller.data().cache {
                cache.simulate(&mut caller, true)?;
            }
            begin(&mut caller, budget)?;
            caller.data_mut().live = LiveMeter::default();
            Phase::Import
        }
        (MARK_IMPORT_END | MARK_IMPORT_FAILED, Phase::Import) => {
            let fuel = caller.get_fuel()?;
            let host = caller.data_mut();
            host.report.import = host.elapsed(fuel);
            if kind == MARK_IMPORT_END {
                Phase::Call
            } else {
                host.import_raised = true;
                Phase::ImportFailed
            }
        }
        (MARK_REGION_END, Phase::Call | Phase::ImportFailed) => {
            if let Some(cache) = caller.data().cache {
                cache.simulate(&mut caller, false)?;
            }
            let raw = end(&mut caller)?;
            let host = caller.data_mut();
            host.charge(raw);
            if phase == Phase::Call && host.call.is_some() {
                // Provisional: the output report or a protocol code follows.
                host.report.status = Status::Ok;
            }
            epilogue(&mut caller, EPILOGUE_FUEL, EPILOGUE_TICKS)?;
            Phase::Reporting
        }
        (MARK_DESCRIBE_BEGIN, Phase::Reporting) => {
            caller.set_fuel(DESCRIBE_FUEL)?;
            caller.as_context_mut().set_epoch_deadline(EPILOGUE_TICKS);
            caller.data_mut().describing = true;
            Phase::Describing
        }
        _ => return Err(tampered(format!("marker {kind} in phase {phase:?}"))),
    };
    caller.data_mut().phase = next;
    Ok(())
}

/// The cost model's charge for a batch of work: taken from the fuel left,
/// in whatever phase the guest is (the guest batches before every marker,
/// so work lands in the phase that did it). A charge above what is left
/// traps as running out of fuel does. The snapshot's start-up is not metered.
///
/// It also carries the memory meter's reading (bytes held now, and the most
/// held since the last charge), which counts in the region only.
fn charge(
    mut caller: Caller<'_, Host>,
    moved_bytes: i64,
    allocations: i64,
    allocated_bytes: i64,
    live: i64,
    peak: i64,
) -> wasmtime::Result<()> {
    let work = Work {
        moved_bytes: moved_bytes as u64,
        allocations: allocations as u64,
        allocated_bytes: allocated_bytes as u64,
        ..Work::default()
    };
    if caller.data().phase == Phase::Snapshot {
        return Ok(());
    }
    charge_cache(&mut caller)?;
    let left = caller.get_fuel()?;
    let host = caller.data_mut();
    if matches!(host.phase, Phase::Import | Phase::Call) {
        let used = host.start.fuel.saturating_sub(left);
        host.live.read(live, peak, used);
        host.report.memory = host.live.usage();
    }
    take(&mut caller, work)
}

/// Charges the simulated cache's misses and copies since the last
/// reading (none without a cache). Called before every marker and batch, so
/// they land in the phase that made them, as the guest's batches do.
pub(crate) fn charge_cache(caller: &mut Caller<'_, Host>) -> wasmtime::Result<()> {
    let Some(work) = crate::cache_model::work_since_last_reading(&mut *caller) else {
        return Ok(());
    };
    take(caller, work)
}

/// Takes `work`'s fuel from what is left (recording the work in a metered
/// phase); more than is left traps as running out of fuel does.
fn take(caller: &mut Caller<'_, Host>, work: Work) -> wasmtime::Result<()> {
    let left = caller.get_fuel()?;
    let fuel = caller.data_mut().price(work);
    if fuel > left {
        caller.set_fuel(0)?;
        return Err(wasmtime::Error::new(Trap::OutOfFuel));
    }
    caller.set_fuel(left - fuel)?;
    Ok(())
}

fn report(mut caller: Caller<'_, Host>, kind: i32, ptr: i32, len: i32) -> wasmtime::Result<()> {
    let phase = caller.data().phase;
    match (kind, phase) {
        (REPORT_OUTPUT, Phase::Reporting) => report_output(&mut caller, ptr, len),
        (REPORT_CODE, Phase::Reporting) if caller.data().compile_run => {
            report_code(&mut caller, ptr, len)
        }
        (REPORT_ERROR_TYPE | REPORT_ERROR_MESSAGE, Phase::Describing) => {
            let text = guest_text(&caller, ptr, len)?;
            let host = caller.data_mut();
            if kind == REPORT_ERROR_TYPE {
                host.described.type_name = Some(text);
            } else {
                host.described.message = Some(text);
            }
            Ok(())
        }
        (REPORT_PROTOCOL, Phase::Startup | Phase::Reporting) => {
            let text = guest_text(&caller, ptr, len)?;
            protocol(caller.data_mut(), &text);
            Ok(())
        }
        _ => Err(tampered(format!("report {kind} in phase {phase:?}"))),
    }
}

/// Reads at most 4 KiB of guest text (error parts and protocol codes are
/// short; a longer one is cut).
fn guest_text(caller: &Caller<'_, Host>, ptr: i32, len: i32) -> wasmtime::Result<String> {
    let len = len.clamp(0, 4096);
    let bytes = guest_bytes(caller, ptr, len).ok_or_else(|| tampered("report out of bounds"))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A compile run's code object, within [`MAX_CODE_BYTES`].
fn report_code(caller: &mut Caller<'_, Host>, ptr: i32, len: i32) -> wasmtime::Result<()> {
    let size = len as u32 as u64;
    if size > MAX_CODE_BYTES {
        caller.data_mut().fail(
            Status::TooLarge,
            ErrorOrigin::Harness,
            format!(
                "the compiled program takes {size} bytes, more than the {MAX_CODE_BYTES}-byte cap"
            ),
        );
        return Ok(());
    }
    let bytes = guest_bytes(caller, ptr, len).ok_or_else(|| tampered("report out of bounds"))?;
    let host = caller.data_mut();
    host.code = Some(bytes);
    host.report.status = Status::Ok;
    Ok(())
}

/// The output: refused without decoding when larger than the case allows.
fn report_output(caller: &mut Caller<'_, Host>, ptr: i32, len: i32) -> wasmtime::Result<()> {
    if let Some(stdio) = caller.data_mut().stdio.as_mut() {
        if len != 0 {
            return Err(tampered("a stdio program's output reported as a value"));
        }
        let answer = stdio
            .as_mut()
            .map_err(|e| tampered(e.clone()))?
            .answer
            .take();
        let host = caller.data_mut();
        match answer {
            Ok(bytes) => host.report.output = Some(crate::value::PyValue::Bytes(bytes)),
            Err(written) => host.fail(
                Status::Wrong,
                ErrorOrigin::Harness,
                format!("the output takes {written} bytes, more than this case allows"),
            ),
        }
        return Ok(());
    }
    let host = caller.data();
    let Some(index) = host.call else {
        return Err(tampered("output reported by an import-only run"));
    };
    let cap = host.job.calls[index]
        .max_output_bytes
        .map_or(MAX_OUTPUT_BYTES, |m| m.min(MAX_OUTPUT_BYTES));
    let size = len as u32 as u64;
    if size > cap {
        caller.data_mut().fail(
            Status::Wrong,
            ErrorOrigin::Harness,
            format!("the output takes {size} bytes encoded, more than the {cap} this case allows"),
        );
        return Ok(());
    }
    let bytes = guest_bytes(caller, ptr, len).ok_or_else(|| tampered("report out of bounds"))?;
    let host = caller.data_mut();
    match marshal::decode(&bytes) {
        Ok(value) => host.report.output = Some(value),
        Err(e) => host.fail(
            Status::Error,
            ErrorOrigin::Harness,
            format!("the return value cannot cross the boundary: {e}"),
        ),
    }
    Ok(())
}

/// A protocol code from the C module: `code:detail`, where the detail is a
/// type name (guest text, quoted) or empty. The texts are the harness's.
fn protocol(host: &mut Host, text: &str) {
    let (code, detail) = text.split_once(':').unwrap_or((text, ""));
    let entry = host.job.entry.clone();
    let message = match code {
        "1" => "effgauge sent an input the guest could not decode".to_owned(),
        "2" => format!(
            "the return value is not plain builtin data (None, bool, int, float, str, bytes, \
             list, tuple, dict, set, frozenset){}",
            if detail.is_empty() {
                String::new()
            } else {
                format!(": found an object of type {detail:?}")
            }
        ),
        "3" => format!("entry point '{entry}' is not defined"),
        "4" => format!("entry point '{entry}' is not callable"),
        other => format!("unknown protocol code {other:?}"),
    };
    match (code, host.phase) {
        ("3" | "4", _) => host.import_failed = Some((message, ErrorOrigin::Harness)),
        (_, Phase::Startup) => host.fail(Status::Crash, ErrorOrigin::Harness, message),
        _ => host.fail(Status::Error, ErrorOrigin::Harness, message),
    }
}
