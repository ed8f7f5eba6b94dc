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

use effgauge_sandboxes::{CallReport, ErrorOrigin, Status};
use serde::{Deserialize, Serialize};

/// Whose rules decide which limit hits are censored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    /// effgauge's: only honest slowness ([`censored`]).
    #[default]
    Effgauge,
    /// ENAMEL's evaluator's, for side-by-side numbers: running out of time
    /// or memory, and a `MemoryError` or `OverflowError` the candidate
    /// raises, all end the level as too slow; every other exception,
    /// `RecursionError` included, fails. A candidate can therefore raise
    /// `OverflowError` on a large input to be "too slow" instead of wrong,
    /// as it can under ENAMEL.
    Enamel,
}

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::Effgauge => "effgauge",
            Profile::Enamel => "enamel",
        }
    }

    /// Whether `call`, which did not finish `ok`, is censored under this
    /// profile on a case where the reference costs `reference_fuel`.
    pub fn censors(self, call: &CallReport, reference_fuel: u64) -> bool {
        match self {
            Profile::Effgauge => censored(call.status, call.cost.fuel, reference_fuel),
            Profile::Enamel => match call.status {
                Status::Timeout | Status::Memory => true,
                Status::Error if call.origin == Some(ErrorOrigin::Guest) => {
                    let text = call.error.as_deref().unwrap_or("");
                    let kind = text.split(':').next().unwrap_or("");
                    kind == "MemoryError" || kind == "OverflowError"
                }
                _ => false,
            },
        }
    }
}

impl std::str::FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "effgauge" => Ok(Profile::Effgauge),
            "enamel" => Ok(Profile::Enamel),
            other => Err(format!(
                "unknown profile '{other}' (expected effgauge or enamel)"
            )),
        }
    }
}

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
    use super::{censored, Profile};
    use effgauge_sandboxes::{CallReport, ErrorOrigin, Status};

    fn call(status: Status, error: &str, origin: ErrorOrigin) -> CallReport {
        let mut c = CallReport {
            status,
            ..CallReport::not_run()
        };
        c.error = Some(error.to_owned());
        c.origin = Some(origin);
        c
    }

    #[test]
    fn the_enamel_profile_follows_enamels_evaluator() {
        let guest = ErrorOrigin::Guest;
        let enamel = Profile::Enamel;
        assert!(enamel.censors(
            &call(Status::Timeout, "fuel limit exceeded", ErrorOrigin::Harness),
            9
        ));
        assert!(enamel.censors(
            &call(Status::Memory, "asked for more", ErrorOrigin::Harness),
            9
        ));
        assert!(enamel.censors(&call(Status::Error, "MemoryError", guest), 9));
        assert!(enamel.censors(
            &call(Status::Error, "OverflowError: int too large", guest),
            9
        ));
        assert!(!enamel.censors(
            &call(Status::Error, "RecursionError: maximum recursion", guest),
            9
        ));
        assert!(!enamel.censors(&call(Status::Error, "ValueError: x", guest), 9));
        assert!(!enamel.censors(&call(Status::Stack, "stack", ErrorOrigin::Harness), 9));
        // effgauge's own rule: a memory hit before the reference's fuel is wrong,
        // and an exception is never censored.
        let ours = Profile::Effgauge;
        assert!(!ours.censors(
            &call(Status::Memory, "asked for more", ErrorOrigin::Harness),
            9
        ));
        assert!(!ours.censors(&call(Status::Error, "MemoryError", guest), 9));
        assert_eq!("enamel".parse::<Profile>().unwrap(), Profile::Enamel);
        assert!("coffe".parse::<Profile>().is_err());
    }

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
