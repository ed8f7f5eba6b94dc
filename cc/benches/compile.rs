//! Compile time per C++ program (clang in its jail, cache cold) and the
//! time wasmtime's Cranelift takes to turn the module into machine code,
//! on the sources of the bundled C++ tracks. Prints figures; asserts
//! nothing about time.
//!
//!     cargo bench -p effgauge-cc --bench compile [-- N]
//!
//! N: how many tracks (default 20, in name order).

use effgauge_cc::{Built, Compiler, Dialect, Signature, Toolchain};
use effgauge_sandboxes::{Job, Runtime, SandboxEngine};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

fn entry_point(problem: &Path) -> String {
    let manifest = std::fs::read_to_string(problem.join("problem.toml")).unwrap();
    let line = manifest
        .lines()
        .find(|l| l.trim_start().starts_with("entry_point"))
        .expect("entry_point");
    line.split('"').nth(1).unwrap().to_owned()
}

fn sources(track: &Path) -> Vec<std::path::PathBuf> {
    let mut files = vec![track.join("reference.cpp")];
    let mut alternatives: Vec<_> = std::fs::read_dir(track.join("alternatives"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    alternatives.sort();
    files.extend(alternatives);
    files
}

fn stats(name: &str, mut secs: Vec<f64>) {
    secs.sort_by(f64::total_cmp);
    let mean = secs.iter().sum::<f64>() / secs.len() as f64;
    println!(
        "| {name} | {} | {:.2} s | {:.2} s | {:.2} s |",
        secs.len(),
        mean,
        secs[secs.len() / 2],
        secs[secs.len() - 1]
    );
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(20);
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems/suite");
    let mut problems: Vec<_> = std::fs::read_dir(&suite)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("cpp/track.toml").exists())
        .collect();
    problems.sort();
    problems.truncate(n);
    let cache = tempfile::tempdir().unwrap();
    let compiler = Compiler::new(Toolchain::locate().unwrap(), Some(cache.path().to_owned()));
    let engine = SandboxEngine::new(Runtime::locate(None).expect("the runtime")).unwrap();
    let (mut clang, mut cranelift, mut sizes) = (Vec::new(), Vec::new(), Vec::new());
    for problem in &problems {
        let entry = entry_point(problem);
        let prompt = std::fs::read_to_string(problem.join("prompt.py")).unwrap();
        let signature = Signature::from_prompt(&prompt, &entry).unwrap();
        for file in sources(&problem.join("cpp")) {
            let source = std::fs::read_to_string(&file).unwrap();
            let started = Instant::now();
            let Built::Module(module) =
                compiler.compile(&source, &signature, Dialect::Cpp).unwrap()
            else {
                panic!("{} does not compile", file.display())
            };
            clang.push(started.elapsed().as_secs_f64());
            sizes.push(module.wasm.len() as f64 / 1024.0);
            // A job without calls: only the module's compilation.
            let mut job = Job::new(&source, &entry, Vec::new());
            job.program = Some(Arc::new(module.program(&signature)));
            let started = Instant::now();
            engine.run(job).unwrap();
            cranelift.push(started.elapsed().as_secs_f64());
        }
    }
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_default();
    println!(
        "{} sources of {} C++ tracks, one at a time, module cache cold; {} cores, {cpu}\n",
        clang.len(),
        problems.len(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!("| step | programs | mean | median | max |\n| --- | ---: | ---: | ---: | ---: |");
    stats("clang (gate, compile, check, link)", clang);
    stats("Cranelift (module to machine code)", cranelift);
    sizes.sort_by(f64::total_cmp);
    println!(
        "\nmodule size: median {:.0} KiB, max {:.0} KiB",
        sizes[sizes.len() / 2],
        sizes[sizes.len() - 1]
    );
}
