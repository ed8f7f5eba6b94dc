//! The fidelity benchmark: does fuel rank solutions as native CPython time
//! does?
//!
//! effgauge scores with fuel, not time, because fuel is exact and the same
//! on every machine; but a deterministic cost is only worth having if it
//! says what time would have said. This module is how that claim is
//! checked rather than assumed, and it sits beside the crate's jobs rather
//! than inside one because it uses all of them: the problems, their
//! prepared cases and the validator's runs.
//!
//! For every problem, every weighted level and every alternative the
//! validator measures uncensored (and right on every case), it compares the
//! alternative/reference cost ratio in fuel with the same ratio in native
//! CPython 3.11 wall time. A level's cost is the largest over its cases, as
//! in the validator's table. The fuel side is the validator's own run
//! ([`fuel_side`], in `fuel.rs`); the native side ([`native_side`], in
//! `native.rs`) runs `problems/fidelity/native_time.py` (embedded) with the
//! host's `python3.11`, fed the very marshal bytes the sandbox decodes.
//! [`stats`] holds the agreement figures, and [`work`] what a cost model
//! sees of each compared pair.

mod fuel;
mod native;
pub mod stats;
pub mod work;

pub use fuel::{fuel_side, FuelAlternative, FuelSide};
pub use native::{find_python, native_side, NativeOptions, NATIVE_SCRIPT};

use serde::Serialize;

/// A (problem, alternative, level) left out of the comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub problem: String,
    pub alternative: Option<String>,
    pub level: Option<usize>,
    pub reason: String,
}

/// One compared pair.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    pub problem: String,
    pub level: usize,
    pub alternative: String,
    pub reference_fuel: u64,
    pub alternative_fuel: u64,
    pub fuel_ratio: f64,
    pub reference_ns: f64,
    pub alternative_ns: f64,
    pub time_ratio: f64,
    /// Whether a call of the level was repeated inside one timing (it took
    /// less than the minimal timing).
    pub repeated: bool,
    /// With `--work`: what the cost model sees of the level's most
    /// expensive case, reference and alternative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_work: Option<work::LevelWork>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative_work: Option<work::LevelWork>,
}

impl Pair {
    /// How far the two ratios disagree: max(f/t, t/f) ≥ 1.
    pub fn disagreement(&self) -> f64 {
        let q = self.fuel_ratio / self.time_ratio;
        q.max(1.0 / q)
    }
}

/// The figures of a set of pairs.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    pub pairs: usize,
    /// Spearman's ρ of log(fuel ratio) vs log(time ratio).
    pub spearman: Option<f64>,
    /// Fraction of pairs whose ratios are within 1.5× of each other.
    pub within_1_5x: Option<f64>,
    /// Fraction of pairs whose ratios are on the same side of 2×.
    pub same_side_of_2x: Option<f64>,
    /// ... and of 1×.
    pub same_side_of_1x: Option<f64>,
}

impl Figures {
    pub fn of(pairs: &[Pair]) -> Figures {
        let ratios: Vec<(f64, f64)> = pairs.iter().map(|p| (p.fuel_ratio, p.time_ratio)).collect();
        let logs = |f: fn(&(f64, f64)) -> f64| ratios.iter().map(|r| f(r).ln()).collect::<Vec<_>>();
        Figures {
            pairs: pairs.len(),
            spearman: stats::spearman(&logs(|r| r.0), &logs(|r| r.1)),
            within_1_5x: stats::within_factor(&ratios, 1.5),
            same_side_of_2x: stats::same_side(&ratios, 2.0),
            same_side_of_1x: stats::same_side(&ratios, 1.0),
        }
    }
}
