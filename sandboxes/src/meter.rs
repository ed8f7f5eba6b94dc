//! The three meters of per-call cost.
//!
//! * `fuel`: wasmtime's fuel, one unit per executed WebAssembly operator
//!   (roughly), plus what the engine's [cost model](crate::CostModel)
//!   charges for bytes moved. It depends only on the runtime build, the
//!   wasmtime version, the cost model and the inputs, never on the machine or
//!   its load, so it is the default and the one that makes result files
//!   byte-identical everywhere.
//! * `instructions`: the hardware counter of retired user-space instructions
//!   of the thread that runs the guest (Linux perf-event). Closer to the real
//!   CPU, slightly noisy, and unavailable where the kernel exposes no PMU
//!   (virtual machines often do not); then it refuses to start rather than
//!   fall back.
//! * `wall`: monotonic nanoseconds on the host. Noisy; for comparison with
//!   wall-clock benchmarks only.
//!
//! Fuel and wall time are always recorded; the meter chosen says which figure
//! is *the* cost used for scoring.

use crate::SandboxError;
use perf_event::events::Hardware;
use perf_event::{Builder, Counter};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Which figure is the cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Meter {
    #[default]
    Fuel,
    Instructions,
    Wall,
}

impl Meter {
    pub const ALL: [Meter; 3] = [Meter::Fuel, Meter::Instructions, Meter::Wall];

    pub fn name(self) -> &'static str {
        match self {
            Meter::Fuel => "fuel",
            Meter::Instructions => "instructions",
            Meter::Wall => "wall",
        }
    }

    /// The unit in which this meter's figures are given.
    pub fn unit(self) -> &'static str {
        match self {
            Meter::Fuel => "fuel",
            Meter::Instructions => "instructions",
            Meter::Wall => "ns",
        }
    }

    /// Whether this meter gives the same figures on every machine.
    pub fn is_deterministic(self) -> bool {
        self == Meter::Fuel
    }

    /// Fails when the meter cannot work on this machine, with the cause.
    pub fn check_available(self) -> Result<(), SandboxError> {
        if self == Meter::Instructions {
            InstructionCounter::new()?;
        }
        Ok(())
    }
}

impl fmt::Display for Meter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Meter {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Meter::ALL
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| format!("unknown meter '{s}' (expected fuel, instructions or wall)"))
    }
}

/// Retired user-space instructions of the calling thread.
pub struct InstructionCounter {
    counter: Counter,
}

impl InstructionCounter {
    /// Opens the counter for the calling thread, or says why it cannot.
    pub fn new() -> Result<Self, SandboxError> {
        let mut builder = Builder::new()
            .kind(Hardware::INSTRUCTIONS)
            .observe_self()
            .any_cpu();
        builder.exclude_kernel(true).exclude_hv(true);
        let counter = builder.build().map_err(|e| {
            let hint = match e.raw_os_error() {
                Some(2) => "the kernel exposes no hardware performance counter (no PMU, as in most virtual machines)",
                Some(1) | Some(13) => "perf events are not permitted (see /proc/sys/kernel/perf_event_paranoid)",
                _ => "perf_event_open failed",
            };
            SandboxError::InstructionsUnavailable { cause: format!("{hint}: {e}") }
        })?;
        let mut this = Self { counter };
        this.counter
            .enable()
            .map_err(|e| SandboxError::InstructionsUnavailable {
                cause: format!("cannot enable the counter: {e}"),
            })?;
        Ok(this)
    }

    /// The running count; differences of two readings are costs.
    pub fn read(&mut self) -> u64 {
        self.counter.read().unwrap_or(0)
    }
}
