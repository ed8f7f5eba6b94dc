//! The WASI functions the sandbox shadows for every guest: `fd_write`, so
//! output is capped chunk by chunk as it is read (never gathered first);
//! `fd_read`, so that standard input is the case's input where the guest
//! may read it and empty everywhere else; and `poll_oneoff`, so sleeping
//! moves the virtual clock instead of blocking the host.

use crate::clock::VirtualClock;
use crate::host::GuestFault;
use crate::imports::{guest_bytes, put_bytes};
use wasmtime::{Caller, Memory};

/// A Store's data that the shadows can serve: the CPython cases' `Host`
/// and the compiled programs' `ProgramHost`.
pub(crate) trait Shadowed: 'static {
    fn memory(&self) -> Option<Memory>;
    fn clock(&self) -> &VirtualClock;
    /// Keeps a chunk of stdout (1) or stderr (2), or stops the guest at
    /// its output cap.
    fn capture(&mut self, fd: i32, chunk: &[u8]) -> Result<(), GuestFault>;
    /// Fuel per `poll_oneoff` subscription: a compiled program's price of
    /// the host's work (0 for the interpreter, whose metering predates it
    /// and which makes one subscription per sleep).
    fn fuel_per_subscription(&self) -> u64 {
        0
    }
    /// Fuel per buffer an `fd_write` names: a compiled program's price of
    /// the host reading its descriptor (0 for the interpreter, as above).
    fn fuel_per_buffer(&self) -> u64 {
        0
    }
    /// Standard input as far as the guest may read it now; `None` reads
    /// as its end (the default: a guest whose case is not its stdin).
    fn stdin(&mut self) -> Option<&mut StdinPipe> {
        None
    }
}

/// A case's standard input and how much of it was read.
#[derive(Debug, Default)]
pub(crate) struct StdinPipe {
    pub bytes: Vec<u8>,
    pub read: usize,
}

impl StdinPipe {
    pub fn new(bytes: Vec<u8>) -> Self {
        StdinPipe { bytes, read: 0 }
    }
}

/// Takes `price` fuel from the guest, or stops it as out of fuel: how a
/// host call's work is paid for where it is not free.
pub(crate) fn charge<H>(caller: &mut Caller<'_, H>, price: u64) -> wasmtime::Result<()> {
    if price == 0 {
        return Ok(());
    }
    let fuel = caller.get_fuel().unwrap_or(0);
    if fuel < price {
        caller.set_fuel(0)?;
        return Err(wasmtime::Trap::OutOfFuel.into());
    }
    caller.set_fuel(fuel - price)?;
    Ok(())
}

pub(crate) const ERRNO_BADF: i32 = 8;
pub(crate) const ERRNO_FAULT: i32 = 21;
pub(crate) const ERRNO_INVAL: i32 = 28;

/// POSIX's IOV_MAX (wasi-libc's too): the most buffers one `fd_write` or
/// `fd_read` may name; more would only let a guest spin the host over
/// empty ones.
pub(crate) const MAX_IOVS: i32 = 1024;

/// The `(base, length)` of buffer `k` of the iovec array at `iovs`, or
/// `None` where it lies outside memory.
pub(crate) fn iovec(data: &[u8], iovs: i32, k: usize) -> Option<(usize, usize)> {
    let at = (iovs as u32 as usize).saturating_add(8 * k);
    Some((u32_at(data, at)? as usize, u32_at(data, at + 4)? as usize))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        data.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

fn u64_at(data: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(
        data.get(at..at.checked_add(8)?)?.try_into().ok()?,
    ))
}

