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
//! `PAGEMAP_SCAN` (see `pool.rs`): when an instance ends, its slot's
//! written pages are copied back from the snapshot in place instead of
//! being unmapped, so the next instance on that slot finds them resident and
//! writable, and a slot converges on the union of the pages its cases
//! write. But the allocator's scan reports 32 runs of such pages at most
//! and unmaps everything after the 32nd, and CPython's written pages are
//! scattered over the heap in many more runs. So, here, before the guest
//! runs, the smallest gaps between the runs a slot holds are filled (made
//! resident and writable with `MADV_POPULATE_WRITE`) until 16 runs remain:
//! a few pages copied once per slot keep the rest resident for good.
//! (Populating the whole 7 MiB heap instead also works, at 5 % more CPU:
//! every page resident is copied back after every case.)
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

/// The host's page size: what `/proc/self/pagemap` has an entry for and
/// `madvise` aligns to (4 KiB on x86-64, 16 or 64 KiB on some arm64).
fn page() -> usize {
    static PAGE: OnceLock<usize> = OnceLock::new();
    // SAFETY: sysconf only reads a system constant.
    *PAGE.get_or_init(|| match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
        size if size > 0 => size as usize,
        _ => 4096,
    })
}

/// Set when the kernel refused `MADV_POPULATE_WRITE`: no use asking again.
static UNSUPPORTED: AtomicBool = AtomicBool::new(false);

/// Runs of resident pages the slot may hold before gaps are filled: the
/// allocator's scan reports 32 at most and unmaps everything after the
/// 32nd, so the rest of the runs must stay well below that.
const MAX_RUNS: usize = 16;

/// Prepares an instance's linear memory, as instantiated, before the guest
/// runs: where the pages the slot kept from earlier cases form more than
/// [`MAX_RUNS`] runs, fills the smallest gaps between them (makes those
/// pages resident and writable) so that the slot can keep them all.
///
/// Pages are never made resident for their own sake: a slot starts empty,
/// keeps what its cases wrote, and so converges on the union of the pages
/// cases write (a few MiB of the snapshot's heap), copied back once per
/// case instead of faulted in page by page.
pub(crate) fn merge_resident_runs(memory: &mut [u8]) {
    let start = C_STACK_BYTES.saturating_sub(STACK_TOP_BYTES);
    let page = page();
    if UNSUPPORTED.load(Ordering::Relaxed) || memory.len() <= start + page {
        return;
    }
    let base = memory.as_mut_ptr() as usize;
    let first = (base + start).next_multiple_of(page);
    let pages = (base + memory.len() - first) / page;
    let Some(resident) = resident_pages(first, pages) else {
        return;
    };
    for (from, to) in gaps_to_fill(&resident, MAX_RUNS) {
        // SAFETY: the range lies inside `memory`, which this thread holds
        // exclusively; MADV_POPULATE_WRITE only faults pages in (as a write
        // of their current contents would), it never changes them.
        let status = unsafe {
            libc::madvise(
                (first + from * page) as *mut libc::c_void,
                (to - from) * page,
                libc::MADV_POPULATE_WRITE,
            )
        };
        if status != 0 {
            UNSUPPORTED.store(true, Ordering::Relaxed);
            return;
        }
    }
}

/// Which of `pages` pages from `addr` are private and present (written
/// before, or populated), from `/proc/self/pagemap`: bit 63 present, bit 61
/// file-backed or shared. `None` where the file cannot be read.
fn resident_pages(addr: usize, pages: usize) -> Option<Vec<bool>> {
    static PAGEMAP: OnceLock<Option<File>> = OnceLock::new();
    let pagemap = PAGEMAP
        .get_or_init(|| File::open("/proc/self/pagemap").ok())
        .as_ref()?;
    let mut entries = vec![0u8; pages * 8];
    pagemap
        .read_exact_at(&mut entries, (addr / page() * 8) as u64)
        .ok()?;
    Some(
        entries
            .chunks_exact(8)
            .map(|e| {
                let e = u64::from_le_bytes(e.try_into().expect("8 bytes"));
                e >> 63 & 1 == 1 && e >> 61 & 1 == 0
            })
            .collect(),
    )
}

/// The gaps (page ranges) to fill so that the runs of `true` in `resident`
/// number at most `max_runs`: the smallest gaps between runs first (fewest
/// pages copied for each run merged).
fn gaps_to_fill(resident: &[bool], max_runs: usize) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (i, &r) in resident.iter().enumerate() {
        match runs.last_mut() {
            Some((_, end)) if r && *end == i => *end = i + 1,
            _ if r => runs.push((i, i + 1)),
            _ => {}
        }
    }
    if runs.len() <= max_runs {
        return Vec::new();
    }
    let mut gaps: Vec<(usize, usize)> = runs.windows(2).map(|w| (w[0].1, w[1].0)).collect();
    gaps.sort_by_key(|&(from, to)| (to - from, from));
    gaps.truncate(runs.len() - max_runs);
    gaps.sort_unstable();
    gaps
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
    fn the_smallest_gaps_are_filled_until_few_enough_runs_remain() {
        let map = |s: &str| s.chars().map(|c| c == '#').collect::<Vec<bool>>();
        // Runs: [0,2) [3,4) [7,8) [9,12): gaps of 1, 3 and 1 pages.
        let resident = map("##.#...#.###..");
        assert_eq!(gaps_to_fill(&resident, 4), vec![]);
        assert_eq!(gaps_to_fill(&resident, 3), vec![(2, 3)]);
        assert_eq!(gaps_to_fill(&resident, 2), vec![(2, 3), (8, 9)]);
        assert_eq!(gaps_to_fill(&resident, 1), vec![(2, 3), (4, 7), (8, 9)]);
        assert_eq!(gaps_to_fill(&map("...."), 1), vec![]);
    }

    #[test]
    fn filled_gaps_read_as_resident_and_keep_their_contents() {
        // 32 MiB of which every other page is written: thousands of runs.
        let page = page();
        let pages = (32 << 20) / page;
        let mut memory = vec![0u8; C_STACK_BYTES + (32 << 20)];
        let start = C_STACK_BYTES;
        for i in (0..pages).step_by(2) {
            memory[start + i * page + 1] = 7;
        }
        merge_resident_runs(&mut memory);
        if UNSUPPORTED.load(Ordering::Relaxed) {
            return;
        }
        let first = (memory.as_ptr() as usize + start).next_multiple_of(page);
        let resident = resident_pages(first, pages - 1).expect("pagemap readable");
        let runs = resident.windows(2).filter(|w| !w[0] && w[1]).count() + usize::from(resident[0]);
        assert!(runs <= MAX_RUNS, "{runs} runs");
        assert!(memory[start + 1..]
            .iter()
            .step_by(2 * page)
            .all(|&b| b == 7));
        assert!(memory[start + page..start + 2 * page]
            .iter()
            .all(|&b| b == 0));
    }
}
