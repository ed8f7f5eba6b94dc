//! The cost model: what a case's fuel charges besides wasmtime's operators.
//!
//! wasmtime's fuel counts one unit per executed WebAssembly operator. That is
//! exact and machine-independent, but two kinds of work cost native CPython
//! very differently from their operator counts:
//!
//! * **Moving bytes.** Native `memcpy`/`memmove`/`memset` move tens of bytes
//!   per nanosecond; musl's C loops, compiled to wasm, cost fuel per word.
//!   The runtime therefore replaces them (`runtime/effgauge_mem.c`) with
//!   bulk-memory instructions. wasmtime charges those one unit per byte;
//!   `cost-v1` sets that to zero and charges the bytes here instead, at the
//!   rate fitted against native time.
//! * **Allocating.** Allocator traffic and the cache misses of freshly
//!   allocated objects cost real time that operator counts do not see. The
//!   runtime counts each request to CPython's object and memory allocators
//!   and the bytes it asks for.
//!
//! The guest hands this work to the host in batches (`effgauge.charge`), at
//! deterministic points; the host turns it into fuel with the model's
//! integer weights and takes that fuel from the store, so the per-call limit
//! bounds it like any other work and results stay byte-identical. Each model
//! has a name recorded in every results file; `plain` is wasmtime's own fuel,
//! for comparison.

use crate::SandboxError;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use wasmtime::OperatorCost;

/// Work the guest reported, as the runtime counts it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Work {
    /// Bytes copied, moved or filled by memcpy, memmove and memset.
    pub moved_bytes: u64,
    /// Requests to CPython's object and memory allocators (realloc included).
    pub allocations: u64,
    /// Bytes those requests asked for.
    pub allocated_bytes: u64,
}

impl Work {
    pub(crate) fn add(&mut self, other: Work) {
        self.moved_bytes = self.moved_bytes.saturating_add(other.moved_bytes);
        self.allocations = self.allocations.saturating_add(other.allocations);
        self.allocated_bytes = self.allocated_bytes.saturating_add(other.allocated_bytes);
    }
}

/// Fuel per unit of work, in thousandths of a fuel unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Weights {
    pub per_moved_byte: u64,
    pub per_allocation: u64,
    pub per_allocated_byte: u64,
}

/// A named set of weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum CostModel {
    /// wasmtime's own fuel: one unit per operator and one per byte of a
    /// bulk copy or fill.
    #[serde(rename = "plain")]
    Plain,
    /// Operators plus half a fuel unit per byte copied, moved or filled;
    /// allocations are counted but, as fitted on half the bundled suite
    /// against native CPython 3.11, not charged (see docs/figures.md, "Fidelity").
    #[default]
    #[serde(rename = "cost-v1")]
    CostV1,
}

impl CostModel {
    pub const ALL: [CostModel; 2] = [CostModel::Plain, CostModel::CostV1];

    pub fn name(self) -> &'static str {
        match self {
            CostModel::Plain => "plain",
            CostModel::CostV1 => "cost-v1",
        }
    }

    pub fn weights(self) -> Weights {
        match self {
            CostModel::Plain => Weights {
                per_moved_byte: 0,
                per_allocation: 0,
                per_allocated_byte: 0,
            },
            // Fitted on half the suite (docs/figures.md, "Fidelity"): half a fuel
            // unit per byte moved fits native time better than wasmtime's
            // one per byte of a bulk copy; any charge for allocations made
            // the fit worse (CPython's own per-byte loops around its copies,
            // finding a string's widest character or hashing, already cost
            // fuel per byte).
            CostModel::CostV1 => Weights {
                per_moved_byte: 500,
                per_allocation: 0,
                per_allocated_byte: 0,
            },
        }
    }

    /// wasmtime's operator costs under this model: `None` keeps wasmtime's
    /// defaults (one unit per operator, and one per byte of a bulk copy or
    /// fill); `cost-v1` charges bulk copies and fills here instead (the
    /// guest counts their bytes), so their per-byte cost in wasmtime is 0.
    pub fn operator_cost(self) -> Result<Option<OperatorCost>, SandboxError> {
        match self {
            CostModel::Plain => Ok(None),
            CostModel::CostV1 => crate::operator_class::table(|_| 1).map(Some),
        }
    }

    /// The name and the weights, for cache keys: figures measured under
    /// other weights are never reused, even if someone changes a model's
    /// weights without renaming it.
    pub fn fingerprint(self) -> String {
        let w = self.weights();
        format!(
            "{}-{}.{}.{}",
            self.name(),
            w.per_moved_byte,
            w.per_allocation,
            w.per_allocated_byte
        )
    }

    /// The fuel charged for `work` (rounded down; the guest's batching points
    /// are deterministic, so the rounding is too).
    pub fn fuel(self, work: Work) -> u64 {
        let w = self.weights();
        let milli = u128::from(work.moved_bytes) * u128::from(w.per_moved_byte)
            + u128::from(work.allocations) * u128::from(w.per_allocation)
            + u128::from(work.allocated_bytes) * u128::from(w.per_allocated_byte);
        u64::try_from(milli / 1000).unwrap_or(u64::MAX)
    }
}

impl fmt::Display for CostModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for CostModel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        CostModel::ALL
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| format!("unknown cost model '{s}' (expected plain or cost-v1)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_charges_nothing_and_names_round_trip() {
        let work = Work {
            moved_bytes: 1 << 40,
            allocations: 1 << 30,
            allocated_bytes: 1 << 40,
        };
        assert_eq!(CostModel::Plain.fuel(work), 0);
        assert_eq!(CostModel::CostV1.fuel(work), (1u64 << 40) / 2);
        for m in CostModel::ALL {
            assert_eq!(m.name().parse::<CostModel>().unwrap(), m);
        }
        let huge = Work {
            moved_bytes: u64::MAX,
            allocations: u64::MAX,
            allocated_bytes: u64::MAX,
        };
        assert_eq!(CostModel::CostV1.fuel(huge), u64::MAX / 2);
    }
}
