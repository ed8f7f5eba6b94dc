//! Host cost of the values a guest returns: decoding time and heap bytes per
//! encoded byte, and the comparison's extra heap.
//! `cargo bench -p effgauge-sandboxes --bench host_decode`

use effgauge_sandboxes::{marshal, PyValue};
use num_bigint::BigInt;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// The system allocator, counting live and peak heap bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Runs `f`, returning its result, seconds taken and peak heap bytes above
/// what was live when it started.
fn measure<T>(f: impl FnOnce() -> T) -> (T, f64, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let started = Instant::now();
    let out = f();
    let seconds = started.elapsed().as_secs_f64();
    (out, seconds, PEAK.load(Ordering::Relaxed) - base)
}

fn report(name: &str, data: &[u8]) -> PyValue {
    let (value, seconds, peak) = measure(|| marshal::decode(data).expect("decodes"));
    println!(
        "{name}: {:.1} MB encoded, decoded in {:.1} ms, peak heap {:.1} MB = {:.2} bytes per encoded byte",
        data.len() as f64 / 1e6,
        seconds * 1e3,
        peak as f64 / 1e6,
        peak as f64 / data.len() as f64
    );
    value
}

fn main() {
    println!(
        "size_of::<PyValue>() = {} bytes",
        std::mem::size_of::<PyValue>()
    );

    // 1 << 8_000_000: once quadratic (25 s).
    let big = BigInt::from(1u8) << 8_000_000u32;
    let (data, seconds, _) = measure(|| marshal::encode(&PyValue::Int(big.clone())));
    println!("1 << 8_000_000: encoded in {:.1} ms", seconds * 1e3);
    let value = report("1 << 8_000_000", &data);
    assert_eq!(value, PyValue::Int(big));

    // [[None] * 6000] * 6000: 36 MB, once 6.1 GiB of host memory.
    let mut data = vec![b'['];
    data.extend_from_slice(&6000u32.to_le_bytes());
    for _ in 0..6000 {
        data.push(b'[');
        data.extend_from_slice(&6000u32.to_le_bytes());
        data.extend(std::iter::repeat_n(b'N', 6000));
    }
    let got = report("[[None] * 6000] * 6000", &data);
    let expected = marshal::decode(&data).expect("decodes");
    let (same, seconds, peak) = measure(|| got.equivalent(&expected));
    assert!(same);
    println!(
        "  equivalent: {:.1} ms, extra heap {} bytes",
        seconds * 1e3,
        peak
    );
    drop((got, expected));

    // The dict worst case: {None: None, ...} entries cannot be counted
    // ahead, so the entry vector grows by doubling while it is read.
    let mut data = vec![b'{'];
    for _ in 0..3_000_000 {
        data.extend_from_slice(b"NN");
    }
    data.push(b'0');
    drop(report("dict of 3_000_000 None: None entries", &data));

    // A set of 1_000_000 frozensets of two ints, compared with its reverse:
    // one vector of references per set of two or more items.
    let mut items: Vec<PyValue> = (0..1_000_000i64)
        .map(|i| {
            PyValue::FrozenSet(vec![
                PyValue::Int(BigInt::from(i)),
                PyValue::Int(BigInt::from(-i)),
            ])
        })
        .collect();
    let data = marshal::encode(&PyValue::Set(items.clone()));
    let got = report("set of 1_000_000 frozensets {i, -i}", &data);
    items.reverse();
    let expected = PyValue::Set(items);
    let (same, seconds, peak) = measure(|| got.equivalent(&expected));
    assert!(same);
    println!(
        "  equivalent with its reverse: {:.1} ms, extra heap {:.1} MB = {:.2} bytes per encoded byte",
        seconds * 1e3,
        peak as f64 / 1e6,
        peak as f64 / data.len() as f64
    );
}
