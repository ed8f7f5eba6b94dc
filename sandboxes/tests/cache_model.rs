//! The cache model (`cache-v1`): its fuel is `cost-v1`'s plus the price of
//! the simulated cache's misses and of moves within a buffer, exactly (up to the
//! rounding of half units per batch); the misses follow where the data
//! lives, copies stream; the figures are deterministic; misses count
//! against the per-call limit; and a program that knows its addresses
//! cannot aim its data at sets that are not simulated.

mod common;

use common::*;
use effgauge_sandboxes::{
    CostModel, Limits, RunReport, Runtime, SandboxEngine, Status, MISS_SCALE,
};
use std::sync::OnceLock;

fn cache_engine() -> &'static SandboxEngine {
    static ENGINE: OnceLock<SandboxEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        SandboxEngine::with_cost_model(
            Runtime::locate(None).expect("runtime built"),
            CostModel::CacheV1,
        )
        .expect("engine")
    })
}

fn per_miss() -> u64 {
    CostModel::CacheV1.weights().per_cache_miss
}

/// A dict of `n` entries probed in a scattered order: its table and entries
/// outgrow the cache once `n` is large.
const SCATTERED: &str = "def f(n):\n    d = {i * 7919 % (8 * n): i for i in range(n)}\n    keys = list(d)\n    s = 0\n    for _ in range(2):\n        for i in range(0, n * 61, 61):\n            s += d[keys[i % n]]\n    return s\n";

/// A 64-element list summed over and over: always in cache.
const HOT: &str = "def f(n):\n    xs = list(range(64))\n    s = 0\n    for _ in range(n):\n        s += sum(xs)\n    return s\n";

/// Bytes copied: a bulk copy's lines enter the cache too.
const COPY: &str = "def f(n):\n    b = bytearray(n)\n    c = bytes(b)\n    return len(c)\n";

/// A list emptied from the front.
const POP_FRONT: &str = "def f(n):\n    xs = list(range(n))\n    s = 0\n    while xs:\n        s += xs.pop(0)\n    return s\n";

/// The same 1 MiB copied whole, or in pieces of just under 16 KiB.
const WHOLE_OR_PIECES: &str = "def f(pieces):\n    b = bytes(1 << 20)\n    if not pieces:\n        return len(b[1:])\n    step = (16 << 10) - 1\n    return sum(len(b[i:i + step]) for i in range(0, len(b), step))\n";

/// ... then every 64th byte of the source read again.
const COPY_THEN_READ: &str = "def f(n):\n    b = bytearray(n)\n    c = bytes(b)\n    return sum(b[i] for i in range(0, n, 64)) + len(c)\n";

/// A job under a limit none of these programs reaches.
fn roomy(source: &str, args: &[i64]) -> effgauge_sandboxes::Job {
    let mut job = job(source, args);
    job.limits.fuel_per_call = Some(3_000_000_000);
    job
}

fn both(source: &str, args: &[i64]) -> (RunReport, RunReport) {
    let v1 = engine().run(roomy(source, args)).unwrap();
    let cache = cache_engine().run(roomy(source, args)).unwrap();
    for r in [&v1, &cache] {
        assert!(statuses(r).iter().all(|s| *s == Status::Ok), "{r:?}");
    }
    (v1, cache)
}

