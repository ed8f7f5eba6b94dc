//! The pool of instance slots every case runs in.
//!
//! wasmtime's pooling allocator reserves a fixed number of slots (memory,
//! table, instance state) up front and reuses them, which is what lets a
//! slot keep the snapshot's pages resident from one case to the next (see
//! [`crate::resident`]). Its size is fixed when the engine is made, so the
//! engine also counts free slots and makes a run beyond them wait.

use std::sync::{Condvar, Mutex};
use wasmtime::{Enabled, PoolingAllocationConfig};

/// Instances one engine keeps slots for: runs beyond it wait for a slot
/// (see [`Slots`]) rather than fail.
pub const POOL_SLOTS: u32 = 64;

/// Written pages of a slot that are copied back from the snapshot when its
/// instance ends instead of being unmapped, so that the next case on the
/// slot does not fault on them again (see [`crate::resident`]). The
/// snapshot's heap is ~7 MiB; the rest is room for the C stack's top and a
/// case's own heap.
const KEEP_RESIDENT_BYTES: usize = 64 << 20;

/// The pooling allocator behind every instance (see [`crate::resident`]).
/// Each slot reserves address space for a full 4 GiB wasm32 memory, so any
/// [`crate::Limits::memory_bytes`] fits; the store's limiter enforces the cap.
/// With `cache`, an instance has a second memory: the simulated cache's
/// tags (see [`crate::cache_model`]).
pub(crate) fn config(cache: bool) -> PoolingAllocationConfig {
    let memories = if cache { 2 } else { 1 };
    let mut pool = PoolingAllocationConfig::new();
    pool.total_core_instances(POOL_SLOTS)
        .max_memories_per_module(memories)
        .total_memories(POOL_SLOTS * memories)
        .total_tables(POOL_SLOTS)
        .total_stacks(0)
        .total_component_instances(0)
        .max_unused_warm_slots(POOL_SLOTS)
        .linear_memory_keep_resident(KEEP_RESIDENT_BYTES)
        .table_keep_resident(1 << 20)
        .pagemap_scan(Enabled::Auto);
    pool
}

/// Counts the pool's free slots, so that more concurrent runs than
/// [`POOL_SLOTS`] queue instead of failing to instantiate.
pub(crate) struct Slots {
    free: Mutex<u32>,
    freed: Condvar,
}

impl Slots {
    pub(crate) fn new(capacity: u32) -> Slots {
        Slots {
            free: Mutex::new(capacity),
            freed: Condvar::new(),
        }
    }

    pub(crate) fn acquire(&self) -> SlotGuard<'_> {
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            free = self.freed.wait(free).unwrap_or_else(|e| e.into_inner());
        }
        *free -= 1;
        SlotGuard(self)
    }
}

pub(crate) struct SlotGuard<'a>(&'a Slots);

impl Drop for SlotGuard<'_> {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.0.freed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::Slots;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    #[test]
    fn a_run_beyond_the_pool_waits_for_a_slot() {
        let slots = Slots::new(2);
        let first = slots.acquire();
        let _second = slots.acquire();
        let third_got_one = AtomicBool::new(false);
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let _third = slots.acquire();
                third_got_one.store(true, Ordering::SeqCst);
            });
            std::thread::sleep(Duration::from_millis(100));
            assert!(!third_got_one.load(Ordering::SeqCst));
            drop(first);
        });
        assert!(third_got_one.load(Ordering::SeqCst));
    }
}
