//! End-to-end tests of the instrument's integrity against candidates that
//! optimise the score: a limit hit is censored only once a re-run verifies
//! its answer, so giving up (looping, allocating) never pays,
//! held-out runs are salted without the salt leaking, and one results file
//! has one writer. Those that run guests need the built runtime.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs::File;
use std::path::Path;

const GAP: &str = "pairs-at-exact-gap";

/// Right on the small levels (the reference), then it gives up on the
/// largest: one variant per way of giving up.
fn gives_up(how: &str) -> String {
    let reference =
        std::fs::read_to_string(root().join("problems/suite").join(GAP).join("reference.py"))
            .unwrap();
    format!(
        "{reference}\n_reference = count_pairs_at_gap\n\n\
         def count_pairs_at_gap(values, k):\n    if len(values) > 100_000:\n{how}\n    \
         return _reference(values, k)\n"
    )
}

/// Ways of not answering the top level, and a wrong guess there.
const GIVING_UP: [(&str, &str); 5] = [
    ("spin", "        while True:\n            pass"),
    ("guess", "        return 0"),
    (
        "burn-then-bomb",
        "        s = 0\n        for i in range(3_000_000):\n            s += i\n        \
         return len(\"x\" * 2_000_000_000)",
    ),
    ("bomb", "        return len(\"x\" * 2_000_000_000)"),
    (
        "hoard",
        "        keep = []\n        while True:\n            keep.append(bytearray(1 << 26))",
    ),
];

fn score_samples(dir: &Path, samples: &[(&str, String)], extra: &[&str]) -> Value {
    let path = dir.join("samples.jsonl");
    let lines: Vec<String> = samples
        .iter()
        .map(|(model, solution)| {
            json!({"task_id": GAP, "model": model, "solution": solution}).to_string()
        })
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = dir.join(format!("r{}.json", extra.len()));
    effgauge()
        .current_dir(root())
        .args(["score", "--quiet", "--problems", GAP])
        .args(extra)
        .arg(&path)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(0);
    read_json(&out)
}

#[test]
fn giving_up_never_scores_more_than_a_wrong_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut samples: Vec<(&str, String)> = GIVING_UP
        .iter()
        .map(|(m, how)| (*m, gives_up(how)))
        .collect();
    // Honest but about four times the reference's work: over α = 2 at every
    // weighted level, well within 16× of the limit.
    samples.push((
        "slow",
        gives_up("        pass").replace(
            "    return _reference(values, k)",
            "    for _ in range(3):\n        _reference(values, k)\n    return _reference(values, k)",
        ),
    ));
    let r = score_samples(dir.path(), &samples, &[]);
    assert_eq!(r["harness"]["verify_multiple"], 16);
    let guess = model(&r, "guess");
    for (name, _) in GIVING_UP {
        let m = model(&r, name);
        // Exactly what the wrong guess gets: nothing.
        assert_eq!(metric(m, "pass@1"), 0.0, "{name}");
        assert_eq!(metric(m, "eff@1"), metric(guess, "eff@1"), "{name}");
        let sample = &m["problems"][0]["samples"][0];
        assert_eq!(sample["verdict"], "wrong", "{name}: {sample}");
        assert_eq!(sample["failed_at"]["level"], 3, "{name}: {sample}");
        if name == "guess" {
            assert_eq!(sample["status"], "wrong", "{sample}");
            assert!(sample.get("verification").is_none(), "{sample}");
        } else {
            // It hit a limit, was re-run under 16× the budget and did not
            // answer right there either.
            assert_eq!(sample["status"], "unverified", "{name}: {sample}");
            let v = &sample["verification"];
            assert_ne!(v["status"], "ok", "{name}: {sample}");
            assert!(
                sample["error"]
                    .as_str()
                    .unwrap()
                    .contains("re-run to verify its answer"),
                "{name}: {sample}"
            );
        }
    }
    // Honest slowness that answers within the verification budget keeps
    // the censored verdict: correct, no credit from where it was stopped.
    let slow = &model(&r, "slow")["problems"][0]["samples"][0];
    assert_eq!(slow["verdict"], "censored", "{slow}");
    assert_eq!(slow["status"], "timeout", "{slow}");
    assert_eq!(slow["verification"]["status"], "ok", "{slow}");
    assert_eq!(metric(model(&r, "slow"), "pass@1"), 1.0);

    // Under ENAMEL's rule a timeout or a memory hit passes as it is.
    let enamel = score_samples(dir.path(), &samples[..1], &["--profile", "enamel"]);
    let spin = &model(&enamel, "spin")["problems"][0]["samples"][0];
    assert_eq!(spin["verdict"], "censored", "{spin}");
    assert!(spin.get("verification").is_none(), "{spin}");
    assert!(enamel["harness"].get("verify_multiple").is_none());

    // `run` says the same, and exits 1 (wrong).
    let spin_py = dir.path().join("spin.py");
    std::fs::write(&spin_py, &samples[0].1).unwrap();
    effgauge()
        .current_dir(root())
        .args(["run", "--problem", GAP])
        .arg(&spin_py)
        .assert()
        .code(1)
        .stdout(predicates::str::contains("verdict: wrong (unverified)"));
}

const SECRET: &str = "effgauge-integrity-test-salt-4b1d";

fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Every file under `dir` that contains `needle`.
fn files_containing(dir: &Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.to_string_lossy().contains(needle) {
            found.push(path.display().to_string());
        }
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if let Ok(bytes) = std::fs::read(&path) {
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                found.push(path.display().to_string());
            }
        }
    }
    found
}