#[test]
fn cache_v1_is_cost_v1_plus_the_price_of_its_misses_and_moves() {
    for (source, args) in [
        (SCATTERED, &[1_000, 100_000][..]),
        (HOT, &[20_000][..]),
        (COPY, &[3_000_000][..]),
    ] {
        let (v1, cache) = both(source, args);
        // Compiling is charged to every case (the allowance is 0 here) and
        // misses there too; the bracket's misses (in multiples of a sampled
        // miss) are subtracted from every case.
        let sampled_miss = MISS_SCALE * per_miss() / 1000;
        let compile = cache.compile.fuel - v1.compile.fuel;
        let bracket = cache.bracket.fuel - v1.bracket.fuel;
        assert_eq!(bracket % sampled_miss, 0, "the bracket: {bracket}");
        for (a, b) in v1.calls.iter().zip(&cache.calls) {
            let w = b.work;
            let (misses, moves) = (w.cache_misses, w.buffer_move_bytes);
            let expected =
                a.cost.fuel + compile + CostModel::CacheV1.fuel(w) - CostModel::CostV1.fuel(w);
            // Half a unit per byte moved is rounded down in each batch.
            let batches = moves / (16 << 10) + 64;
            assert!(
                (b.cost.fuel + bracket).abs_diff(expected) <= batches,
                "{source}: cost-v1 {} + {w:?}: {} vs {expected}",
                a.cost.fuel,
                b.cost.fuel + bracket
            );
            let _ = misses;
            if moves == 0 {
                assert_eq!(b.cost.fuel + bracket, expected, "{source}");
            }
            assert_eq!(
                (a.work.moved_bytes, a.work.allocations, a.output.clone()),
                (b.work.moved_bytes, b.work.allocations, b.output.clone())
            );
            assert_eq!(a.work.cache_misses, 0, "cost-v1 simulates no cache");
        }
    }
}

#[test]
fn misses_follow_where_the_data_lives() {
    let (v1, cache) = both(SCATTERED, &[1_000, 100_000]);
    let rate = |i: usize| cache.calls[i].work.cache_misses as f64 / v1.calls[i].cost.fuel as f64;
    assert!(
        rate(1) > 5.0 * rate(0),
        "a 100 000-entry dict probed at random misses far more per operator than a 1 000-entry one: {} vs {}",
        rate(1),
        rate(0)
    );
    let (v1, cache) = both(HOT, &[20_000]);
    let hot = cache.calls[0].work.cache_misses as f64 / v1.calls[0].cost.fuel as f64;
    assert!(
        hot < rate(1) / 20.0,
        "a hot 64-element list barely misses: {hot} vs {}",
        rate(1)
    );
    assert!(cache.calls[0].work.cache_misses < 1000, "{hot}");
    // A copy of 3 MB streams: its lines (the source's and the destination's)
    // pass through the cache as stream misses, not ordinary ones.
    let (_, cache) = both(COPY, &[3_000_000]);
    let work = cache.calls[0].work;
    let lines = 3_000_000 / 64;
    assert!(work.cache_misses < 1000, "{work:?}");
    assert!(
        work.stream_misses > 2 * lines && work.stream_misses < 6 * lines,
        "{work:?}"
    );
    assert_eq!(work.buffer_move_bytes, 0, "no move within a buffer");
    // `list.pop(0)` moves the rest of the list within its buffer.
    let (_, cache) = both(POP_FRONT, &[2_000]);
    let moved = cache.calls[0].work.buffer_move_bytes;
    assert!(moved > 4 * 2_000 * 1_000 / 2, "{moved}");
    // ... and evicts what was there: reading the 3 MB zeroed before the copy
    // again misses on most of its lines.
    let (_, cache) = both(COPY_THEN_READ, &[3_000_000]);
    let lines = 3_000_000 / 64;
    let misses = cache.calls[0].work.cache_misses;
    assert!(
        misses > lines / 4 && misses < 2 * lines,
        "{misses} misses for {lines} lines read again"
    );
}

/// An adversary's program (round 2): a first version priced copies of 16
/// KiB and more at a dearer rate per byte, which paid a program to copy a
/// long source in pieces just under it. Copies are priced by their lines'
/// misses now: the pieces read the same 1 MiB source, which misses alike.
/// (Their destinations are one 16 KiB block reused, which stays in the
/// cache: natively cheaper too, and the one saving left.)
#[test]
fn copying_in_pieces_saves_nothing_on_the_source() {
    let (_, cache) = both(WHOLE_OR_PIECES, &[0, 1]);
    let [whole, pieces] = [0, 1].map(|i| cache.calls[i].work.stream_misses);
    let lines = (1 << 20) / 64;
    // Zeroing the source, then reading it: about two misses per line in
    // either program; the whole copy's new destination adds a third.
    assert!(
        pieces >= 2 * lines * 9 / 10 && whole >= 3 * lines * 9 / 10,
        "stream misses: {whole} whole, {pieces} in pieces, {lines} lines"
    );
    assert!(whole - pieces <= lines * 12 / 10, "{whole} vs {pieces}");
}

