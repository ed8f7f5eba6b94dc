//! Every bound of `effgauge_reports::limits`, one hostile file each: the
//! reader refuses it naming the file, the line and the field's JSON path,
//! with the bound in the message.

use effgauge_reports::{parse_results, ReportsError};
use serde_json::{json, Value};

fn problem() -> Value {
    json!({
        "task_id": "p/1", "tags": ["arrays"], "difficulty": "easy",
        "n": 2, "n_correct": 2, "n_efficient": 0,
        "reference_level_cost": [10, 100, 200, 400],
        "metrics": [
            {"name": "pass@1", "value": 1.0},
            {"name": "eff@1", "value": 1.0},
            {"name": "efficient@1", "value": 0.0}
        ],
        "speedup": 1.0,
        "samples": [{
            "id": "s.jsonl:1", "count": 2, "source_sha256": "ef".repeat(32),
            "verdict": "censored", "status": "timeout", "failed_at": {"level": 2, "case": 0},
            "error": "fuel limit reached", "level_cost": [10, 100, null, null], "score": 0.3,
            "efficient": false, "peak_memory_bytes": 1048576,
            "verification": {"fuel_limit": 800, "memory_bytes": 1, "status": "timeout", "fuel": 800}
        }]
    })
}

fn model(name: &str) -> Value {
    json!({
        "model": name,
        "problems": [problem()],
        "summary": {
            "problems": 1, "problems_with_correct": 1,
            "metrics": [
                {"name": "pass@1", "value": 1.0, "ci_low": 1.0, "ci_high": 1.0, "conditional": 1.0},
                {"name": "eff@1", "value": 0.3, "ci_low": 0.3, "ci_high": 0.3, "conditional": 0.3},
                {"name": "efficient@1", "value": 0.0, "ci_low": 0.0, "ci_high": 0.0, "conditional": 0.0}
            ],
            "speedup": {"geometric_mean": 1.0, "ratio_of_sums": 1.0, "problems_with_ratio": 1}
        }
    })
}

fn file() -> Value {
    json!({
        "schema_version": 1,
        "harness": {
            "effgauge_version": "0.1.0",
            "runtime": {"name": "cpython-wasi", "version": "3.11.2", "sha256": "ab".repeat(32)},
            "wasmtime": "48.0.8", "meter": "fuel", "alpha": 2.0,
            "weights": [0.0, 3.0, 3.0, 4.0], "limit": "single", "k": [1],
            "seed": 0, "bootstrap_resamples": 10000,
            "suite_hash": "cd".repeat(32), "problems": ["p/1"]
        },
        "models": [model("m")],
        "invalid_samples": [{"file": "s.jsonl", "line": 3, "error": "not JSON"}]
    })
}

/// The field and message of the refusal of `v`, checking that it names the
/// file and a line.
fn refusal(v: &Value) -> (String, String) {
    let text = serde_json::to_string_pretty(v).unwrap();
    match parse_results("f.json", &text).unwrap_err() {
        ReportsError::Limit {
            path,
            line,
            field,
            message,
        } => {
            assert_eq!(path.to_str(), Some("f.json"));
            let line = line.expect("a line");
            assert!(
                line >= 1 && line <= text.lines().count(),
                "{field}: line {line}"
            );
            (field, message)
        }
        other => panic!("not a bound: {other}"),
    }
}

#[test]
fn the_base_file_is_within_every_bound() {
    let text = serde_json::to_string_pretty(&file()).unwrap();
    parse_results("f.json", &text).unwrap();
}

/// What a case is: its name, how it breaks the base file, and the field
/// and message of the refusal.
type Case = (&'static str, Box<dyn Fn(&mut Value)>, &'static str, String);

