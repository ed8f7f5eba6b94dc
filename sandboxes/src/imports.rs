//! Host functions the guest imports: the `effgauge` metering protocol that
//! only our `_effgauge` C module calls, and the two WASI functions we shadow
//! (`fd_write`, to cap output; `poll_oneoff`, so sleeping moves the virtual
//! clock instead of blocking the host).

use crate::host::{tampered, Host, Phase, Start};
use crate::job::Status;
use crate::marshal;
use std::time::Instant;
use wasmtime::{AsContextMut, Caller, Linker};

const ERRNO_BADF: i32 = 8;
const ERRNO_FAULT: i32 = 21;
const ERRNO_INVAL: i32 = 28;
/// Largest return value accepted, in marshal bytes.
const MAX_RESULT_BYTES: usize = 256 << 20;
/// Epoch ticks are 10 ms apart (see `engine::Ticker`).
pub(crate) const TICK_MS: u64 = 10;

pub(crate) fn add_to_linker(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
    wasmtime_wasi::p1::add_to_linker_sync(linker, |h: &mut Host| &mut h.wasi)?;
    linker.allow_shadowing(true);
    linker.func_wrap("effgauge", "blob_len", blob_len)?;
    linker.func_wrap("effgauge", "blob_read", blob_read)?;
    linker.func_wrap("effgauge", "mark", mark)?;
    linker.func_wrap("effgauge", "report", report)?;
    linker.func_wrap("wasi_snapshot_preview1", "fd_write", fd_write)?;
    linker.func_wrap("wasi_snapshot_preview1", "poll_oneoff", poll_oneoff)?;
    Ok(())
}

pub(crate) fn deadline_ticks(host: &Host) -> u64 {
    (host.job.limits.wall_per_call.as_millis() as u64).div_ceil(TICK_MS) + 1
}

fn guest_bytes(caller: &Caller<'_, Host>, ptr: i32, len: i32) -> Option<Vec<u8>> {
    let memory = caller.data().memory?;
    let start = usize::try_from(ptr as u32).ok()?;
    let end = start.checked_add(usize::try_from(len).ok()?)?;
    memory.data(caller).get(start..end).map(<[u8]>::to_vec)
}

fn put_bytes(caller: &mut Caller<'_, Host>, ptr: i32, bytes: &[u8]) -> bool {
    let Some(memory) = caller.data().memory else {
        return false;
    };
    let start = ptr as u32 as usize;
    match memory.data_mut(caller).get_mut(start..start + bytes.len()) {
        Some(dst) => {
            dst.copy_from_slice(bytes);
            true
        }
        None => false,
    }
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(data: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(data.get(at..at + 8)?.try_into().ok()?))
}

fn blob_len(mut caller: Caller<'_, Host>, kind: i32, index: i32) -> wasmtime::Result<i32> {
    let host = caller.data_mut();
    match (kind, host.phase) {
        (0, Phase::Import) => Ok(host.job.source.len() as i32),
        (1, Phase::Import) => Ok(host.job.entry.len() as i32),
        (2, phase) => {
            let abs = host
                .absolute(index)
                .ok_or_else(|| tampered("negative input index"))?;
            match phase {
                Phase::Ready(next) if next == abs => {}
                Phase::AfterCall(prev) if prev + 1 == abs => host.finish_call(prev),
                Phase::Ready(prev) if prev + 1 == abs && host.pending_error.0.is_some() => {
                    host.finish_call(prev)
                }
                _ => {
                    return Err(tampered(format!(
                        "input {abs} requested in phase {phase:?}"
                    )))
                }
            }
            if host.stopped || abs >= host.job.calls.len() {
                host.phase = Phase::Done;
                return Ok(-1);
            }
            host.phase = Phase::Ready(abs);
            Ok(host.job.calls[abs].args.len() as i32)
        }
        _ => Err(tampered(format!(
            "blob {kind} requested in phase {:?}",
            host.phase
        ))),
    }
}

