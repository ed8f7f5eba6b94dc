//! The WASI a compiled program may use, and the calls whose host work
//! grows with their arguments, shadowed so that it is bounded or paid for.
//!
//! A program's only input is its stdin and its only outputs stdout, stderr
//! and the glue's result; it has no files. So it may import the calls a C
//! library needs for that ([`ALLOWED`]) and nothing else, which
//! [`check_imports`] holds it to before it ever runs. Of those:
//!
//! - `fd_read` reads stdin into the first non-empty buffer, as wasmtime's
//!   own does, from at most 1 024 buffers, each paid for
//!   ([`FUEL_PER_BUFFER`], as `fd_write`'s are): otherwise a guest could
//!   spin the host over empty ones for a few operators a call, and a
//!   wall-clock limit, which depends on the machine's load, would decide
//!   its verdict.
//! - `random_get` costs one unit of fuel per byte it fills (wasmtime's
//!   price of a byte of bulk copy): filling megabytes for a single call
//!   would otherwise buy host time for nothing, and with it a wall-clock
//!   timeout that depends on the machine's load.
//!
//! `fd_read` (with its price), `fd_write` and `poll_oneoff` are shadowed
//! for both kinds of guest (`crate::wasi_shadow`).

use crate::program::ProgramHost;
use crate::wasi_shadow::{charge, ERRNO_FAULT};
use rand::Rng;
use wasmtime::Caller;

/// The WASI preview 1 calls a program may import.
pub const ALLOWED: [&str; 20] = [
    "args_get",
    "args_sizes_get",
    "environ_get",
    "environ_sizes_get",
    "clock_res_get",
    "clock_time_get",
    "fd_close",
    "fd_fdstat_get",
    "fd_fdstat_set_flags",
    "fd_filestat_get",
    "fd_prestat_get",
    "fd_prestat_dir_name",
    "fd_read",
    "fd_seek",
    "fd_tell",
    "fd_write",
    "poll_oneoff",
    "proc_exit",
    "random_get",
    "sched_yield",
];

/// Fuel per byte `random_get` fills.
pub const RANDOM_FUEL_PER_BYTE: u64 = 1;

/// Fuel per buffer an `fd_read` or `fd_write` names: a thousand empty
/// buffers cost the host about as long as a few thousand operators do.
pub const FUEL_PER_BUFFER: u64 = 32;

/// `Err` names the first import a program may not have.
pub fn check_imports(wasm: &[u8]) -> Result<(), String> {
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| e.message().to_owned())?;
        let wasmparser::Payload::ImportSection(reader) = payload else {
            continue;
        };
        for import in reader.into_imports() {
            let import = import.map_err(|e| e.message().to_owned())?;
            let allowed = match import.module {
                "wasi_snapshot_preview1" => ALLOWED.contains(&import.name),
                "effgauge" => import.name == "result",
                _ => false,
            };
            if !allowed {
                let shown: String = format!("{}.{}", import.module, import.name)
                    .chars()
                    .take(80)
                    .collect();
                return Err(format!(
                    "the program imports `{shown}`: a program reads its case from stdin and has \
                     no files, network or other host calls"
                ));
            }
        }
    }
    Ok(())
}

/// `random_get` from the job's seeded generator, paid for per byte.
pub(crate) fn random_get(
    mut caller: Caller<'_, ProgramHost>,
    buf: i32,
    len: i32,
) -> wasmtime::Result<i32> {
    let len = len as u32 as u64;
    charge(&mut caller, len.saturating_mul(RANDOM_FUEL_PER_BYTE))?;
    let Some(memory) = caller.data().memory else {
        return Ok(ERRNO_FAULT);
    };
    let (data, host) = memory.data_and_store_mut(&mut caller);
    let start = buf as u32 as usize;
    let Some(into) = data.get_mut(start..start.saturating_add(len as usize)) else {
        return Ok(ERRNO_FAULT);
    };
    host.random.fill_bytes(into);
    Ok(0)
}