#[test]
fn every_bound_is_checked_and_named() {
    let cases: Vec<Case> = vec![
        (
            "levels",
            Box::new(|v| v["harness"]["weights"] = json!(vec![1.0; 65])),
            "harness.weights",
            "65 levels, more than the 64 a problem may have".into(),
        ),
        (
            "a reference memory list of another length",
            Box::new(|v| {
                v["models"][0]["problems"][0]["reference_memory"] =
                    json!({"peak_live_bytes": [1, 2, 3], "live_kib_fuel": [1, 2, 3, 4]})
            }),
            "models[0].problems[0].reference_memory.peak_live_bytes",
            "3 entries where the problem has 4 levels".into(),
        ),
        (
            "a sample memory list of another length",
            Box::new(|v| {
                v["models"][0]["problems"][0]["samples"][0]["memory"] = json!({
                    "levels": {"peak_live_bytes": [1, 2, null, null], "live_kib_fuel": [1, 2]},
                    "score": 0.5, "dual_score": 0.3, "efficient": false
                })
            }),
            "models[0].problems[0].samples[0].memory.levels.live_kib_fuel",
            "2 entries where the problem has 4 levels".into(),
        ),
        (
            "ks",
            Box::new(|v| v["harness"]["k"] = json!([1, 2, 3, 4, 5, 6, 7, 8, 9])),
            "harness.k",
            "9 values, more than the 8 a results file may have".into(),
        ),
        (
            "k = 0",
            Box::new(|v| v["harness"]["k"] = json!([0])),
            "harness.k[0]",
            "0, not a k from 1 to 1000".into(),
        ),
        (
            "no resamples",
            Box::new(|v| v["harness"]["bootstrap_resamples"] = json!(0)),
            "harness.bootstrap_resamples",
            "0, not a number of resamples from 1 to 100000".into(),
        ),
        (
            "a long harness string",
            Box::new(|v| v["harness"]["runtime"]["version"] = json!("9".repeat(1000))),
            "harness.runtime.version",
            "1000 bytes, more than the 256 a name may have".into(),
        ),
        (
            "too many problems",
            Box::new(|v| {
                let names: Vec<String> = (0..10_001).map(|i| format!("p/{i}")).collect();
                v["harness"]["problems"] = json!(names);
            }),
            "harness.problems",
            "10001 problems, more than the 10000 a results file may have".into(),
        ),
        (
            "shard 0",
            Box::new(|v| v["shard"] = json!({"index": 0, "count": 2})),
            "shard",
            "shard 0 of 2: the index must be from 1 to the count".into(),
        ),
        (
            "too many models",
            Box::new(|v| {
                let models: Vec<Value> = (0..1001).map(|i| model(&format!("m{i}"))).collect();
                v["models"] = json!(models);
            }),
            "models",
            "1001 models, more than the 1000 a results file may have".into(),
        ),
        (
            "too many tags",
            Box::new(|v| v["models"][0]["problems"][0]["tags"] = json!(vec!["t"; 33])),
            "models[0].problems[0].tags",
            "33 tags, more than the 32 a results file may have".into(),
        ),
        (
            "a bidi override in a tag",
            Box::new(|v| v["models"][0]["problems"][0]["tags"][0] = json!("a\u{202e}b")),
            "models[0].problems[0].tags[0]",
            "holds the control character U+202E; a name must be printable text".into(),
        ),
        (
            "n of 2^40",
            Box::new(|v| v["models"][0]["problems"][0]["n"] = json!(1u64 << 40)),
            "models[0].problems[0].n",
            "1099511627776 samples, more than the 1000000 one model may have of one problem".into(),
        ),
        (
            "count 0",
            Box::new(|v| v["models"][0]["problems"][0]["samples"][0]["count"] = json!(0)),
            "models[0].problems[0].samples[0].count",
            "0: a distinct sample stands for at least one".into(),
        ),
        (
            "a long sample id",
            Box::new(|v| {
                v["models"][0]["problems"][0]["samples"][0]["id"] = json!("i".repeat(5000))
            }),
            "models[0].problems[0].samples[0].id",
            "5000 bytes, more than the 4128 a sample id may have".into(),
        ),
        (
            "too many level costs",
            Box::new(|v| {
                v["models"][0]["problems"][0]["samples"][0]["level_cost"] = json!(vec![1; 65])
            }),
            "models[0].problems[0].samples[0].level_cost",
            "65 levels, more than the 64 a problem may have".into(),
        ),
        (
            "a metric of no k",
            Box::new(|v| v["models"][0]["problems"][0]["metrics"][0]["name"] = json!("pass@01")),
            "models[0].problems[0].metrics[0].name",
            "`pass@01` is not a metric of this file (pass@k, eff@k or efficient@k for a k of \
             harness.k = [1])"
                .into(),
        ),
        (
            "a long unavailable",
            Box::new(|v| {
                v["models"][0]["summary"]["metrics"][0]["unavailable"] = json!("u".repeat(70_000))
            }),
            "models[0].summary.metrics[0].unavailable",
            "70000 bytes, more than the 65536 a message may have".into(),
        ),
        (
            "a long invalid line error",
            Box::new(|v| v["invalid_samples"][0]["error"] = json!("e".repeat(70_000))),
            "invalid_samples[0].error",
            "70000 bytes, more than the 65536 a message may have".into(),
        ),
    ];
    for (what, edit, field, message) in cases {
        let mut v = file();
        edit(&mut v);
        assert_eq!(refusal(&v), (field.to_owned(), message), "{what}");
    }
}

#[test]
fn the_line_is_the_fields() {
    let mut v = file();
    v["models"][0]["problems"][0]["samples"][0]["count"] = json!(1u64 << 40);
    let text = serde_json::to_string_pretty(&v).unwrap();
    let line = 1 + text
        .lines()
        .position(|l| l.contains("\"count\": 1099511627776"))
        .unwrap();
    let err = parse_results("shard-1.json", &text).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "shard-1.json:{line}: models[0].problems[0].samples[0].count: 1099511627776 samples, \
             more than the 1000000 one model may have of one problem"
        )
    );
}
