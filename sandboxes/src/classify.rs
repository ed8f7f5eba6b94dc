//! What a trap means: each limit has its own status, and the text says which
//! limit (it is the harness's text, never the guest's).

use crate::host::GuestFault;
use crate::job::Status;
use wasmtime::Trap;
use wasmtime_wasi::I32Exit;

/// The status and description of a trap.
pub(crate) fn trap(error: &wasmtime::Error) -> (Status, String) {
    if let Some(fault) = error.downcast_ref::<GuestFault>() {
        let status = match fault {
            GuestFault::OutputLimit(_) => Status::Output,
            GuestFault::MemoryLimit(_) => Status::Memory,
            GuestFault::Tampered(_) => Status::Tampered,
        };
        return (status, fault.to_string());
    }
    if let Some(exit) = error.downcast_ref::<I32Exit>() {
        // effgauge never exits the guest itself: the candidate did.
        return (
            Status::Error,
            format!("the process exited with status {}", exit.0),
        );
    }
    if let Some(trap) = error.downcast_ref::<Trap>() {
        return match trap {
            Trap::OutOfFuel => (Status::Timeout, "fuel limit exceeded".to_owned()),
            Trap::Interrupt => (Status::WallTimeout, "wall-clock limit exceeded".to_owned()),
            Trap::StackOverflow => (Status::Stack, "the host's wasm stack overflowed".to_owned()),
            // The C stack sits first in linear memory (--stack-first), so its
            // overflow is the out-of-bounds access CPython can make.
            Trap::MemoryOutOfBounds => (
                Status::Stack,
                "the interpreter's C stack overflowed".to_owned(),
            ),
            other => (Status::Crash, format!("trap: {other}")),
        };
    }
    (Status::Crash, format!("{error:#}"))
}
