//! When hitting a limit counts as *censored* (correct, but too slow to
//! measure) rather than wrong.
//!
//! Candidates are optimised against the score, so a limit hit must never be
//! a way out of being checked: a program that answers the small cases and
//! spins (or allocates 2 GB) on the large ones has shown nothing, and if a
//! limit hit earned more than a wrong answer, "when unsure, loop" would be
//! the best policy a model could learn. So under effgauge's profile a limit
//! hit is only *provisionally* censored ([`Profile::on_limit`]): the case is
//! run once more under a verification budget ([`VerifyBudget`]: a
//! [`VERIFY_MULTIPLE`] of the limit it hit, with hard caps), and
//! only a correct answer there keeps the censored verdict. Anything else is
//! wrong, with status `unverified`. A stack overflow is never verified: the
//! stack is fixed by the runtime, so it would overflow again. The wall-clock
//! backstop, too much output or a crash are wrong at once. ENAMEL, by
//! contrast, passes any timeout or `MemoryError` (`--profile enamel`).
//!
//! The validator runs the suite's own alternatives, which are trusted, and
//! needs only a lower bound on their cost: it keeps the plain rule
//! [`censored`] (running out of fuel, or of memory or stack after the
//! reference's fuel), without re-runs.

use effgauge_sandboxes::{CallReport, ErrorOrigin, Status};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// How many times its fuel limit (and, after a memory hit, its memory cap)
/// a limit hit is re-run with to verify its answer (`--verify-multiple`).
/// Chosen from measurements: at 16, 191 of the bundled suite's 231 limit
/// hits verify (117 of 156 complexity slips) and 37 of HumanEval's 52
/// canonical ones, and the re-runs make scoring the bundled examples 2.5×
/// slower; see docs/figures.md, "Verifying limit hits".
pub const VERIFY_MULTIPLE: u64 = 16;
/// The largest fuel budget of a verification run, whatever the multiple:
/// about 20 s in the sandbox.
pub const VERIFY_FUEL_CAP: u64 = 100_000_000_000;
/// The largest memory of a verification run: all a wasm32 guest can have.
pub const VERIFY_MEMORY_CAP: u64 = 4 << 30;
/// The largest wall-clock backstop of a verification run.
pub const VERIFY_WALL_CAP: Duration = Duration::from_secs(600);

/// What to do with a call that hit a limit (or failed otherwise) at a level
/// above 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitRule {
    /// Correct but too slow, as it is (ENAMEL's rule).
    Censor,
    /// Censored only if a re-run under a [`VerifyBudget`] answers correctly.
    Verify,
    /// Wrong, with the call's own status.
    Wrong,
    /// Wrong with status `unverified`: a limit hit that cannot be verified.
    Unverifiable,
}

/// The limits of a verification run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifyBudget {
    pub fuel: u64,
    pub memory_bytes: u64,
    pub wall: Duration,
}

