//! The deterministic cache model behind `cache-v1`: a simulated data cache
//! over every load and store of the interpreter, whose misses the cost
//! model charges as fuel.
//!
//! Operator counts say nothing about where data lives. Natively, a
//! reference that walks a large dict, heap or tree waits on memory far more
//! than its operation count says, and an alternative that rescans a small
//! hot list waits on nothing (docs/figures.md, "Fidelity"). A cache is
//! deterministic given the addresses, and a fresh instance of the snapshot
//! per case makes the guest's addresses the same on every machine, so a
//! *simulated* cache keeps fuel exact and host-independent.
//!
//! **Copies.** A bulk copy's or fill's lines go through the cache (they
//! evict what was there, and a later read of an evicted line misses), but
//! their misses are counted apart, first touches included, at a price of
//! their own (a *stream miss*, a quarter of a fuel unit per byte of the
//! line): natively a long copy streams, prefetched, and charging its lines
//! as ordinary misses priced a 1 MiB copy at 4 to 7 times its native time
//! (measured by `problems/fidelity/copy_classes.py`). A copy of data in the
//! cache costs no more than `cost-v1`'s half unit per byte; a long one, whose
//! source was evicted and whose destination is new, about a full unit,
//! which is what native copies of 64 KiB and more cost on the suite's scale.
//! Splitting a long copy in pieces changes nothing: the pieces miss alike
//! (a first version priced copies by length, which paid a program to split
//! them). A move within one buffer (overlapping ranges: `list.pop(0)`,
//! `del a[:k]`) costs another half unit per byte: its 4-byte pointers stand
//! for CPython's 8-byte ones (it measured 2.3 to 2.5 times too cheap).
//!
//! **How it is added.** The pre-initialised interpreter is rewritten before
//! it is compiled ([`instrument`], in `rewrite.rs`): after every load and
//! store of linear memory (before every `memory.copy` and `memory.fill`,
//! over each line of their ranges) a call hands the address to a function
//! the rewrite appends (`sim.rs`). That function keeps the cache's tags in
//! a second memory the interpreter cannot name and counts misses in a
//! global the host reads ([`MISSES_EXPORT`]).
//!
//! **Why the simulation costs no fuel.** wasmtime's fuel is a cost per
//! operator kind, so the simulation's own operators would be charged like
//! the interpreter's. Under `cache-v1` every operator kind costs 0 except
//! `nop`, which costs 1; the rewrite puts one `nop` before each of the
//! interpreter's own operators that costs 1 under `cost-v1` (all but
//! `block`, `loop`, `end`, `else`, `drop`, `return`, `unreachable`, which
//! cost 0 there). The compiled `nop`s emit no code, the interpreter's fuel
//! is exactly its `cost-v1` fuel at every point where wasmtime checks or
//! reports it, and the added operators, which carry no `nop`, are free.
//! `clang` emits no `nop`, and the rewrite refuses a module that has one.
//!
//! **The cache.** 512 KiB, 64-byte lines, 8 ways with least-recently-used
//! replacement, empty at the start of every case (a fresh instance), as the
//! issue that asked for it suggested from the native fit (wasm32's 4-byte
//! pointers make a 512 KiB cache hold what about 700 KiB holds natively).
//!
//! **Only the metered region.** The simulation starts empty when the
//! region (the import and the call) begins and stops when it ends: the
//! input, decoded just before, is warm natively too (a first version that
//! simulated from the instance's start charged every case of a problem the
//! same ~18,000 misses for reading its input once).
//!
//! **Compulsory misses.** The first touch of a line in the region is not
//! charged, only a miss on a line touched before (one evicted since: a
//! capacity or conflict miss). Natively the interpreter's own state
//! is warm when a call starts; charging its first touches in every fresh
//! instance (the first version did) added the same ~1 M fuel to every small
//! case and pulled the small levels' ratios toward 1 (`fewest-inspection-
//! moments` L1: 10.6 in `cost-v1`, 4.5 with cold misses, 41 natively).
//! *Set sampling*: only 64 of the 1,024 sets are simulated and each sampled
//! miss counts as 16; the other accesses cost a shift, a xor, a multiply and
//! a compare. Which sets is a keyed bijection of the set index
//! ([`Job::cache_sampling_key`](crate::Job)): a program can know its own
//! addresses (`id()`, `array.buffer_info()`), and with a fixed choice an
//! adversary put its hot data 64 KiB apart in one set that is never
//! simulated (3.4× less fuel than the same program in a sampled set). The
//! key is the host's; scoring derives it from the problem and the salt. An access that straddles two lines
//! counts as its first line; a bulk copy reads its source's lines, then
//! writes its destination's.

mod rewrite;
mod sim;

pub(crate) use rewrite::instrument;

