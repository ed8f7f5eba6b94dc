//! What the judge decides about a program: per case a [`Fate`], and for the
//! whole run a [`SampleOutcome`], the record scoring journals and scores.

use effgauge_metrics::Verdict;
use effgauge_sandboxes::{MemoryUse, Status};
use serde::{Deserialize, Serialize};

/// What one case came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Fate {
    /// Answered right.
    Right,
    /// Answered, and the answer is wrong; the checker's reason if it gave one.
    Wrong(Option<String>),
    /// Failed otherwise (an exception, a crash, a limit hit that is not
    /// censored): its call's status says how.
    Failed,
    /// Hit a limit that counts as too slow rather than wrong.
    Censored,
    /// Not run: an earlier case stopped the run.
    NotRun,
}

/// What a program did over a problem's cases, enough to score it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SampleOutcome {
    pub verdict: Verdict,
    /// The sandbox status that decided the verdict (`ok` when correct).
    pub status: Status,
    /// (level, case) of the first case that was not right.
    pub failed_at: Option<(u32, u32)>,
    pub error: Option<String>,
    /// Per level, the slowest case under the meter; `None` from where it stopped.
    pub level_cost: Vec<Option<u64>>,
    /// Per level, the memory meter's largest figures over its cases; `None`
    /// from where it stopped (empty in outcomes cached before it existed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub level_memory: Vec<Option<MemoryUse>>,
    pub peak_memory_bytes: u64,
    /// The re-run that checked a limit hit's answer, if there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    /// What the compiler found legal but suspicious (C++: `long`, which is
    /// 32 bits in wasm32); empty for Python.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// The re-run of a case that hit a limit, under a verification budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verification {
    /// Its fuel limit (on the charged cost, as every call's).
    pub fuel_limit: u64,
    pub memory_bytes: u64,
    /// How it ended: `ok` (a correct answer: censored), `wrong`, or the
    /// limit or failure that ended it.
    pub status: Status,
    /// What it was charged (at most the limit).
    pub fuel: u64,
}

impl SampleOutcome {
    /// The outcome of a program that was never run: wrong, with `status`
    /// and `error`, no case reached, no cost and no memory.
    pub fn not_run(levels: usize, status: Status, error: String) -> SampleOutcome {
        SampleOutcome {
            verdict: Verdict::Wrong,
            status,
            failed_at: None,
            error: Some(error),
            level_cost: vec![None; levels],
            level_memory: vec![None; levels],
            peak_memory_bytes: 0,
            verification: None,
            warnings: Vec::new(),
        }
    }
}