/// Captures each chunk as it is read: the output cap is checked before a
/// chunk is copied, and only what a report keeps is ever copied.
pub(crate) fn fd_write<H: Shadowed>(
    mut caller: Caller<'_, H>,
    fd: i32,
    iovs: i32,
    iovs_len: i32,
    nwritten: i32,
) -> wasmtime::Result<i32> {
    if fd != 1 && fd != 2 {
        return Ok(ERRNO_BADF);
    }
    if !(0..=MAX_IOVS).contains(&iovs_len) {
        return Ok(ERRNO_INVAL);
    }
    let price = iovs_len as u64 * caller.data().fuel_per_buffer();
    charge(&mut caller, price)?;
    let Some(memory) = caller.data().memory() else {
        return Ok(ERRNO_FAULT);
    };
    let mut written: u32 = 0;
    {
        let (data, host) = memory.data_and_store_mut(&mut caller);
        for k in 0..iovs_len as usize {
            let Some((base, len)) = iovec(data, iovs, k) else {
                return Ok(ERRNO_FAULT);
            };
            let Some(chunk) = data.get(base..base.saturating_add(len)) else {
                return Ok(ERRNO_FAULT);
            };
            host.capture(fd, chunk).map_err(wasmtime::Error::new)?;
            written = written.saturating_add(len as u32);
        }
    }
    Ok(
        if put_bytes(&mut caller, nwritten, &written.to_le_bytes()) {
            0
        } else {
            ERRNO_FAULT
        },
    )
}

/// Subscriptions are 48 bytes, events 32 (WASI preview 1 layout).
/// The most subscriptions one `poll_oneoff` may carry.
pub const MAX_SUBSCRIPTIONS: i32 = 64;

pub(crate) fn poll_oneoff<H: Shadowed>(
    mut caller: Caller<'_, H>,
    subs: i32,
    events: i32,
    nsubs: i32,
    nevents: i32,
) -> wasmtime::Result<i32> {
    // A call's host work is its subscriptions: few of them (a sleep is
    // one), each paid for as the bytes the host reads, so that a guest
    // cannot buy seconds of host time with a few operators per call.
    if nsubs <= 0 || nsubs > MAX_SUBSCRIPTIONS {
        return Ok(ERRNO_INVAL);
    }
    let price = nsubs as u64 * caller.data().fuel_per_subscription();
    charge(&mut caller, price)?;
    let Some(raw) = guest_bytes(&caller, subs, nsubs.saturating_mul(48)) else {
        return Ok(ERRNO_FAULT);
    };
    let clock = caller.data().clock().clone();
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

/// `fd_read` of stdin (fd 0) into the first non-empty buffer, as wasmtime's
/// own does; any other descriptor is `EBADF`. Each buffer named is paid for
/// ([`FUEL_PER_BUFFER`](crate::program_wasi::FUEL_PER_BUFFER)), by every
/// guest. Buffers that are all empty
/// read 0 bytes, as POSIX's `readv` does: wasmtime's `EINTR` there made
/// CPython retry the same 1 024 empty buffers in a C loop, about 20 fuel
/// a call for the host's walk over them (an adversary held a core 29 s on
/// 5·10⁷ fuel so).
pub(crate) fn fd_read<H: Shadowed>(
    mut caller: Caller<'_, H>,
    fd: i32,
    iovs: i32,
    iovs_len: i32,
    nread: i32,
) -> wasmtime::Result<i32> {
    if fd != 0 {
        return Ok(ERRNO_BADF);
    }
    if !(0..=MAX_IOVS).contains(&iovs_len) {
        return Ok(ERRNO_INVAL);
    }
    charge(
        &mut caller,
        iovs_len as u64 * crate::program_wasi::FUEL_PER_BUFFER,
    )?;
    let Some(memory) = caller.data().memory() else {
        return Ok(ERRNO_FAULT);
    };
    let (data, host) = memory.data_and_store_mut(&mut caller);
    let mut target = None;
    for k in 0..iovs_len as usize {
        let Some((base, len)) = iovec(data, iovs, k) else {
            return Ok(ERRNO_FAULT);
        };
        if len > 0 {
            target = Some((base, len));
            break;
        }
    }
    let mut empty = StdinPipe::default();
    let pipe = host.stdin().unwrap_or(&mut empty);
    let rest = &pipe.bytes[pipe.read..];
    let count = match target {
        None => 0,
        Some((base, len)) => {
            let count = len.min(rest.len());
            let Some(into) = data.get_mut(base..base.saturating_add(count)) else {
                return Ok(ERRNO_FAULT);
            };
            into.copy_from_slice(&rest[..count]);
            pipe.read += count;
            count
        }
    };
    let at = nread as u32 as usize;
    match data.get_mut(at..at.saturating_add(4)) {
        Some(out) => out.copy_from_slice(&(count as u32).to_le_bytes()),
        None => return Ok(ERRNO_FAULT),
    }
    Ok(0)
}
