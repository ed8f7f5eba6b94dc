//! `results.schema.json` describes exactly what `schema.rs` serializes:
//! realistic files validate, files with an unknown field, a wrong type or a
//! missing field do not. Also the reader's and writer's behaviour on disk.

use effgauge_reports::schema::*;
use effgauge_reports::{read_results, write_results_atomic, ReportsError};
use serde_json::{json, Value};
use std::path::PathBuf;

fn validator() -> jsonschema::Validator {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/results.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft202012::new(&schema).expect("the schema itself is valid")
}

fn errors(v: &Value) -> Vec<String> {
    validator()
        .iter_errors(v)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

/// Literal figures only: serde_json (without its `float_roundtrip`
/// feature) may read a computed value like 0.36200000000000004 back one ULP
/// off.
fn metric(name: &str, [value, lo, hi, conditional]: [f64; 4]) -> MetricSummary {
    MetricSummary {
        name: name.into(),
        value: Some(value),
        ci_low: Some(lo),
        ci_high: Some(hi),
        conditional: Some(conditional),
        unavailable: None,
    }
}

fn sample(id: &str, verdict: &str) -> SampleResult {
    let correct = verdict == "correct";
    let verdict: Verdict = serde_json::from_value(json!(verdict)).unwrap();
    SampleResult {
        id: id.into(),
        count: 2,
        source_sha256: "0123456789abcdef".repeat(4),
        verdict,
        status: if correct { Status::Ok } else { Status::Timeout },
        failed_at: (!correct).then_some(CaseRef { level: 2, case: 7 }),
        error: (!correct).then(|| "fuel limit reached".into()),
        level_cost: if correct {
            vec![Some(1_200), Some(90_000), Some(400_000), Some(1_600_000)]
        } else {
            vec![Some(1_300), Some(250_000), None, None]
        },
        growth: if correct {
            vec![growth(1, 2, 1.073, false), growth(2, 3, 1.0, false)]
        } else {
            vec![growth(1, 2, 2.415, true)]
        },
        score: if correct { 1.07 } else { 0.3 },
        efficient: correct,
        memory: Some(SampleMemory {
            levels: LevelMemory {
                peak_live_bytes: if correct {
                    vec![Some(900), Some(64_000), Some(260_000), Some(1_040_000)]
                } else {
                    vec![Some(950), Some(500_000), None, None]
                },
                live_kib_fuel: if correct {
                    vec![Some(1), Some(5_600), Some(101_000), Some(1_625_000)]
                } else {
                    vec![Some(1), Some(122_000), None, None]
                },
                growth: vec![growth(1, 2, 1.011, false)],
            },
            score: if correct { 0.98 } else { 0.1 },
            dual_score: if correct { 0.98 } else { 0.1 },
            efficient: false,
        }),
        peak_memory_bytes: 12 << 20,
        verification: None,
        warnings: if correct {
            Vec::new()
        } else {
            vec!["line 3: `long` is 32 bits in wasm32".into()]
        },
    }
}

/// A sample over the source cap: never run, so no case, cost or memory.
fn too_large(id: &str) -> SampleResult {
    SampleResult {
        id: id.into(),
        count: 1,
        source_sha256: "fedcba9876543210".repeat(4),
        verdict: Verdict::Wrong,
        status: Status::TooLarge,
        failed_at: None,
        error: Some("the program is 70000 bytes, more than the 65536-byte source cap".into()),
        level_cost: vec![None; 4],
        growth: Vec::new(),
        score: 0.0,
        efficient: false,
        memory: None,
        peak_memory_bytes: 0,
        verification: None,
        warnings: Vec::new(),
    }
}

fn growth(from: u32, to: u32, exponent: f64, at_least: bool) -> Growth {
    Growth {
        from,
        to,
        exponent,
        at_least,
    }
}

/// Every field present, optional ones included.
fn full() -> ResultsFile {
    let problem = ProblemResult {
        task_id: "enamel/017".into(),
        tags: vec!["strings".into(), "two-pointers".into()],
        difficulty: Some("medium".into()),
        n: 4,
        n_correct: 2,
        n_efficient: 1,
        reference_level_cost: vec![1_100, 95_000, 410_000, 1_700_000],
        level_size: vec![Some(8), Some(1_000), Some(4_000), Some(16_000)],
        level_limit: vec![50_000_000, 50_000_000, 50_000_000, 50_000_000],
        alpha: Some(3.0),
        reference_growth: vec![growth(1, 2, 1.055, false), growth(2, 3, 1.016, false)],
        reference_memory: Some(LevelMemory {
            peak_live_bytes: vec![Some(880), Some(64_000), Some(256_000), Some(1_024_000)],
            live_kib_fuel: vec![Some(1), Some(5_500), Some(100_000), Some(1_600_000)],
            growth: vec![growth(1, 2, 1.0, false), growth(2, 3, 1.0, false)],
        }),
        metrics: vec![
            MetricValue {
                name: "pass@1".into(),
                value: Some(0.5),
            },
            MetricValue {
                name: "eff@1".into(),
                value: Some(0.685),
            },
            MetricValue {
                name: "efficient@1".into(),
                value: Some(0.25),
            },
            MetricValue {
                name: "pass@10".into(),
                value: None,
            },
        ],
        speedup: Some(1.062),
        samples: vec![
            sample("gen/a.jsonl:3", "correct"),
            sample("gen/a.jsonl:9", "censored"),
        ],
    };
    let mut unavailable = metric("pass@10", [0.0; 4]);
    unavailable.value = None;
    unavailable.ci_low = None;
    unavailable.ci_high = None;
    unavailable.conditional = None;
    unavailable.unavailable = Some("k = 10 > n = 4 for 1 problem".into());
    ResultsFile {
        schema_version: SCHEMA_VERSION,
        harness: HarnessInfo {
            effgauge_version: "0.1.0".into(),
            metering_version: 3,
            cost_model: "cost-v1".into(),
            runtime: RuntimeRef {
                name: "cpython-wasi".into(),
                version: "3.13.1".into(),
                sha256: "ab".repeat(32),
                stdlib_sha256: None,
            },
            wasmtime: "48.0.8".into(),
            meter: "fuel".into(),
            alpha: 2.0,
            tie_margin: 0.03,
            tie_floor: 30000.0,
            profile: "effgauge".into(),
            verify_multiple: Some(8),
            weights: vec![0.0, 3.0, 3.0, 4.0],
            limit: "single".into(),
            max_source_bytes: Some(65_536),
            k: vec![1, 10],
            seed: 20_250_101,
            inputs: Some(Inputs::HeldOut),
            salt_sha256: Some("ef".repeat(32)),
            bootstrap_resamples: 10_000,
            suite_hash: "cd".repeat(32),
            problems: vec!["enamel/017".into(), "enamel/018".into()],
            language: effgauge_reports::schema::Language::Cpp,
            toolchain: Some(effgauge_reports::schema::ToolchainRef {
                name: "clang-19 wasm32-wasi (Debian 12)".into(),
                sha256: "ab".repeat(32),
            }),
        },
        shard: Some(Shard { index: 1, count: 4 }),
        models: vec![ModelResult {
            model: "gpt-x".into(),
            problems: vec![
                problem.clone(),
                ProblemResult {
                    task_id: "enamel/018".into(),
                    n_correct: 0,
                    n_efficient: 0,
                    speedup: None,
                    samples: vec![sample("gen/a.jsonl:4", "wrong"), too_large("gen/a.jsonl:5")],
                    ..problem
                },
            ],
            summary: Summary {
                problems: 2,
                problems_with_correct: 1,
                metrics: vec![
                    metric("pass@1", [0.25, 0.1, 0.45, 0.5]),
                    metric("eff@1", [0.342, 0.19, 0.5, 0.684]),
                    metric("efficient@1", [0.125, 0.0, 0.3, 0.25]),
                    unavailable,
                ],
                speedup: SpeedupSummary {
                    geometric_mean: Some(1.062),
                    ratio_of_sums: None,
                    problems_with_ratio: 1,
                },
            },
        }],
        invalid_samples: vec![InvalidSample {
            file: "gen/a.jsonl".into(),
            line: 12,
            error: "missing field `completion`".into(),
        }],
    }
}

fn to_value(r: &ResultsFile) -> Value {
    // Through text, as a file would go.
    serde_json::from_slice(&serde_json::to_vec_pretty(r).unwrap()).unwrap()
}

#[test]
fn serialized_files_validate() {
    let full = to_value(&full());
    assert_eq!(errors(&full), Vec::<String>::new());
    // The optional fields are omitted when empty, and that validates too.
    let mut minimal = self::full();
    minimal.shard = None;
    minimal.harness.inputs = Some(Inputs::Public);
    minimal.harness.salt_sha256 = None;
    // A file written before the source cap existed.
    minimal.harness.max_source_bytes = None;
    minimal.invalid_samples.clear();
    minimal.models[0].summary.metrics.pop();
    for p in &mut minimal.models[0].problems {
        p.tags.clear();
        p.difficulty = None;
        p.level_size.clear();
        p.level_limit.clear();
        p.alpha = None;
        p.reference_growth.clear();
        p.samples.iter_mut().for_each(|s| s.growth.clear());
    }
    let minimal = to_value(&minimal);
    assert!(minimal.get("shard").is_none() && minimal.get("invalid_samples").is_none());
    // A problem without sizes writes none of the scaling fields (so a file
    // of a suite without sizes reads as before they existed).
    let p = &minimal["models"][0]["problems"][0];
    for field in [
        "tags",
        "difficulty",
        "level_size",
        "level_limit",
        "alpha",
        "reference_growth",
    ] {
        assert!(p.get(field).is_none(), "{field}");
    }
    assert!(p["samples"][0].get("growth").is_none());
    // An unsalted run writes no salt field at all (so its bytes are as before).
    assert!(minimal["harness"].get("salt_sha256").is_none());
    assert!(minimal["harness"].get("max_source_bytes").is_none());
    assert_eq!(errors(&minimal), Vec::<String>::new());
    // No models at all is a valid (empty) run.
    let mut empty = self::full();
    empty.models.clear();
    assert_eq!(errors(&to_value(&empty)), Vec::<String>::new());
}

/// Applies `edit` to a valid file and expects validation to fail.
fn rejects(what: &str, edit: impl FnOnce(&mut Value)) {
    let mut v = to_value(&full());
    edit(&mut v);
    assert!(!errors(&v).is_empty(), "{what}: should fail validation");
}

#[test]
fn unknown_fields_fail() {
    rejects("top level", |v| v["extra"] = json!(1));
    rejects("harness", |v| v["harness"]["hostname"] = json!("ci-7"));
    rejects("runtime", |v| v["harness"]["runtime"]["path"] = json!("/x"));
    rejects("sample", |v| {
        v["models"][0]["problems"][0]["samples"][0]["wall_ns"] = json!(5)
    });
    rejects("metric summary", |v| {
        v["models"][0]["summary"]["metrics"][0]["stderr"] = json!(0.1)
    });
    rejects("case ref", |v| {
        v["models"][0]["problems"][0]["samples"][1]["failed_at"]["input"] = json!(0)
    });
    rejects("growth", |v| {
        v["models"][0]["problems"][0]["reference_growth"][0]["r2"] = json!(0.99)
    });
}

#[test]
fn growth_steps_are_checked() {
    // Only a lower bound is marked; an exact exponent omits the flag.
    let v = to_value(&full());
    let samples = &v["models"][0]["problems"][0]["samples"];
    assert!(samples[0]["growth"][0].get("at_least").is_none());
    assert_eq!(samples[1]["growth"][0]["at_least"], json!(true));
    rejects("at_least false written out", |v| {
        v["models"][0]["problems"][0]["samples"][0]["growth"][0]["at_least"] = json!(false)
    });
    rejects("exponent as a string", |v| {
        v["models"][0]["problems"][0]["reference_growth"][1]["exponent"] = json!("1.0")
    });
    rejects("size 0", |v| {
        v["models"][0]["problems"][0]["level_size"][0] = json!(0)
    });
    rejects("unknown difficulty", |v| {
        v["models"][0]["problems"][0]["difficulty"] = json!("brutal")
    });
}

#[test]
fn wrong_types_and_missing_fields_fail() {
    rejects("n as a string", |v| {
        v["models"][0]["problems"][0]["n"] = json!("4")
    });
    rejects("negative count", |v| {
        v["models"][0]["problems"][0]["n_correct"] = json!(-1)
    });
    rejects("fractional cost", |v| {
        v["models"][0]["problems"][0]["reference_level_cost"][0] = json!(1.5)
    });
    rejects("null score", |v| {
        v["models"][0]["problems"][0]["samples"][0]["score"] = Value::Null
    });
    rejects("string value", |v| {
        v["models"][0]["summary"]["metrics"][0]["value"] = json!("0.25")
    });
    rejects("efficient as 1", |v| {
        v["models"][0]["problems"][0]["samples"][0]["efficient"] = json!(1)
    });
    rejects("unknown meter", |v| v["harness"]["meter"] = json!("cycles"));
    rejects("unknown verdict", |v| {
        v["models"][0]["problems"][0]["samples"][0]["verdict"] = json!("ok")
    });
    rejects("bad sha256", |v| v["harness"]["suite_hash"] = json!("xyz"));
    rejects("a source cap of 0", |v| {
        v["harness"]["max_source_bytes"] = json!(0)
    });
    rejects("a source cap as a string", |v| {
        v["harness"]["max_source_bytes"] = json!("64 KiB")
    });
    rejects("a salt instead of its hash", |v| {
        v["harness"]["salt_sha256"] = json!("hunter2")
    });
    rejects("unknown inputs", |v| {
        v["harness"]["inputs"] = json!("private")
    });
    rejects("held-out without a salt hash", |v| {
        v["harness"].as_object_mut().unwrap().remove("salt_sha256");
    });
    rejects("public with a salt hash", |v| {
        v["harness"]["inputs"] = json!("public")
    });
    rejects("schema_version 5", |v| v["schema_version"] = json!(5));
    rejects("language rust", |v| {
        v["harness"]["language"] = json!("rust")
    });
    rejects("unknown status", |v| {
        v["models"][0]["problems"][0]["samples"][0]["status"] = json!("ok\nfake")
    });
    rejects("unknown verification status", |v| {
        v["models"][0]["problems"][0]["samples"][1]["verification"] =
            json!({"fuel_limit": 1, "memory_bytes": 1, "status": "slow", "fuel": 1})
    });
    rejects("null unavailable", |v| {
        v["models"][0]["summary"]["metrics"][3]["unavailable"] = Value::Null
    });
    rejects("missing speedup", |v| {
        v["models"][0]["problems"][0]
            .as_object_mut()
            .unwrap()
            .remove("speedup");
    });
    rejects("missing harness", |v| {
        v.as_object_mut().unwrap().remove("harness");
    });
}

fn tmp(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("reports-schema-test");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

#[test]
fn write_then_read_round_trips() {
    let path = tmp("round-trip.json");
    write_results_atomic(&path, &full()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.ends_with("}\n"));
    assert_eq!(read_results(&path).unwrap(), full());
    // Overwrites in place, leaving no temporary file behind.
    write_results_atomic(&path, &full()).unwrap();
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_file_from_before_the_source_cap_reads_as_having_none() {
    let path = tmp("before-cap.json");
    let mut v = to_value(&full());
    v["harness"]
        .as_object_mut()
        .unwrap()
        .remove("max_source_bytes");
    assert_eq!(errors(&v), Vec::<String>::new());
    std::fs::write(&path, v.to_string()).unwrap();
    let read = read_results(&path).unwrap();
    assert_eq!(read.harness.max_source_bytes, None);
    let mut expected = full();
    expected.harness.max_source_bytes = None;
    assert_eq!(read, expected);
}

#[test]
fn inputs_are_written_and_old_files_read_by_their_salt() {
    let v = to_value(&full());
    assert_eq!(v["harness"]["inputs"], "held-out");
    // Files from before `inputs` was recorded: held-out if they carry a
    // salt hash, public otherwise.
    for (salted, expected) in [(true, Inputs::HeldOut), (false, Inputs::Public)] {
        let path = tmp(&format!("before-inputs-{salted}.json"));
        let mut v = to_value(&full());
        let harness = v["harness"].as_object_mut().unwrap();
        harness.remove("inputs");
        if !salted {
            harness.remove("salt_sha256");
        }
        assert_eq!(errors(&v), Vec::<String>::new());
        std::fs::write(&path, v.to_string()).unwrap();
        let read = read_results(&path).unwrap();
        assert_eq!(read.harness.inputs, None);
        assert_eq!(read.harness.inputs(), expected);
    }
    // The recorded field wins.
    let mut h = full().harness;
    h.salt_sha256 = None;
    h.inputs = Some(Inputs::Public);
    assert_eq!(h.inputs(), Inputs::Public);
    h.inputs = Some(Inputs::HeldOut);
    assert_eq!(h.inputs(), Inputs::HeldOut);
}

#[test]
fn reader_errors_name_the_file_and_position() {
    let path = tmp("bad.json");
    std::fs::write(&path, "{\n  \"schema_version\": 1,\n  \"harness\": 7\n}\n").unwrap();
    let err = read_results(&path).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, ReportsError::Json { line: 3, .. }), "{err:?}");
    assert!(msg.starts_with(&format!("{}:3:", path.display())), "{msg}");
    assert!(!msg.contains(" at line "), "no duplicated position: {msg}");

    let mut v = to_value(&full());
    v["schema_version"] = json!(5);
    v["new_field_of_v5"] = json!(true);
    std::fs::write(&path, v.to_string()).unwrap();
    let msg = read_results(&path).unwrap_err().to_string();
    assert!(msg.contains("unsupported schema_version 5"), "{msg}");
    assert!(msg.contains("bad.json"), "{msg}");

    std::fs::write(&path, "not json").unwrap();
    let msg = read_results(&path).unwrap_err().to_string();
    assert!(msg.contains("bad.json:1:"), "{msg}");

    let missing = tmp("missing.json");
    let msg = read_results(&missing).unwrap_err().to_string();
    assert!(msg.contains("missing.json: cannot read"), "{msg}");
}

#[test]
fn a_version_1_file_reads_and_an_unknown_status_is_refused_with_its_position() {
    // Version 1 allowed any string for verdict and status; a file whose
    // names are all known reads as it was written.
    let path = tmp("v1.json");
    let mut v = to_value(&full());
    v["schema_version"] = json!(1);
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let read = read_results(&path).unwrap();
    assert_eq!(read.schema_version, 1);
    assert_eq!(read.models, full().models);
    // A name outside the closed set is refused, naming file and line.
    v["models"][0]["problems"][0]["samples"][0]["status"] = json!("slowish");
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let err = read_results(&path).unwrap_err();
    assert!(matches!(err, ReportsError::Json { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains("v1.json:") && msg.contains("unknown variant `slowish`"),
        "{msg}"
    );
}
