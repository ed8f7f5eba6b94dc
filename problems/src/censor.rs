//! When hitting a limit counts as *censored* (correct, but too slow to
//! measure) rather than wrong. One rule, used by scoring and by the
//! validator's alternatives alike.
//!
//! Candidates are optimised against the score, so a limit hit must not be a
//! way out of being checked: a program that answers the small cases and then
//! allocates 2 GB at once on a large one has shown nothing about its speed.
//! Only honest slowness is censored: running out of fuel, or running out of
//! memory or stack after having spent at least the reference's fuel on the
//! case (a slow algorithm that also needs much memory). Everything else that
//! ends a call early (an instant memory bomb, the wall-clock backstop, too
//! much output, a crash) is wrong. ENAMEL, by contrast, passes any timeout
//! or `MemoryError`; this is a deliberate departure.

use effgauge_sandboxes::Status;

/// Whether a call that ended with `status`, after being charged
/// `fuel_spent` fuel, is censored on a case where the reference costs
/// `reference_fuel`. Where censoring applies at all (effgauge: levels
/// above 0) is the caller's decision; elsewhere a limit hit is wrong.
pub fn censored(status: Status, fuel_spent: u64, reference_fuel: u64) -> bool {
    match status {
        Status::Timeout => true,
        Status::Memory | Status::Stack => fuel_spent >= reference_fuel,
        Status::Ok
        | Status::Wrong
        | Status::Error
        | Status::WallTimeout
        | Status::Crash
        | Status::Tampered
        | Status::Output
        | Status::NotRun => false,
    }
}

#[cfg(test)]
mod tests {
    use super::censored;
    use effgauge_sandboxes::Status;

    const REFERENCE: u64 = 1_000_000;

    #[test]
    fn running_out_of_fuel_is_always_censored() {
        assert!(censored(Status::Timeout, 0, REFERENCE));
        assert!(censored(Status::Timeout, 3 * REFERENCE, REFERENCE));
    }

    #[test]
    fn memory_and_stack_are_censored_only_after_the_reference_fuel() {
        for status in [Status::Memory, Status::Stack] {
            assert!(!censored(status, 0, REFERENCE), "{status:?} at once");
            assert!(!censored(status, REFERENCE - 1, REFERENCE), "{status:?}");
            assert!(censored(status, REFERENCE, REFERENCE), "{status:?}");
            assert!(censored(status, 5 * REFERENCE, REFERENCE), "{status:?}");
        }
        // A reference that costs nothing: any memory hit is after its fuel.
        assert!(censored(Status::Memory, 0, 0));
    }

    #[test]
    fn every_other_status_is_never_censored() {
        for status in [
            Status::Ok,
            Status::Wrong,
            Status::Error,
            Status::WallTimeout,
            Status::Crash,
            Status::Tampered,
            Status::Output,
            Status::NotRun,
        ] {
            for fuel in [0, REFERENCE, u64::MAX] {
                assert!(!censored(status, fuel, REFERENCE), "{status:?} at {fuel}");
            }
        }
    }
}