fn blob_read(
    mut caller: Caller<'_, Host>,
    kind: i32,
    index: i32,
    ptr: i32,
) -> wasmtime::Result<()> {
    let host = caller.data();
    let bytes = match (kind, host.phase) {
        (0, Phase::Import) => host.job.source.as_bytes().to_vec(),
        (1, Phase::Import) => host.job.entry.as_bytes().to_vec(),
        (2, Phase::Ready(abs)) if host.absolute(index) == Some(abs) => {
            host.job.calls[abs].args.clone()
        }
        _ => {
            return Err(tampered(format!(
                "blob {kind} read in phase {:?}",
                host.phase
            )))
        }
    };
    if !put_bytes(&mut caller, ptr, &bytes) {
        return Err(tampered("blob destination out of bounds"));
    }
    Ok(())
}

/// Starts a bracket: readings are taken last, so host work stays outside.
fn begin(caller: &mut Caller<'_, Host>, budget_limit: Option<u64>) -> wasmtime::Result<()> {
    let remaining = caller.get_fuel()?;
    let budget = budget_limit.map_or(remaining, |l| l.min(remaining));
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
    let ticks = deadline_ticks(host);
    caller.set_fuel(reserve + fuel)?;
    caller.as_context_mut().set_epoch_deadline(ticks);
    Ok(cost)
}

fn phase_start(caller: &mut Caller<'_, Host>) -> wasmtime::Result<crate::job::Cost> {
    let fuel = caller.get_fuel()?;
    let host = caller.data_mut();
    let cost = host.elapsed(fuel);
    let instructions = host.instructions();
    host.start = Start {
        fuel,
        wall: Instant::now(),
        instructions,
    };
    Ok(cost)
}

fn mark(mut caller: Caller<'_, Host>, kind: i32, index: i32) -> wasmtime::Result<()> {
    let phase = caller.data().phase;
    let abs = caller.data().absolute(index);
    match (kind, index, phase) {
        (0, -1, Phase::Startup) => {
            let cost = phase_start(&mut caller)?;
            let host = caller.data_mut();
            host.startup.get_or_insert(cost);
            host.phase = Phase::Import;
        }
        (1, -1, Phase::Import) => {
            let cost = phase_start(&mut caller)?;
            let host = caller.data_mut();
            host.import.get_or_insert(cost);
            host.phase = Phase::Ready(host.first);
        }
        (2, -2, Phase::Ready(next)) => {
            begin(&mut caller, None)?;
            caller.data_mut().phase = Phase::Calibrating(next);
        }
        (3, -2, Phase::Calibrating(next)) => {
            let cost = end(&mut caller)?;
            let host = caller.data_mut();
            host.bracket = cost;
            host.phase = Phase::Ready(next);
        }
        (2, _, Phase::Ready(next)) if abs == Some(next) => {
            let host = caller.data();
            let limit = host.job.calls[next]
                .fuel_limit
                .or(host.job.limits.fuel_per_call);
            // The cap applies to the call's net cost: add the bracket back.
            let bracket = host.bracket.fuel;
            begin(&mut caller, limit.map(|l| l.saturating_add(bracket)))?;
            caller.data_mut().phase = Phase::InCall(next);
        }
        (3, _, Phase::InCall(current)) if abs == Some(current) => {
            let raw = end(&mut caller)?;
            let host = caller.data_mut();
            let report = &mut host.reports[current];
            report.cost = raw.minus(host.bracket);
            report.status = Status::Ok;
            host.phase = Phase::AfterCall(current);
        }
        _ => {
            return Err(tampered(format!(
                "marker {kind} for call {index} in phase {phase:?}"
            )))
        }
    }
    Ok(())
}

fn report(
    mut caller: Caller<'_, Host>,
    kind: i32,
    index: i32,
    ptr: i32,
    len: i32,
) -> wasmtime::Result<()> {
    if len as u32 as usize > MAX_RESULT_BYTES {
        let host = caller.data_mut();
        host.pending_error = (
            Some("OutputLimit".into()),
            Some(format!("return value larger than {MAX_RESULT_BYTES} bytes")),
        );
        return Ok(());
    }
    let bytes = guest_bytes(&caller, ptr, len).ok_or_else(|| tampered("report out of bounds"))?;
    let text = || String::from_utf8_lossy(&bytes).into_owned();
    let host = caller.data_mut();
    let phase = host.phase;
    if index == -1 {
        match (kind, phase) {
            (1, Phase::Ready(_)) => host.import_error.0 = Some(text()),
            (2, Phase::Ready(_)) => host.import_error.1 = Some(text()),
            _ => return Err(tampered(format!("import report {kind} in phase {phase:?}"))),
        }
        return Ok(());
    }
    let abs = host.absolute(index);
    match phase {
        Phase::AfterCall(current) | Phase::Ready(current) if abs == Some(current) => {}
        _ => {
            return Err(tampered(format!(
                "report {kind} for call {index} in phase {phase:?}"
            )))
        }
    }
    let current = abs.expect("checked above");
    match kind {
        0 => match marshal::decode(&bytes) {
            Ok(value) => host.reports[current].output = Some(value),
            Err(e) => {
                host.pending_error = (
                    Some("TypeError".into()),
                    Some(format!("return value cannot cross the boundary: {e}")),
                )
            }
        },
        1 => host.pending_error.0 = Some(text()),
        2 => host.pending_error.1 = Some(text()),
        _ => return Err(tampered(format!("unknown report kind {kind}"))),
    }
    Ok(())
}