/// The export of the sampled-miss counter (an `i64` global).
pub const MISSES_EXPORT: &str = "effgauge_cache_misses";
/// The exports of the sampling key's halves (`i32` globals the host sets
/// before a case runs).
pub const MIX_EXPORT: &str = "effgauge_cache_mix";
pub const FLIP_EXPORT: &str = "effgauge_cache_flip";
/// The export of how many sets are sampled now (`i32`; 0 outside the
/// metered region).
pub const LIMIT_EXPORT: &str = "effgauge_cache_sampled_sets";
/// The export of the count of bytes moved within one buffer (`i64`).
pub const MOVES_EXPORT: &str = "effgauge_buffer_move_bytes";
/// The export of the sampled misses of copies' and fills' lines (`i64`).
pub const STREAM_MISSES_EXPORT: &str = "effgauge_cache_stream_misses";
/// Bumped when the simulated cache or its rewrite changes: part of the
/// compiled snapshot's cache key and of `cache-v1`'s fingerprint.
/// 2: the sampled sets chosen by a key. 3: compulsory misses not charged.
/// 4: copies stream (no misses), long copies and moves priced dearer.
/// 5: only the metered region is simulated. 6: copies' lines priced by
/// their own misses instead of by length (a length rule paid to split).
pub const CACHE_MODEL_VERSION: u32 = 6;

/// log2 of the line size in bytes.
pub(crate) const LINE_SHIFT: i32 = 6;
/// Sets in the simulated cache (a power of two).
pub(crate) const SETS: i32 = 1024;
/// Ways per set (unrolled in the simulation).
pub(crate) const WAYS: i32 = 8;
/// Sets simulated, out of [`SETS`]; a sampled miss counts `SETS / SAMPLED_SETS`.
pub(crate) const SAMPLED_SETS: i32 = 64;

/// The sampling key's halves: an odd multiplier and a mask, from a
/// SplitMix64 step of the key (so that every key, 0 included, gives a
/// scrambled choice of sets).
pub(crate) fn sampling_key_halves(key: u64) -> (u32, u32) {
    let mut z = key.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    ((z as u32) | 1, (z >> 32) as u32)
}

/// The host's handles on an instance of the rewritten interpreter.
#[derive(Clone, Copy)]
pub(crate) struct CacheGlobals {
    /// Sampled misses, bytes moved within a buffer, sampled misses of
    /// copies' lines.
    pub counters: [wasmtime::Global; 3],
    /// How many sets are sampled now.
    limit: wasmtime::Global,
    /// The sampling key's halves.
    key: [wasmtime::Global; 2],
}

impl CacheGlobals {
    /// `None` for an interpreter without the simulation.
    pub(crate) fn of(
        instance: &wasmtime::Instance,
        mut store: impl wasmtime::AsContextMut,
    ) -> Option<CacheGlobals> {
        Some(CacheGlobals {
            counters: [
                instance.get_global(&mut store, MISSES_EXPORT)?,
                instance.get_global(&mut store, MOVES_EXPORT)?,
                instance.get_global(&mut store, STREAM_MISSES_EXPORT)?,
            ],
            limit: instance.get_global(&mut store, LIMIT_EXPORT)?,
            key: [
                instance.get_global(&mut store, MIX_EXPORT)?,
                instance.get_global(&mut store, FLIP_EXPORT)?,
            ],
        })
    }

    /// Sets the sampling key (before the case runs).
    pub(crate) fn set_sampling_key(
        self,
        mut store: impl wasmtime::AsContextMut,
        key: u64,
    ) -> wasmtime::Result<()> {
        let (mix, flip) = sampling_key_halves(key);
        for (global, value) in self.key.into_iter().zip([mix, flip]) {
            global.set(&mut store, wasmtime::Val::I32(value as i32))?;
        }
        Ok(())
    }

    /// Starts or stops the simulation (the metered region's markers).
    pub(crate) fn simulate(
        self,
        store: impl wasmtime::AsContextMut,
        on: bool,
    ) -> wasmtime::Result<()> {
        let sets = if on { SAMPLED_SETS } else { 0 };
        self.limit.set(store, wasmtime::Val::I32(sets))
    }
}

/// The simulated cache's counts since the last reading, as work (`None`
/// without a cache or with nothing new), marked read.
pub(crate) fn work_since_last_reading(
    mut store: impl wasmtime::AsContextMut<Data = crate::host::Host>,
) -> Option<crate::Work> {
    let mut store = store.as_context_mut();
    let globals = store.data().cache?.counters;
    let totals = globals.map(|g| g.get(&mut store).i64().unwrap_or(0) as u64);
    let host = store.data_mut();
    let new = [0, 1, 2].map(|i| totals[i].saturating_sub(host.cache_charged[i]));
    host.cache_charged = totals;
    (new != [0; 3]).then(|| crate::Work {
        cache_misses: new[0].saturating_mul(MISS_SCALE),
        buffer_move_bytes: new[1],
        stream_misses: new[2].saturating_mul(MISS_SCALE),
        ..crate::Work::default()
    })
}

/// Misses each sampled miss stands for.
pub const MISS_SCALE: u64 = (SETS / SAMPLED_SETS) as u64;
