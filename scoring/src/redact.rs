//! What a sample's error may say when the inputs are held out.
//!
//! An error a program raises is text the program wrote, and a program can
//! write its input into it: `raise ValueError(repr(values))`. Shown to the
//! one who submitted it, that reads the held-out inputs one case at a time,
//! and a table of the answers then scores as a correct program faster than
//! the reference (an adversary did exactly that through `effgauge serve`).
//! So under a salt every error is the harness's own words for how the
//! sample ended, chosen from its status alone; the guest's text, its
//! exception's type name included (a class name is text too), never
//! leaves the sandbox. On the published seeds the inputs are public, and
//! the guest's message is kept for debugging.

use crate::SampleOutcome;
use effgauge_sandboxes::Status;

/// Replaces the outcome's error with the harness's words for its status.
pub fn held_out(outcome: &mut SampleOutcome) {
    if outcome.error.is_some() {
        outcome.error = Some(words(outcome).to_owned());
    }
}

fn words(outcome: &SampleOutcome) -> &'static str {
    match outcome.status {
        Status::Wrong => "wrong answer",
        Status::Error => {
            "raised an exception, exited or failed to load (held-out inputs: the program's own \
             message is not shown)"
        }
        Status::Timeout => "ran out of fuel",
        Status::WallTimeout => "hit the wall-clock backstop",
        Status::Memory => "ran out of memory",
        Status::Stack => "overflowed the stack",
        Status::Crash => "crashed",
        Status::Tampered => "broke the metering protocol",
        Status::Output => "wrote more output than allowed",
        Status::Unverified => unverified(outcome),
        Status::TooLarge => "the program is larger than the source cap",
        Status::CompileError => "did not compile",
        Status::Ok | Status::NotRun => "failed",
    }
}

/// An unverified limit hit, by what its re-run did (no re-run: a stack
/// overflow, which is never verified).
fn unverified(outcome: &SampleOutcome) -> &'static str {
    match outcome.verification.as_ref().map(|v| v.status) {
        None => "overflowed the stack, which is not verified (a re-run would overflow again)",
        Some(Status::Wrong) => "hit a limit; re-run to verify its answer, it answered wrong",
        Some(Status::Timeout) => {
            "hit a limit; re-run to verify its answer, it ran out of fuel again"
        }
        Some(Status::Memory) => {
            "hit a limit; re-run to verify its answer, it ran out of memory again"
        }
        Some(_) => "hit a limit; re-run to verify its answer, it did not answer",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_guest_text_survives_and_public_errors_are_untouched() {
        let secret = "ValueError: (3, 1, 4, 1, 5)";
        for status in [
            Status::Error,
            Status::Wrong,
            Status::Timeout,
            Status::Unverified,
        ] {
            let mut outcome = SampleOutcome::not_run(4, status, secret.to_owned());
            held_out(&mut outcome);
            let error = outcome.error.unwrap();
            assert!(
                !error.contains("3, 1, 4") && !error.contains("ValueError"),
                "{error}"
            );
        }
        let mut fine = SampleOutcome::not_run(4, Status::Ok, String::new());
        fine.error = None;
        held_out(&mut fine);
        assert_eq!(fine.error, None);
    }
}
