//! A virtual clock: the guest sees time, but never the host's.
//!
//! Real clocks would make results depend on the machine and let a candidate
//! measure its neighbours. The virtual clock starts at a fixed instant,
//! moves one microsecond per reading (so elapsed-time code never divides by
//! zero) and jumps forward when the guest sleeps, which therefore costs the
//! host nothing.
//!
//! Every operation saturates at [`MAX_NANOS`] (`i64::MAX` nanoseconds, about
//! 292 years, the range of CPython's `_PyTime_t`): the guest chooses its
//! sleeps, and two `select.select([], [], [], 9e9)` calls must not overflow
//! (a panic in debug builds, time running backwards in release), nor give a
//! reading Python cannot convert.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use wasmtime_wasi::{HostMonotonicClock, HostWallClock};

/// 2024-01-01T00:00:00Z, the wall-clock time the guest starts at.
const WALL_EPOCH_SECS: u64 = 1_704_067_200;
/// How far each reading moves the clock.
const TICK_NS: u64 = 1_000;
/// The latest reading, virtual or wall: what CPython's `_PyTime_t` holds.
pub const MAX_NANOS: u64 = i64::MAX as u64;

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

    /// Moves the clock, stopping at [`MAX_NANOS`]; returns the new reading.
    fn add(&self, nanos: u64) -> u64 {
        let moved = |t: u64| t.saturating_add(nanos).min(MAX_NANOS);
        let previous = self
            .nanos
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |t| Some(moved(t)))
            .unwrap_or_else(|t| t);
        moved(previous)
    }

    /// The wall-clock reading for a given virtual time (saturating at
    /// [`MAX_NANOS`]).
    pub fn wall_nanos(virtual_nanos: u64) -> u64 {
        (WALL_EPOCH_SECS * 1_000_000_000)
            .saturating_add(virtual_nanos)
            .min(MAX_NANOS)
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
        // A sleep of 9e9 seconds: past what CPython's clock can hold, so the
        // clock stops at MAX_NANOS, and so does the wall clock.
        clock.advance(9_000_000_000_000_000_000);
        assert_eq!(clock.peek(), 9_000_000_000_000_000_000);
        assert_eq!(VirtualClock::wall_nanos(clock.peek()), MAX_NANOS);
        clock.advance(9_000_000_000_000_000_000);
        assert_eq!(clock.peek(), MAX_NANOS);
        clock.advance(u64::MAX);
        assert_eq!(clock.read(), MAX_NANOS);
        assert_eq!(HostMonotonicClock::now(&clock), MAX_NANOS);
        assert_eq!(VirtualClock::wall_nanos(u64::MAX), MAX_NANOS);
        assert_eq!(HostWallClock::now(&clock), Duration::from_nanos(MAX_NANOS));
        assert_eq!(clock.peek(), MAX_NANOS);

        let near = VirtualClock::default();
        near.advance(MAX_NANOS - 1_500);
        assert_eq!(near.read(), MAX_NANOS - 500);
        assert_eq!(near.read(), MAX_NANOS);
        assert_eq!(VirtualClock::wall_nanos(0), WALL_EPOCH_SECS * 1_000_000_000);
    }
}
