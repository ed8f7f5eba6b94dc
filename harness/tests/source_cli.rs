//! End-to-end tests of "the program scored is the program submitted": every
//! command runs a sample's exact text (white space is not neutral in
//! Python), only identical texts count as one program, and a program over
//! the source cap (`--max-source-bytes`) is wrong without being run. They
//! need the built runtime.

mod common;

use common::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const TASK: &str = "sum-of-squares";

/// Right only with the trailing spaces inside its string literal: `PAD` is
/// 5 characters long with them, 2 without.
const PADDED: &str = "PAD = \"\"\"x   \n\"\"\"\n\n\ndef sum_of_squares(values):\n    return sum(v * v for v in values) + len(PAD) - 5\n";

/// The fixture's reference, as a whole program.
fn reference() -> String {
    std::fs::read_to_string(fixture("suite/sum-of-squares/reference.py")).unwrap()
}

fn prompt() -> String {
    std::fs::read_to_string(fixture("suite/sum-of-squares/prompt.py")).unwrap()
}

fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// A samples file of `(model, field, text)` lines.
fn samples_file(dir: &Path, lines: &[(&str, &str, &str)]) -> PathBuf {
    let path = dir.join("samples.jsonl");
    let text: Vec<String> = lines
        .iter()
        .map(|(model, field, text)| {
            json!({"task_id": TASK, "model": model, *field: text}).to_string()
        })
        .collect();
    std::fs::write(&path, text.join("\n") + "\n").unwrap();
    path
}

/// The distinct samples of `model` on the task.
fn samples<'a>(r: &'a Value, name: &str) -> &'a Vec<Value> {
    model(r, name)["problems"][0]["samples"].as_array().unwrap()
}

fn sample_with<'a>(r: &'a Value, name: &str, text: &str) -> &'a Value {
    let sha = sha256_hex(text);
    samples(r, name)
        .iter()
        .find(|s| s["source_sha256"] == sha.as_str())
        .unwrap_or_else(|| panic!("no sample of {name} with the hash of {text:?}"))
}

