//! Keeping the snapshot's heap resident from one case to the next.
//!
//! Every case runs in a fresh instance of the snapshot, and a case writes
//! to a few hundred of the heap's pages even when the candidate is trivial:
//! CPython keeps a reference count in every object, so merely looking up a
//! builtin writes to the page that holds it. With a fresh copy-on-write
//! mapping per instance each of those pages faulted on its first write,
//! and because the first touch of a reference count is a read, the write
//! that follows replaces a read-only mapping. With two or more threads
//! scoring at once, the kernel must then flush the other cores' TLBs: an
//! inter-processor interrupt per page, which in a virtual machine is an exit
//! to the hypervisor. On a 2-core VM that was half of the CPU time of
//! scoring ENAMEL's problems (perf: `native_write_msr`,
//! `smp_call_function_many_cond` under `do_wp_page`).
//!
//! Two things remove it. The engine uses wasmtime's pooling allocator with
//! `PAGEMAP_SCAN` (see `engine.rs`): when an instance ends, its slot's
//! written pages are copied back from the snapshot in place instead of
//! being unmapped, so the next instance on that slot finds them resident and
//! writable. And, here, the snapshot's heap (everything above the C stack's
//! top pages) is made resident and writable in one `MADV_POPULATE_WRITE`
//! before the guest runs, the first time a slot is used: populating pages
//! that are not mapped yet needs no TLB flush, and it makes the written
//! pages one contiguous region, which the allocator's scan (32 regions at
//! most; past that it unmaps) can keep.
//!
//! None of this changes what a guest sees or what fuel counts: it only
//! decides when the kernel copies a page. Where `PAGEMAP_SCAN` or
//! `MADV_POPULATE_WRITE` are missing (Linux before 6.7 or 5.14, other
//! systems) everything works as before, only slower.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// The interpreter's C stack, at the bottom of linear memory (the runtime
/// is linked with `--stack-first -z stack-size=` this; see
/// `runtime/build-python.sh`, checked by a test below).
pub(crate) const C_STACK_BYTES: usize = 64 << 20;

/// The top of the C stack that every case uses, made resident with the heap.
const STACK_TOP_BYTES: usize = 64 << 10;

const PAGE: usize = 4096;

/// Set when the kernel refused `MADV_POPULATE_WRITE`: no use asking again.
static UNSUPPORTED: AtomicBool = AtomicBool::new(false);

/// Makes the snapshot's heap in `memory` (an instance's whole linear memory,
/// as instantiated) resident and writable, unless it already is.
pub(crate) fn populate(memory: &mut [u8]) {
    let start = C_STACK_BYTES.saturating_sub(STACK_TOP_BYTES);
    if UNSUPPORTED.load(Ordering::Relaxed) || memory.len() <= start {
        return;
    }
    // Linear memory is page-aligned; aligning here keeps madvise's
    // contract for any slice.
    let skip = (memory[start..].as_ptr() as usize).next_multiple_of(PAGE)
        - memory[start..].as_ptr() as usize;
    let from = (start + skip).min(memory.len());
    let heap = &mut memory[from..];
    let len = heap.len() / PAGE * PAGE;
    if len == 0 || already_resident(heap.as_ptr() as usize, len) {
        return;
    }
    // SAFETY: the range lies inside `memory`, which this thread holds
    // exclusively; MADV_POPULATE_WRITE only faults pages in (as a write of
    // their current contents would), it never changes them.
    let status = unsafe {
        libc::madvise(
            heap.as_mut_ptr().cast::<libc::c_void>(),
            len,
            libc::MADV_POPULATE_WRITE,
        )
    };
    if status != 0 {
        UNSUPPORTED.store(true, Ordering::Relaxed);
    }
}

/// Whether the first and last pages of `[addr, addr + len)` are private,
/// present pages: then the slot was populated before and kept them.
fn already_resident(addr: usize, len: usize) -> bool {
    static PAGEMAP: OnceLock<Option<File>> = OnceLock::new();
    let Some(pagemap) = PAGEMAP.get_or_init(|| File::open("/proc/self/pagemap").ok()) else {
        return false;
    };
    [addr, addr + len - PAGE]
        .iter()
        .all(|&page| private_and_present(pagemap, page))
}

/// One `/proc/self/pagemap` entry: bit 63 present, bit 61 file-backed (or
/// shared). A private present page is one that was written or populated.
fn private_and_present(pagemap: &File, addr: usize) -> bool {
    let mut entry = [0u8; 8];
    let offset = (addr / PAGE * 8) as u64;
    if pagemap.read_exact_at(&mut entry, offset).is_err() {
        return false;
    }
    let entry = u64::from_le_bytes(entry);
    entry >> 63 & 1 == 1 && entry >> 61 & 1 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_c_stack_size_is_the_one_the_runtime_is_linked_with() {
        let script = include_str!("../runtime/build-python.sh");
        let line = script
            .lines()
            .find(|l| l.starts_with("C_STACK_BYTES="))
            .expect("build-python.sh sets C_STACK_BYTES");
        assert_eq!(line, format!("C_STACK_BYTES={C_STACK_BYTES}"));
    }

    #[test]
    fn populated_pages_read_as_resident_and_keep_their_contents() {
        let mut memory = vec![0u8; C_STACK_BYTES + 16 * PAGE];
        let n = memory.len();
        memory[n - 1] = 7;
        populate(&mut memory);
        assert_eq!(memory[n - 1], 7);
        if !UNSUPPORTED.load(Ordering::Relaxed) {
            let start = C_STACK_BYTES - STACK_TOP_BYTES;
            let addr = memory[start..].as_ptr() as usize;
            let aligned = addr.next_multiple_of(PAGE);
            assert!(already_resident(aligned, 8 * PAGE));
        }
    }
}
