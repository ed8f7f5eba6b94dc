//! The Store data of one compiled program's case ([`ProgramHost`]): the
//! case's stdin, what the program writes, its result, its memory, the
//! price of its calls into the host, and how the instance's end becomes
//! the case's status and output ([`settle`]).

use super::WasmProgram;
use crate::classify;
use crate::clock::VirtualClock;
use crate::host::{grow_memory, GuestFault, KEPT_OUTPUT, MAX_TABLE_ELEMENTS};
use crate::imports::MAX_OUTPUT_BYTES;
use crate::job::{CallReport, ErrorOrigin, Job, Status};
use crate::stdio::StdoutAnswer;
use crate::wasi_shadow::{Shadowed, StdinPipe};
use rand::rngs::StdRng;
use rand::SeedableRng;
use wasmtime::{Caller, Memory, ResourceLimiter};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryInputPipe;
use wasmtime_wasi::WasiCtxBuilder;

/// Host calls a case makes for free: a program's start-up and a few
/// hundred reads and writes (the glue reads its case in 64 KiB pieces,
/// stdio in 1 KiB ones), so honest programs pay nothing extra.
pub const FREE_HOST_CALLS: u64 = 256;

/// Fuel for every host call beyond [`FREE_HOST_CALLS`]: what the host's
/// side of a WASI call costs. The calls that do not move bytes
/// (`fd_fdstat_get`, `fd_seek`, `clock_time_get`, ...) take the host
/// 2–4.4 µs each for a few operators of the guest's; an adversary looping
/// on them held a worker 6 minutes on the 8·10⁸ fuel of a verification
/// re-run. At this price a call is paid about as much fuel per second as
/// the guest's own code (about 1 ns per unit).
pub const HOST_CALL_FUEL: u64 = 4096;

/// The store's call hook: counts the guest's calls into the host and takes
/// [`HOST_CALL_FUEL`] for each beyond the free ones, or stops the guest as
/// out of fuel.
pub(super) fn price_host_calls(
    mut cx: wasmtime::StoreContextMut<'_, ProgramHost>,
    hook: wasmtime::CallHook,
) -> wasmtime::Result<()> {
    if !matches!(hook, wasmtime::CallHook::CallingHost) {
        return Ok(());
    }
    let host = cx.data_mut();
    host.host_calls += 1;
    if host.host_calls <= FREE_HOST_CALLS {
        return Ok(());
    }
    let fuel = cx.get_fuel()?;
    if fuel < HOST_CALL_FUEL {
        cx.set_fuel(0)?;
        return Err(wasmtime::Trap::OutOfFuel.into());
    }
    cx.set_fuel(fuel - HOST_CALL_FUEL)?;
    Ok(())
}

/// Turns how the instance ended into the case's status and output.
pub(super) fn settle(
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
pub(super) fn result(
    mut caller: Caller<'_, ProgramHost>,
    ptr: i32,
    len: i32,
) -> wasmtime::Result<()> {
    if caller.data().stdout_answer.is_some() {
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
    pub(super) wasi: WasiP1Ctx,
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
    pub(super) peak_memory: u64,
    result: Option<Vec<u8>>,
    /// A whole program's (the stdin/stdout protocol): its standard output,
    /// which becomes its result when it ends.
    stdout_answer: Option<StdoutAnswer>,
    /// The largest result this case accepts.
    result_cap: u64,
    /// The size of a result above the cap, not copied.
    result_oversize: Option<u64>,
    /// Calls into the host so far ([`price_host_calls`]).
    host_calls: u64,
}

impl ProgramHost {
    pub(super) fn new(job: &Job, stdin: Vec<u8>, max_result: Option<u64>) -> ProgramHost {
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
            stdout_answer: (job.protocol == crate::Protocol::Stdio)
                .then(|| StdoutAnswer::new(max_result, job.limits.output_bytes)),
            result_cap: max_result.map_or(MAX_OUTPUT_BYTES, |m| m.min(MAX_OUTPUT_BYTES)),
            result_oversize: None,
            host_calls: 0,
        }
    }
}

impl ProgramHost {
    /// The instance ended: a whole program's standard output is its
    /// result (empty when it printed nothing), or oversize.
    pub(super) fn ended(&mut self) {
        if let Some(answer) = self.stdout_answer.as_mut() {
            match answer.take() {
                Ok(bytes) => self.result = Some(bytes),
                Err(written) => self.result_oversize = Some(written),
            }
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
    /// program's stdout is its answer ([`StdoutAnswer`], as the
    /// interpreter's stdio cases keep theirs).
    fn capture(&mut self, fd: i32, chunk: &[u8]) -> Result<(), GuestFault> {
        if let (1, Some(answer)) = (fd, self.stdout_answer.as_mut()) {
            return answer.write(chunk);
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
        grow_memory(&mut self.peak_memory, self.memory_cap, desired)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= MAX_TABLE_ELEMENTS)
    }
}
