//! Prints the sandbox's figures for docs/figures.md: making the pre-initialised
//! snapshot, loading it from the cache, the per-case overhead (a fresh
//! instance, restore and import of a small candidate), runs per second on
//! every core, and how much slower than native CPython a CPU-bound loop runs.
//! `cargo bench -p effgauge-sandboxes --bench sandbox`

use effgauge_sandboxes::{CallSpec, Job, PyValue, Runtime, SandboxEngine};
use num_bigint::BigInt;
use std::process::Command;
use std::time::Instant;

const LOOP: &str = "def f(n):\n    total = 0\n    for i in range(n):\n        total += i * i % 7\n    return total\n";
const LOOP_N: i64 = 3_000_000;

fn job(n: i64) -> Job {
    Job::new(
        LOOP,
        "f",
        vec![CallSpec::new(&[PyValue::Int(BigInt::from(n))])],
    )
}

fn main() {
    let runtime = Runtime::locate(None).expect("build the runtime first");
    println!("machine: {} cores; {}", cores(), cpu_model());
    // The snapshot made from scratch in an empty cache, then loaded.
    let scratch = std::env::temp_dir().join(format!("effgauge-bench-{}", std::process::id()));
    std::env::set_var("EFFGAUGE_CACHE_DIR", &scratch);
    let made = SandboxEngine::new(runtime.clone()).expect("engine");
    println!(
        "pre-initialise + snapshot + compile (once per machine): {:.1} s (from_cache = {})",
        made.module_load().duration.as_secs_f64(),
        made.module_load().from_cache
    );
    drop(made);
    let engine = SandboxEngine::new(runtime).expect("engine");
    let _ = std::fs::remove_dir_all(&scratch);
    let load = engine.module_load();
    println!(
        "module load from cache: {:.1} ms (from_cache = {})",
        load.duration.as_secs_f64() * 1e3,
        load.from_cache
    );

    let runs = 20;
    let started = Instant::now();
    let mut last = None;
    for _ in 0..runs {
        last = Some(engine.run(job(1)).expect("run"));
    }
    let per_run = started.elapsed().as_secs_f64() / runs as f64;
    let r = last.expect("ran");
    println!(
        "per case: instantiate + restore {} fuel, {:.2} ms; import of a small candidate {} fuel, {:.2} ms; whole job of one trivial case: {:.2} ms",
        r.startup.fuel,
        r.startup.wall_ns as f64 / 1e6,
        r.import.fuel,
        r.import.wall_ns as f64 / 1e6,
        per_run * 1e3
    );
    let cases = 200;
    let many = Job::new(
        LOOP,
        "f",
        (0..cases)
            .map(|_| CallSpec::new(&[PyValue::Int(BigInt::from(1))]))
            .collect(),
    );
    let started = Instant::now();
    let r = engine.run(many).expect("run");
    assert_eq!(r.instances, cases);
    println!(
        "per-case overhead over {cases} trivial cases (each a fresh instance, import included): {:.2} ms wall, {} fuel charged per case",
        started.elapsed().as_secs_f64() * 1e3 / f64::from(cases),
        r.calls[0].cost.fuel
    );

    let threads = cores();
    let per_thread = 20;
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                for _ in 0..per_thread {
                    engine.run(job(1)).expect("run");
                }
            });
        }
    });
    let rate = (threads * per_thread) as f64 / started.elapsed().as_secs_f64();
    println!("runs/s on {threads} threads (trivial candidate, fresh instance each): {rate:.1}");

    let r = engine.run(job(LOOP_N)).expect("run");
    let wasm_s = r.calls[0].cost.wall_ns as f64 / 1e9;
    let native_s = native_seconds();
    println!(
        "CPU-bound loop ({LOOP_N} iterations): {} fuel, {:.3} s in the sandbox, {:.3} s native python3 => {:.1}x native",
        r.calls[0].cost.fuel,
        wasm_s,
        native_s,
        wasm_s / native_s
    );
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

/// The same loop under the host's python3, timed inside Python.
fn native_seconds() -> f64 {
    let script = format!("{LOOP}\nimport time\nt = time.perf_counter()\nf({LOOP_N})\nprint(time.perf_counter() - t)\n");
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .output()
        .expect("python3 on PATH");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("a number of seconds")
}