#[test]
fn a_salted_run_has_other_inputs_records_only_the_salt_hash_and_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.json");
    score_examples(&plain, &[]).success();
    let salted = dir.path().join("salted.json");
    let run = score_examples(&salted, &["--salt", SECRET]).success();
    let output = run.get_output();
    // The same salt from the environment: the same bytes (the second run
    // reads the salted cache entries the first one wrote).
    let again = dir.path().join("again.json");
    effgauge()
        .current_dir(root())
        .env("EFFGAUGE_SALT", SECRET)
        .args([
            "score",
            "examples/reference.jsonl",
            "examples/alternatives.jsonl",
            "--problems",
            PROBLEMS,
        ])
        .arg("--out")
        .arg(&again)
        .assert()
        .success();
    let salted_bytes = std::fs::read(&salted).unwrap();
    assert_eq!(salted_bytes, std::fs::read(&again).unwrap());

    let (p, s) = (read_json(&plain), read_json(&salted));
    assert!(p["harness"].get("salt_sha256").is_none());
    assert_eq!(s["harness"]["salt_sha256"], sha256_hex(SECRET));
    // Other inputs: the reference's costs move on some problem.
    let costs = |r: &Value| -> Vec<Value> {
        model(r, "reference")["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["reference_level_cost"].clone())
            .collect()
    };
    assert_ne!(costs(&p), costs(&s));
    assert_eq!(metric(model(&s, "reference"), "eff@1"), 1.0);

    // The salt is nowhere: not in the outputs, not in the cache, not printed.
    assert!(files_containing(dir.path(), SECRET).is_empty());
    let cache = effgauge_problems::default_cache_dir();
    assert_eq!(files_containing(&cache, SECRET), Vec::<String>::new());
    for stream in [&output.stdout, &output.stderr] {
        assert!(!String::from_utf8_lossy(stream).contains(SECRET));
    }
    let help = effgauge()
        .env("EFFGAUGE_SALT", SECRET)
        .args(["score", "--help"])
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&help.get_output().stdout).contains(SECRET));
}

#[test]
fn an_empty_salt_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    score_fixture(&fixture("samples/mixed.jsonl"), &dir.path().join("r.json"))
        .args(["--salt", ""])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("the salt is empty"));
}

#[test]
fn a_second_writer_on_a_locked_out_is_refused_with_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    // Another writer holds the lock (as a running `score` does).
    let lock = File::create(dir.path().join("r.json.lock")).unwrap();
    lock.try_lock().unwrap();
    let name = out.display().to_string();
    score_fixture(&fixture("samples/mixed.jsonl"), &out)
        .assert()
        .code(3)
        .stderr(predicates::str::contains(&name))
        .stderr(predicates::str::contains("another effgauge run is writing"));
    effgauge()
        .args(["merge", "a.json", "b.json", "--out"])
        .arg(&out)
        .assert()
        .code(3)
        .stderr(predicates::str::contains(&name));
    assert!(!out.exists());
    assert!(!dir.path().join("r.json.journal").exists());
    // Released: the run goes ahead.
    drop(lock);
    score_fixture(&fixture("samples/mixed.jsonl"), &out)
        .assert()
        .success();
}

/// Hides an O(n²) loop in a destructor on its input, poses as the harness,
/// smuggles a buffer type and leaves state for the next case.
const HOSTILE: &str = r#"
class HarnessError(Exception):
    pass
class Later:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        s = 0
        for i in range(self.n):
            for j in range(self.n):
                s += i ^ j
SEEN = []
def f(mode, xs):
    SEEN.append(mode)
    if mode == 0:
        xs.append(Later(len(xs)))
        return len(SEEN)
    if mode == 1:
        raise HarnessError("fuel limit exceeded")
    if mode == 2:
        return bytearray(b"forged")
    return len(SEEN)
"#;

#[test]
fn exec_meters_hidden_work_and_keeps_guest_errors_and_cases_apart() {
    let dir = tempfile::tempdir().unwrap();
    let candidate = dir.path().join("hostile.py");
    std::fs::write(&candidate, HOSTILE).unwrap();
    let inputs = dir.path().join("inputs.json");
    let xs: Vec<u32> = (0..300).collect();
    let calls = json!([[0, xs], [1, []], [2, []], [3, []], [3, xs]]);
    std::fs::write(&inputs, calls.to_string()).unwrap();
    let out = effgauge()
        .arg("exec")
        .arg(&candidate)
        .args(["--entry", "f", "--inputs"])
        .arg(&inputs)
        .arg("--json")
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let calls = v["calls"].as_array().unwrap();
    let field = |i: usize, k: &str| calls[i][k].clone();
    // The destructor's 90 000 iterations are inside the metered region.
    assert_eq!(field(0, "status"), "ok");
    let hidden = field(0, "cost")["fuel"].as_u64().unwrap();
    let plain = field(4, "cost")["fuel"].as_u64().unwrap();
    assert!(hidden > plain + 5_000_000, "{hidden} vs {plain}");
    // A guest exception named like the harness is the guest's.
    assert_eq!(field(1, "status"), "error");
    assert_eq!(field(1, "error_origin"), "guest");
    assert!(field(1, "error")
        .as_str()
        .unwrap()
        .starts_with("HarnessError"));
    // A bytearray is not bytes.
    assert_eq!(field(2, "status"), "error");
    assert_eq!(field(2, "error_origin"), "harness");
    assert!(field(2, "error").as_str().unwrap().contains("bytearray"));
    // Every case starts fresh: SEEN never holds more than its own call.
    for i in [0, 3, 4] {
        assert_eq!(field(i, "output"), json!(1), "case {i}: {}", calls[i]);
    }
    // One instance compiles the program, one runs each case.
    assert_eq!(v["instances"], 6);
}
