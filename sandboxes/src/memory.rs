//! The memory meter: what a case holds in memory, counted by the runtime.
//!
//! The runtime's allocation hooks (CPython's three allocator domains and
//! its arena allocator, the outermost call only) keep the bytes held in the
//! live blocks a program was given while the metered region ran (the import
//! and the call), each at its allocator's size (pymalloc's size class, the
//! libc allocator's usable size, or the arena size asked). Only blocks
//! allocated in the region count: the runtime marks them (two bits per 8
//! bytes), so releasing what existed before (the module's code, the input,
//! the interpreter's own objects) pays for nothing, as tracemalloc traces
//! only what it saw allocated. The count and its high-water mark go to the
//! host with every charge of the cost model (every 256 allocations or 16 KiB
//! moved, and before every marker). Compiled programs are measured by the
//! host instead: linear memory at its largest and the stack they reached
//! (`program::program_memory`). Nothing here depends on the host: the same
//! program and case give the same figures everywhere.
//!
//! Two figures come out of it:
//! * the **peak**: the most bytes held at once during the region;
//! * the **integral**: live bytes × fuel, summed between readings (the bytes
//!   held at a reading times the fuel spent until the next), in KiB·fuel —
//!   "memory over time", deterministic like fuel itself.

use serde::{Deserialize, Serialize};

/// What a case held in memory (both 0 where nothing was counted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MemoryUse {
    /// The most bytes held at once in the region, above its start.
    pub peak_live_bytes: u64,
    /// Σ live bytes × fuel between readings, in KiB·fuel.
    pub live_kib_fuel: u64,
}

impl MemoryUse {
    /// Each figure's larger value (a level's figures: its largest case's).
    pub fn max(self, other: MemoryUse) -> MemoryUse {
        MemoryUse {
            peak_live_bytes: self.peak_live_bytes.max(other.peak_live_bytes),
            live_kib_fuel: self.live_kib_fuel.max(other.live_kib_fuel),
        }
    }
}

/// Readings of one region, as they arrive.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct LiveMeter {
    /// Bytes held at the last reading (relative to the region's start).
    live: i64,
    /// Fuel used in the region at the last reading.
    used: u64,
    peak: i64,
    /// Byte·fuel (wide: a GiB held over 10¹¹ fuel overflows 64 bits).
    integral: u128,
}

impl LiveMeter {
    /// One reading: `live` bytes held now, `peak` the most since the last
    /// reading, with `used` fuel spent in the region so far.
    pub fn read(&mut self, live: i64, peak: i64, used: u64) {
        let span = used.saturating_sub(self.used);
        self.integral = self
            .integral
            .saturating_add(self.live.max(0) as u128 * span as u128);
        self.used = self.used.max(used);
        self.live = live;
        self.peak = self.peak.max(peak).max(live);
    }

    /// The figures so far.
    pub fn usage(&self) -> MemoryUse {
        MemoryUse {
            peak_live_bytes: self.peak.max(0) as u64,
            live_kib_fuel: u64::try_from(self.integral >> 10).unwrap_or(u64::MAX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integral_weighs_each_level_by_the_fuel_until_the_next_reading() {
        let mut m = LiveMeter::default();
        m.read(4096, 4096, 100); // nothing held before: 0
        m.read(1024, 8192, 300); // 4096 B over 200 fuel
        m.read(0, 1024, 1324); // 1024 B over 1024 fuel
        let u = m.usage();
        assert_eq!(u.peak_live_bytes, 8192);
        assert_eq!(u.live_kib_fuel, (4096 * 200 + 1024 * 1024) >> 10);
    }

    #[test]
    fn freeing_what_was_held_before_never_gives_negative_figures() {
        let mut m = LiveMeter::default();
        m.read(-5000, -100, 10);
        m.read(-4000, -3000, 20);
        assert_eq!(m.usage(), MemoryUse::default());
    }
}
