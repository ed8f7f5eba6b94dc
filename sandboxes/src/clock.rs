//! A virtual clock: the guest sees time, but never the host's.
//!
//! Real clocks would make results depend on the machine and let a candidate
//! measure its neighbours. The virtual clock starts at a fixed instant,
//! moves one microsecond per reading (so elapsed-time code never divides by
//! zero) and jumps forward when the guest sleeps, which therefore costs the
//! host nothing.
//!
//! Every operation saturates at `u64::MAX` nanoseconds (about 584 years):
//! the guest chooses its sleeps, and two `select.select([], [], [], 9e9)`
//! calls must not overflow (a panic in debug builds, time running backwards
//! in release).

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
        self.add(TICK_NS)
    }

    /// Nanoseconds since the guest started, without moving the clock.
    pub fn peek(&self) -> u64 {
        self.nanos.load(Ordering::Relaxed)
    }

    /// What a sleep does: move time forward.
    pub fn advance(&self, nanos: u64) {
        self.add(nanos);
    }

    /// Moves the clock, stopping at `u64::MAX`; returns the new reading.
    fn add(&self, nanos: u64) -> u64 {
        let previous = self
            .nanos
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |t| {
                Some(t.saturating_add(nanos))
            })
            .unwrap_or_else(|t| t);
        previous.saturating_add(nanos)
    }

    /// The wall-clock reading for a given virtual time (saturating).
    pub fn wall_nanos(virtual_nanos: u64) -> u64 {
        (WALL_EPOCH_SECS * 1_000_000_000).saturating_add(virtual_nanos)
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

    #[test]
    fn every_operation_saturates() {
        let clock = VirtualClock::default();
        // Two sleeps of 9e9 seconds: the wall clock is past u64::MAX.
        clock.advance(9_000_000_000_000_000_000);
        clock.advance(9_000_000_000_000_000_000);
        assert_eq!(clock.peek(), 18_000_000_000_000_000_000);
        assert_eq!(VirtualClock::wall_nanos(clock.peek()), u64::MAX);
        // A third: so is the virtual clock.
        clock.advance(9_000_000_000_000_000_000);
        assert_eq!(clock.peek(), u64::MAX);
        clock.advance(u64::MAX);
        assert_eq!(clock.read(), u64::MAX);
        assert_eq!(HostMonotonicClock::now(&clock), u64::MAX);
        assert_eq!(VirtualClock::wall_nanos(u64::MAX), u64::MAX);
        assert_eq!(HostWallClock::now(&clock), Duration::from_nanos(u64::MAX));
        assert_eq!(clock.peek(), u64::MAX);

        let near = VirtualClock::default();
        near.advance(u64::MAX - 1_500);
        assert_eq!(near.read(), u64::MAX - 500);
        assert_eq!(near.read(), u64::MAX);
        assert_eq!(VirtualClock::wall_nanos(0), WALL_EPOCH_SECS * 1_000_000_000);
    }
}
