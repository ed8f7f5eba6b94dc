//! `effgauge exec`: one candidate, a list of calls, every call's cost.

use crate::cli::ExecArgs;
use crate::exit::{self, invalid};
use anyhow::Context;
use effgauge_sandboxes::{
    CallSpec, ErrorOrigin, Job, Limits, PyValue, RunReport, SandboxEngine, WASMTIME_VERSION,
};
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

pub fn run(args: ExecArgs) -> anyhow::Result<u8> {
    // The file's exact text, as `score` and `run` run it; a program over the
    // source cap is refused, as they refuse to run it.
    let source = std::fs::read_to_string(&args.candidate)
        .map_err(|e| invalid(format!("{}: {e}", args.candidate.display())))?;
    if let Err(over) = effgauge_scoring::size::check(&source, args.source.max_source_bytes) {
        return Err(invalid(format!(
            "{}: {over} (status {}; --max-source-bytes sets the cap)",
            args.candidate.display(),
            effgauge_sandboxes::Status::TooLarge.name()
        )));
    }
    let calls = read_inputs(&args.inputs)?;
    if args.timeout.is_nan() || args.timeout <= 0.0 || args.timeout.is_infinite() {
        return Err(invalid("--timeout: must be a positive number of seconds"));
    }
    let engine = super::engine(&args.sandbox)?;
    let mut job = Job::new(source, args.entry.clone(), calls);
    job.meter = args.sandbox.meter;
    job.limits = Limits {
        fuel_per_call: Some(args.fuel_limit),
        memory_bytes: args.memory_limit.saturating_mul(1 << 20),
        wall_per_call: Duration::from_secs_f64(args.timeout),
        ..Limits::default()
    };
    let report = engine.run(job).context("running the candidate")?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&to_json(&engine, &args, &report))?
        );
    } else {
        print_table(&args, &report);
    }
    Ok(exit::OK)
}

/// Reads a JSON array of argument arrays.
fn read_inputs(path: &Path) -> anyhow::Result<Vec<CallSpec>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| invalid(format!("{}: {e}", path.display())))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        invalid(format!(
            "{}:{}:{}: not valid JSON: {e}",
            path.display(),
            e.line(),
            e.column()
        ))
    })?;
    let Value::Array(items) = value else {
        return Err(invalid(format!(
            "{}: expected a JSON array of argument arrays",
            path.display()
        )));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item {
            Value::Array(args) => Ok(CallSpec::new(
                &args.iter().map(PyValue::from_json).collect::<Vec<_>>(),
            )),
            _ => Err(invalid(format!(
                "{}: element [{i}] must be an array of arguments, found {}",
                path.display(),
                kind(item)
            ))),
        })
        .collect()
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn cost_json(cost: &effgauge_sandboxes::Cost) -> Value {
    json!({ "fuel": cost.fuel, "instructions": cost.instructions, "wall_ns": cost.wall_ns })
}

fn to_json(engine: &SandboxEngine, args: &ExecArgs, report: &RunReport) -> Value {
    let calls: Vec<Value> = report
        .calls
        .iter()
        .map(|c| {
            json!({
                "status": c.status.name(),
                "cost": cost_json(&c.cost),
                "import": cost_json(&c.import),
                "output": c.output.as_ref().map(PyValue::to_json),
                "error": c.error,
                "error_origin": c.origin,
                "work": c.work,
                "peak_memory_bytes": c.peak_memory_bytes,
            })
        })
        .collect();
    json!({
        "runtime": engine.runtime(),
        "wasmtime": WASMTIME_VERSION,
        "meter": args.sandbox.meter.name(),
        "calls": calls,
        "startup": cost_json(&report.startup),
        "compile": cost_json(&report.compile),
        "import": cost_json(&report.import),
        "import_error": report.import_error,
        "peak_memory_bytes": report.peak_memory_bytes,
        "instances": report.instances,
    })
}

fn print_table(args: &ExecArgs, report: &RunReport) {
    let meter = args.sandbox.meter;
    println!(
        "compiled once: {} fuel, {:.1} ms (charged to each case: exec has no compile allowance)",
        report.compile.fuel,
        report.compile.wall_ns as f64 / 1e6,
    );
    println!(
        "per case: restore {} fuel, {:.1} ms; import {} fuel, {:.1} ms (charged to each case); peak memory {:.1} MiB",
        report.startup.fuel,
        report.startup.wall_ns as f64 / 1e6,
        report.import.fuel,
        report.import.wall_ns as f64 / 1e6,
        report.peak_memory_bytes as f64 / (1 << 20) as f64
    );
    if let Some(error) = &report.import_error {
        println!("import failed: {error}");
    }
    println!(
        "{:>5}  {:<8}  {:>16}  {:>12}  result",
        "call",
        "status",
        meter.unit(),
        "wall ms"
    );
    for (i, call) in report.calls.iter().enumerate() {
        let figure = call
            .cost
            .get(meter)
            .map_or("-".to_owned(), |v| v.to_string());
        let result = match (&call.output, &call.error, call.origin) {
            (Some(out), _, _) => truncate(&out.to_json().to_string(), 60),
            (None, Some(err), Some(ErrorOrigin::Guest)) => truncate(&format!("raised {err}"), 60),
            (None, Some(err), _) => truncate(&format!("[effgauge] {err}"), 60),
            _ => String::new(),
        };
        println!(
            "{i:>5}  {:<8}  {figure:>16}  {:>12.3}  {result}",
            call.status.name(),
            call.cost.wall_ns as f64 / 1e6
        );
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}
