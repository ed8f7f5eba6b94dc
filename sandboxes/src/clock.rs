//! A virtual clock: the guest sees time, but never the host's.
//!
//! Real clocks would make results depend on the machine and let a candidate
//! measure its neighbours. The virtual clock starts at a fixed instant,
//! moves one microsecond per reading (so elapsed-time code never divides by
//! zero) and jumps forward when the guest sleeps, which therefore costs the
//! host nothing.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use wasmtime_wasi::{HostMonotonicClock, HostWallClock};

/// 2024-01-01T00:00:00Z, the wall-clock time the guest starts at.
const WALL_EPOCH_SECS: u64 = 1_704_067_200;
/// How far each reading moves the clock.
const TICK_NS: u64 = 1_000;

/// Shared between the WASI clocks and our `poll_oneoff`.
#[derive(Clone, Default)]
pub struct VirtualClock {
    nanos: Arc<AtomicU64>,
}

impl VirtualClock {
    /// Nanoseconds since the guest started, moving the clock one tick.
    pub fn read(&self) -> u64 {
        self.nanos.fetch_add(TICK_NS, Ordering::Relaxed) + TICK_NS
    }

    /// Nanoseconds since the guest started, without moving the clock.
    pub fn peek(&self) -> u64 {
        self.nanos.load(Ordering::Relaxed)
    }

    /// What a sleep does: move time forward.
    pub fn advance(&self, nanos: u64) {
        self.nanos.fetch_add(nanos, Ordering::Relaxed);
    }

    /// The wall-clock reading for a given virtual time.
    pub fn wall_nanos(virtual_nanos: u64) -> u64 {
        WALL_EPOCH_SECS * 1_000_000_000 + virtual_nanos
    }
}

impl HostWallClock for VirtualClock {
    fn resolution(&self) -> Duration {
        Duration::from_nanos(TICK_NS)
    }
    fn now(&self) -> Duration {
        Duration::from_nanos(Self::wall_nanos(self.read()))
    }
}

impl HostMonotonicClock for VirtualClock {
    fn resolution(&self) -> u64 {
        TICK_NS
    }
    fn now(&self) -> u64 {
        self.read()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleeping_moves_time_without_waiting() {
        let clock = VirtualClock::default();
        let before = HostMonotonicClock::now(&clock);
        clock.advance(3_600_000_000_000);
        let after = HostMonotonicClock::now(&clock);
        assert!(after - before >= 3_600_000_000_000);
    }
}