#[test]
fn the_figures_are_the_same_every_run() {
    let first = cache_engine().run(roomy(SCATTERED, &[50_000])).unwrap();
    let second = cache_engine().run(roomy(SCATTERED, &[50_000])).unwrap();
    assert_eq!(fuel(&first), fuel(&second));
    assert_eq!(first.calls[0].work, second.calls[0].work);
}

#[test]
fn misses_count_against_the_limit() {
    let (v1, cache) = both(SCATTERED, &[100_000]);
    let (ops, charged) = (v1.calls[0].cost.fuel, cache.calls[0].cost.fuel);
    assert!(charged > ops + 1_000_000, "{ops} vs {charged}");
    // A limit between the two: enough for the operators, not for the misses.
    let mut limited = job(SCATTERED, &[100_000]);
    limited.limits = Limits {
        fuel_per_call: Some((ops + charged) / 2),
        ..roomy(SCATTERED, &[]).limits
    };
    let report = cache_engine().run(limited.clone()).unwrap();
    assert_eq!(statuses(&report), vec![Status::Timeout], "{report:?}");
    let report = engine().run(limited).unwrap();
    assert_eq!(statuses(&report), vec![Status::Ok]);
}

/// An adversary's program (round 1): it knows its addresses
/// (`array.buffer_info()`) and reads 32 lines 64 KiB apart, all in one set,
/// over and over; mode 0 puts them in a set the fixed choice of sampled sets
/// never simulated, mode 1 in one it did (3.4× the fuel for the same native
/// time). With the sets chosen by a key the guest never sees, neither
/// choice is cheaper over keys.
const PLACEMENT: &str = "import array\ndef sampled(addr):\n    return ((addr >> 6) * 433) & 0x3C0 == 0\ndef f(mode):\n    k = 32\n    a = array.array('b', bytes((k + 2) * 65536))\n    base = a.buffer_info()[0]\n    o = 0\n    while sampled(base + o) != (mode != 0):\n        o += 64\n    s = 0\n    for r in range(300):\n        for off in range(o, o + k * 65536, 65536):\n            s += a[off]\n    return s\n";

#[test]
fn a_program_that_knows_its_addresses_cannot_aim_at_unsampled_sets() {
    let misses = |mode: i64, key: u64| {
        let mut job = roomy(PLACEMENT, &[mode]);
        job.cache_sampling_key = key;
        let report = cache_engine().run(job).unwrap();
        assert_eq!(statuses(&report), vec![Status::Ok]);
        report.calls[0].work.cache_misses
    };
    let keys = 0..32u64;
    let (hidden, shown): (Vec<u64>, Vec<u64>) = keys.map(|k| (misses(0, k), misses(1, k))).unzip();
    let (hidden_total, shown_total) = (hidden.iter().sum::<u64>(), shown.iter().sum::<u64>());
    assert!(
        hidden_total * 3 > shown_total && shown_total * 3 > hidden_total,
        "over keys the two placements are charged alike: {hidden_total} vs {shown_total}"
    );
    // Under some keys the program's set is sampled: every read of the hot
    // loop (32 lines × 300 rounds) then misses, at 16 each.
    let (low, high) = (hidden.iter().min().unwrap(), hidden.iter().max().unwrap());
    let hot = 32 * 300 * MISS_SCALE;
    assert!(
        high - low >= hot * 9 / 10,
        "the key moves the sampled sets: {low}..{high}"
    );
}