impl VerifyBudget {
    /// `multiple` times the case's fuel limit and wall-clock backstop, and
    /// for a memory hit (`memory_hit`) its memory too, each within its hard
    /// cap (never below what the case had). The memory that did not run out
    /// is not raised: every sample can provoke a re-run, so re-runs at 4 GiB
    /// for all would multiply the host's memory by the number of workers.
    pub fn new(
        multiple: u64,
        fuel_limit: u64,
        memory_bytes: u64,
        memory_hit: bool,
        wall: Duration,
    ) -> VerifyBudget {
        let raise = |v: u64, cap: u64| v.saturating_mul(multiple).min(cap).max(v);
        VerifyBudget {
            fuel: raise(fuel_limit, VERIFY_FUEL_CAP),
            memory_bytes: if memory_hit {
                raise(memory_bytes, VERIFY_MEMORY_CAP)
            } else {
                memory_bytes
            },
            wall: wall
                .saturating_mul(multiple.min(u32::MAX as u64) as u32)
                .min(VERIFY_WALL_CAP)
                .max(wall),
        }
    }
}

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

    /// What happens to `call`, which did not finish `ok`, at a level above
    /// 0 (at level 0 every failure is wrong).
    pub fn on_limit(self, call: &CallReport) -> LimitRule {
        match self {
            Profile::Effgauge => match call.status {
                Status::Timeout | Status::Memory => LimitRule::Verify,
                Status::Stack => LimitRule::Unverifiable,
                _ => LimitRule::Wrong,
            },
            Profile::Enamel if self.censors(call) => LimitRule::Censor,
            Profile::Enamel => LimitRule::Wrong,
        }
    }

    /// Whether `call`, which did not finish `ok`, is censored as it is
    /// under ENAMEL's rule (effgauge's censors nothing without verifying).
    fn censors(self, call: &CallReport) -> bool {
        match self {
            Profile::Effgauge => false,
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
        | Status::NotRun
        | Status::Unverified
        | Status::TooLarge
        | Status::CompileError => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{
        censored, LimitRule, Profile, VerifyBudget, VERIFY_FUEL_CAP, VERIFY_MEMORY_CAP,
        VERIFY_WALL_CAP,
    };
    use effgauge_sandboxes::{CallReport, ErrorOrigin, Status};
    use std::time::Duration;

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
        let harness = ErrorOrigin::Harness;
        let enamel = |status, text, origin| Profile::Enamel.on_limit(&call(status, text, origin));
        assert_eq!(enamel(Status::Timeout, "fuel", harness), LimitRule::Censor);
        assert_eq!(enamel(Status::Memory, "asked", harness), LimitRule::Censor);
        assert_eq!(
            enamel(Status::Error, "MemoryError", guest),
            LimitRule::Censor
        );
        assert_eq!(
            enamel(Status::Error, "OverflowError: int too large", guest),
            LimitRule::Censor
        );
        assert_eq!(
            enamel(Status::Error, "RecursionError: maximum recursion", guest),
            LimitRule::Wrong
        );
        assert_eq!(
            enamel(Status::Error, "ValueError: x", guest),
            LimitRule::Wrong
        );
        assert_eq!(enamel(Status::Stack, "stack", harness), LimitRule::Wrong);
        // A guest cannot pose as the harness: its own text saying MemoryError
        // under the harness's origin is what counts, not the words.
        assert_eq!(
            enamel(Status::Error, "MemoryError", harness),
            LimitRule::Wrong
        );
        assert_eq!("enamel".parse::<Profile>().unwrap(), Profile::Enamel);
        assert!("coffe".parse::<Profile>().is_err());
    }

    #[test]
    fn effgauge_verifies_every_fuel_or_memory_hit_and_censors_nothing_as_it_is() {
        let ours = |status| Profile::Effgauge.on_limit(&call(status, "x", ErrorOrigin::Harness));
        assert_eq!(ours(Status::Timeout), LimitRule::Verify);
        assert_eq!(ours(Status::Memory), LimitRule::Verify);
        assert_eq!(ours(Status::Stack), LimitRule::Unverifiable);
        for status in [
            Status::Error,
            Status::WallTimeout,
            Status::Crash,
            Status::Tampered,
            Status::Output,
            Status::Wrong,
            Status::TooLarge,
        ] {
            assert_eq!(ours(status), LimitRule::Wrong, "{status:?}");
        }
        // An exception is never censored, MemoryError included.
        let guest = call(Status::Error, "MemoryError", ErrorOrigin::Guest);
        assert_eq!(Profile::Effgauge.on_limit(&guest), LimitRule::Wrong);
    }

    #[test]
    fn the_verification_budget_is_a_multiple_within_hard_caps() {
        let wall = Duration::from_secs(60);
        let b = VerifyBudget::new(8, 1_000_000_000, 1 << 30, true, wall);
        assert_eq!(b.fuel, 8_000_000_000);
        assert_eq!(b.memory_bytes, VERIFY_MEMORY_CAP);
        // A fuel hit keeps its memory.
        let fuel_hit = VerifyBudget::new(8, 1_000_000_000, 1 << 30, false, wall);
        assert_eq!(fuel_hit.fuel, 8_000_000_000);
        assert_eq!(fuel_hit.memory_bytes, 1 << 30);
        assert_eq!(b.wall, Duration::from_secs(480));
        let long = VerifyBudget::new(8, 1, 1, true, Duration::from_secs(100));
        assert_eq!(long.wall, VERIFY_WALL_CAP);
        let big = VerifyBudget::new(8, VERIFY_FUEL_CAP, 1 << 20, true, Duration::from_secs(1));
        assert_eq!(big.fuel, VERIFY_FUEL_CAP);
        assert_eq!(big.memory_bytes, 8 << 20);
        assert_eq!(big.wall, Duration::from_secs(8));
        // Never below what the case had, even past a cap.
        let huge = VerifyBudget::new(8, 2 * VERIFY_FUEL_CAP, 1 << 33, true, wall);
        assert_eq!(huge.fuel, 2 * VERIFY_FUEL_CAP);
        assert_eq!(huge.memory_bytes, 1 << 33);
        assert_eq!(
            VerifyBudget::new(u64::MAX, u64::MAX, u64::MAX, true, wall).fuel,
            u64::MAX
        );
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
            Status::Unverified,
            Status::TooLarge,
        ] {
            for fuel in [0, REFERENCE, u64::MAX] {
                assert!(!censored(status, fuel, REFERENCE), "{status:?} at {fuel}");
            }
        }
    }
}