/// What the JSON Schema says of a results file.
fn schema_errors(r: &Value) -> Vec<String> {
    let path = root().join("reports/results.schema.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    validator.iter_errors(r).map(|e| e.to_string()).collect()
}

fn run_file(path: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    effgauge()
        .args(["run", "--problem", TASK, "--suite"])
        .arg(fixture("suite"))
        .args(extra)
        .arg(path)
        .assert()
}

fn exec_file(path: &Path, inputs: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    effgauge()
        .arg("exec")
        .arg(path)
        .args(["--entry", "sum_of_squares", "--json", "--inputs"])
        .arg(inputs)
        .args(extra)
        .assert()
}

#[test]
fn trailing_spaces_inside_a_string_literal_are_part_of_the_program() {
    let dir = tempfile::tempdir().unwrap();
    // The same program with the literal's trailing spaces removed, as white
    // space normalisation would have made it: wrong.
    let stripped = PADDED.replace("x   \n", "x\n");
    assert_ne!(stripped, PADDED);
    let path = samples_file(
        dir.path(),
        &[("m", "solution", PADDED), ("m", "solution", &stripped)],
    );
    let out = dir.path().join("r.json");
    score_fixture(&path, &out).assert().success();
    let r = read_json(&out);
    // Two programs, scored separately: each once, one right, one wrong.
    assert_eq!(samples(&r, "m").len(), 2, "{}", model(&r, "m"));
    assert_eq!(model(&r, "m")["problems"][0]["n"], 2);
    let padded = sample_with(&r, "m", PADDED);
    assert_eq!(padded["verdict"], "correct", "{padded}");
    assert_eq!(padded["count"], 1);
    let wrong = sample_with(&r, "m", &stripped);
    assert_eq!(wrong["verdict"], "wrong", "{wrong}");
    assert_eq!(wrong["status"], "wrong", "{wrong}");
    assert_eq!(wrong["count"], 1);
    assert_eq!(metric(model(&r, "m"), "pass@1"), 0.5);

    // `run` and `exec` run the same texts, with the same outcomes.
    let (padded_py, stripped_py) = (dir.path().join("padded.py"), dir.path().join("stripped.py"));
    std::fs::write(&padded_py, PADDED).unwrap();
    std::fs::write(&stripped_py, &stripped).unwrap();
    run_file(&padded_py, &[]).code(0);
    run_file(&stripped_py, &[])
        .code(1)
        .stdout(predicates::str::contains("verdict: wrong (wrong)"));
    let inputs = dir.path().join("inputs.json");
    std::fs::write(&inputs, "[[[1, 2]]]").unwrap();
    let output = |path: &Path| -> Value {
        let done = exec_file(path, &inputs, &[]).success();
        let v: Value = serde_json::from_slice(&done.get_output().stdout).unwrap();
        v["calls"][0]["output"].clone()
    };
    assert_eq!(output(&padded_py), json!(5));
    assert_eq!(output(&stripped_py), json!(2));
}

#[test]
fn a_trailing_no_break_space_is_a_syntax_error_not_a_correct_program() {
    let dir = tempfile::tempdir().unwrap();
    let clean = reference();
    let nbsp = clean.replace("for v in values)\n", "for v in values)\u{a0}\n");
    assert_ne!(nbsp, clean);
    // Also as a completion: prompt + completion, nothing stripped.
    let completion = "    return sum(v * v for v in values)\u{a0}\n";
    let path = samples_file(
        dir.path(),
        &[
            ("m", "solution", &clean),
            ("m", "solution", &nbsp),
            ("m", "completion", completion),
            ("m", "solution", &clean),
        ],
    );
    let out = dir.path().join("r.json");
    score_fixture(&path, &out).assert().success();
    let r = read_json(&out);
    assert_eq!(samples(&r, "m").len(), 3, "{}", model(&r, "m"));
    // Identical texts are one program, run once and counted twice.
    let ok = sample_with(&r, "m", &clean);
    assert_eq!(ok["verdict"], "correct", "{ok}");
    assert_eq!(ok["count"], 2);
    for text in [nbsp.clone(), format!("{}{completion}", prompt())] {
        let bad = sample_with(&r, "m", &text);
        assert_eq!(bad["verdict"], "wrong", "{bad}");
        assert_eq!(bad["status"], "error", "{bad}");
        assert_eq!(bad["count"], 1);
        let error = bad["error"].as_str().unwrap();
        assert!(error.contains("SyntaxError"), "{error}");
    }
    assert_eq!(metric(model(&r, "m"), "pass@1"), 0.5);

    // `run` and `exec` see the same SyntaxError.
    let nbsp_py = dir.path().join("nbsp.py");
    std::fs::write(&nbsp_py, &nbsp).unwrap();
    run_file(&nbsp_py, &[])
        .code(1)
        .stdout(predicates::str::contains("verdict: wrong (error)"))
        .stdout(predicates::str::contains("SyntaxError"));
    let inputs = dir.path().join("inputs.json");
    std::fs::write(&inputs, "[[[1, 2]]]").unwrap();
    let done = exec_file(&nbsp_py, &inputs, &[]).success();
    let v: Value = serde_json::from_slice(&done.get_output().stdout).unwrap();
    assert_eq!(v["calls"][0]["status"], "error", "{v}");
    assert!(v["calls"][0]["output"].is_null(), "{v}");
}

#[test]
fn a_program_over_the_source_cap_is_wrong_without_running_and_one_at_the_cap_runs() {
    let dir = tempfile::tempdir().unwrap();
    let prompt = prompt();
    // The cap counts the program that would run: prompt + completion.
    let completion = "    return sum(v * v for v in values)\n";
    let cap = prompt.len() + completion.len();
    let over_completion = format!("{completion}#");
    // A right program, over the cap by one byte.
    let over_solution = format!("{}{}\n", reference(), "#".repeat(cap - reference().len()));
    assert_eq!(over_solution.len(), cap + 1);
    // A right program of 70 000 bytes: over the default cap.
    let huge = format!(
        "{}{}\n",
        reference(),
        "#".repeat(70_000 - reference().len() - 1)
    );
    assert_eq!(huge.len(), 70_000);
    let path = samples_file(
        dir.path(),
        &[
            ("at", "completion", completion),
            ("over", "completion", &over_completion),
            ("over", "solution", &over_solution),
            ("huge", "solution", &huge),
        ],
    );
    let out = dir.path().join("capped.json");
    let cap_arg = cap.to_string();
    score_fixture(&path, &out)
        .args(["--max-source-bytes", &cap_arg])
        .assert()
        .success();
    let r = read_json(&out);
    assert_eq!(schema_errors(&r), Vec::<String>::new());
    assert_eq!(r["harness"]["max_source_bytes"], cap);
    let at = &samples(&r, "at")[0];
    assert_eq!(at["verdict"], "correct", "{at}");
    for (name, text, bytes) in [
        ("over", format!("{prompt}{over_completion}"), cap + 1),
        ("over", over_solution.clone(), cap + 1),
        ("huge", huge.clone(), 70_000),
    ] {
        let s = sample_with(&r, name, &text);
        assert_eq!(s["verdict"], "wrong", "{s}");
        assert_eq!(s["status"], "too_large", "{s}");
        assert_eq!(
            s["error"],
            format!("the program is {bytes} bytes, more than the {cap}-byte source cap")
        );
        // Never run: no case reached, no cost, no memory.
        assert!(s["failed_at"].is_null(), "{s}");
        assert_eq!(s["level_cost"], json!([null, null, null, null]), "{s}");
        assert_eq!(s["peak_memory_bytes"], 0, "{s}");
        assert_eq!(s["score"], 0.0, "{s}");
    }
    assert_eq!(metric(model(&r, "over"), "pass@1"), 0.0);

    // Every report renders it.
    for format in ["markdown", "html", "json"] {
        let report = dir.path().join(format!("report.{format}"));
        effgauge()
            .arg("report")
            .arg(&out)
            .args(["--format", format, "--out"])
            .arg(&report)
            .assert()
            .success();
        assert!(std::fs::metadata(&report).unwrap().len() > 0, "{format}");
    }
    // A shard of it merges to the same bytes (merge re-scores `too_large`).
    let shard = dir.path().join("shard.json");
    score_fixture(&path, &shard)
        .args(["--max-source-bytes", &cap_arg, "--shard", "1/1"])
        .assert()
        .success();
    let merged = dir.path().join("merged.json");
    effgauge()
        .arg("merge")
        .arg(&shard)
        .arg("--out")
        .arg(&merged)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(&merged).unwrap(),
        std::fs::read(&out).unwrap()
    );

    // The default cap, 64 KiB: only the 70 000-byte program is over it.
    let default = dir.path().join("default.json");
    score_fixture(&path, &default).assert().success();
    let d = read_json(&default);
    assert_eq!(d["harness"]["max_source_bytes"], 65_536);
    assert_eq!(metric(model(&d, "over"), "pass@1"), 1.0);
    let s = &samples(&d, "huge")[0];
    assert_eq!(s["status"], "too_large", "{s}");
    assert_eq!(
        s["error"],
        "the program is 70000 bytes, more than the 65536-byte source cap"
    );

    // `run` and `exec` apply the same cap to the same text.
    let (at_py, over_py) = (dir.path().join("at.py"), dir.path().join("over.py"));
    std::fs::write(&at_py, format!("{prompt}{completion}")).unwrap();
    std::fs::write(&over_py, &over_solution).unwrap();
    run_file(&at_py, &["--max-source-bytes", &cap_arg]).code(0);
    run_file(&over_py, &["--max-source-bytes", &cap_arg])
        .code(1)
        .stdout(predicates::str::contains("verdict: wrong (too_large)"))
        .stdout(predicates::str::contains(format!(
            "error: the program is {} bytes, more than the {cap}-byte source cap",
            cap + 1
        )));
    run_file(&over_py, &[]).code(0);
    let inputs = dir.path().join("inputs.json");
    std::fs::write(&inputs, "[[[1, 2]]]").unwrap();
    exec_file(&at_py, &inputs, &["--max-source-bytes", &cap_arg]).success();
    exec_file(&over_py, &inputs, &["--max-source-bytes", &cap_arg])
        .code(2)
        .stderr(predicates::str::contains(format!(
            "the program is {} bytes, more than the {cap}-byte source cap",
            cap + 1
        )));
    // A cap of 0 is refused.
    score_fixture(&path, &out)
        .args(["--max-source-bytes", "0"])
        .assert()
        .code(2);
}