fn fd_write(
    mut caller: Caller<'_, Host>,
    fd: i32,
    iovs: i32,
    iovs_len: i32,
    nwritten: i32,
) -> wasmtime::Result<i32> {
    if fd != 1 && fd != 2 {
        return Ok(ERRNO_BADF);
    }
    let Some(memory) = caller.data().memory else {
        return Ok(ERRNO_FAULT);
    };
    let mut bytes = Vec::new();
    {
        let data = memory.data(&caller);
        for k in 0..iovs_len.max(0) as usize {
            let at = iovs as u32 as usize + 8 * k;
            let (Some(base), Some(len)) = (u32_at(data, at), u32_at(data, at + 4)) else {
                return Ok(ERRNO_FAULT);
            };
            let Some(chunk) = data.get(base as usize..base as usize + len as usize) else {
                return Ok(ERRNO_FAULT);
            };
            bytes.extend_from_slice(chunk);
        }
    }
    caller
        .data_mut()
        .capture(fd, &bytes)
        .map_err(wasmtime::Error::new)?;
    let written = (bytes.len() as u32).to_le_bytes();
    Ok(if put_bytes(&mut caller, nwritten, &written) {
        0
    } else {
        ERRNO_FAULT
    })
}

/// Subscriptions are 48 bytes, events 32 (WASI preview 1 layout).
fn poll_oneoff(
    mut caller: Caller<'_, Host>,
    subs: i32,
    events: i32,
    nsubs: i32,
    nevents: i32,
) -> wasmtime::Result<i32> {
    if nsubs <= 0 {
        return Ok(ERRNO_INVAL);
    }
    let Some(raw) = guest_bytes(&caller, subs, nsubs.saturating_mul(48)) else {
        return Ok(ERRNO_FAULT);
    };
    let clock = caller.data().clock.clone();
    let now = clock.peek();
    // (userdata, tag, delay): fd subscriptions are always ready; clocks wait.
    let mut parsed = Vec::new();
    for sub in raw.chunks_exact(48) {
        let userdata = u64_at(sub, 0).unwrap_or(0);
        let tag = sub[8];
        let delay = if tag == 0 {
            let timeout = u64_at(sub, 24).unwrap_or(0);
            let absolute = u32_at(sub, 40).unwrap_or(0) & 1 == 1;
            let id = u32_at(sub, 16).unwrap_or(1);
            let at = if id == 0 {
                crate::clock::VirtualClock::wall_nanos(now)
            } else {
                now
            };
            if absolute {
                timeout.saturating_sub(at)
            } else {
                timeout
            }
        } else {
            0
        };
        parsed.push((userdata, tag, delay));
    }
    let any_fd = parsed.iter().any(|&(_, tag, _)| tag != 0);
    let wait = if any_fd {
        0
    } else {
        parsed.iter().map(|p| p.2).min().unwrap_or(0)
    };
    clock.advance(wait);
    let mut out = Vec::new();
    let mut count = 0u32;
    for (userdata, tag, delay) in parsed {
        if tag == 0 && (delay > wait || any_fd) {
            continue;
        }
        let mut event = [0u8; 32];
        event[0..8].copy_from_slice(&userdata.to_le_bytes());
        event[10] = tag;
        out.extend_from_slice(&event);
        count += 1;
    }
    if !put_bytes(&mut caller, events, &out)
        || !put_bytes(&mut caller, nevents, &count.to_le_bytes())
    {
        return Ok(ERRNO_FAULT);
    }
    Ok(0)
}
