//! The source-size cap: a program longer than `--max-source-bytes` (64 KiB
//! by default) is never run. It is judged by the harness before any sandbox
//! sees it: verdict `wrong`, status `too_large` (the sandbox's own status
//! for a program, or compiled code, it will not run), and an error naming
//! its size and the cap. The size is
//! that of the exact text that would run, after a completion is appended to
//! its prompt.

use crate::SampleOutcome;
use effgauge_sandboxes::Status;

pub use crate::config::DEFAULT_MAX_SOURCE_BYTES;

/// A program over the cap: its size and the cap, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub bytes: u64,
    pub cap: u64,
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the program is {} bytes, more than the {}-byte source cap",
            self.bytes, self.cap
        )
    }
}

/// Whether `source` may run under `cap` (a program of exactly `cap` bytes
/// may).
pub fn check(source: &str, cap: u64) -> Result<(), TooLarge> {
    let bytes = source.len() as u64;
    if bytes > cap {
        Err(TooLarge { bytes, cap })
    } else {
        Ok(())
    }
}

impl TooLarge {
    /// The outcome of a sample that was not run, for a problem of `levels`
    /// levels: wrong, status `too_large`, with no case reached, no cost and
    /// no memory.
    pub fn outcome(&self, levels: usize) -> SampleOutcome {
        SampleOutcome::not_run(levels, Status::TooLarge, self.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_is_inclusive_and_counts_bytes_not_characters() {
        assert_eq!(check("x = 1\n", 6), Ok(()));
        assert_eq!(check("x = 1\n", 5), Err(TooLarge { bytes: 6, cap: 5 }));
        // U+00A0 is two bytes of UTF-8.
        assert_eq!(check("\u{a0}", 1), Err(TooLarge { bytes: 2, cap: 1 }));
        assert_eq!(check("", DEFAULT_MAX_SOURCE_BYTES), Ok(()));
        let big = "#".repeat(70_000);
        let err = check(&big, DEFAULT_MAX_SOURCE_BYTES).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the program is 70000 bytes, more than the 65536-byte source cap"
        );
    }

    #[test]
    fn a_program_over_the_cap_is_wrong_without_having_run() {
        let outcome = TooLarge { bytes: 9, cap: 8 }.outcome(4);
        assert_eq!(outcome.verdict, crate::Verdict::Wrong);
        assert_eq!(outcome.status, Status::TooLarge);
        assert_eq!(outcome.failed_at, None);
        assert_eq!(outcome.level_cost, vec![None; 4]);
        assert_eq!(outcome.peak_memory_bytes, 0);
        assert_eq!(
            outcome.error.as_deref(),
            Some("the program is 9 bytes, more than the 8-byte source cap")
        );
    }
}
