//! What the sandbox's integration tests share: one engine per test binary
//! and small builders of jobs. They need the built runtime
//! (`runtime/build-python.sh`).
#![allow(dead_code)]

use effgauge_sandboxes::{
    CallSpec, ErrorOrigin, Job, Limits, PyValue, RunReport, Runtime, SandboxEngine, Status,
};
use num_bigint::BigInt;
use std::sync::OnceLock;

pub fn engine() -> &'static SandboxEngine {
    static ENGINE: OnceLock<SandboxEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        SandboxEngine::new(Runtime::locate(None).expect("runtime built")).expect("engine")
    })
}

pub fn int(i: i64) -> PyValue {
    PyValue::Int(BigInt::from(i))
}

/// The usual per-call fuel limit of these tests.
pub const FUEL: u64 = 300_000_000;

pub fn limits() -> Limits {
    Limits {
        fuel_per_call: Some(FUEL),
        ..Limits::default()
    }
}

pub fn job(source: &str, args: &[i64]) -> Job {
    let calls = args.iter().map(|&a| CallSpec::new(&[int(a)])).collect();
    let mut job = Job::new(source, "f", calls);
    job.limits = limits();
    job
}

pub fn run_job(job: Job) -> RunReport {
    engine().run(job).expect("the host survives")
}

pub fn run_with(source: &str, entry: &str, args: &[i64], limits: Limits) -> RunReport {
    let mut job = job(source, args);
    job.entry = entry.into();
    job.limits = limits;
    run_job(job)
}

pub fn run(source: &str, args: &[i64]) -> RunReport {
    run_job(job(source, args))
}

pub fn statuses(report: &RunReport) -> Vec<Status> {
    report.calls.iter().map(|c| c.status).collect()
}

pub fn error_of(report: &RunReport, i: usize) -> String {
    report.calls[i].error.clone().unwrap_or_default()
}

pub fn origin_of(report: &RunReport, i: usize) -> Option<ErrorOrigin> {
    report.calls[i].origin
}

pub fn fuel(report: &RunReport) -> Vec<u64> {
    report.calls.iter().map(|c| c.cost.fuel).collect()
}
