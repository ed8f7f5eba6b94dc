//! End-to-end tests of `effgauge score`, `merge`, `run` and `exec` through
//! the binary. They need the built runtime (`sandboxes/runtime/build-python.sh`).

mod common;

use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

#[test]
fn references_score_exactly_one_and_slower_solutions_rank_by_cost() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    score_fixture(&fixture("samples/mixed.jsonl"), &out)
        .args(["--alpha", "50"])
        .assert()
        .success();
    let r = read_json(&out);
    // What `score` writes is what the published JSON Schema describes.
    let schema_path = root().join("reports/results.schema.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(schema_path).unwrap()).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&r).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let reference = model(&r, "reference");
    assert_eq!(metric(reference, "pass@1"), 1.0);
    assert_eq!(metric(reference, "eff@1"), 1.0);
    // Two lines, two programs: the second is the first with CRLF line ends
    // and trailing spaces. Programs are run as submitted, so each is its
    // own distinct sample (both right), counted once.
    let problem = &reference["problems"][0];
    assert_eq!(problem["n"], 2);
    let samples = problem["samples"].as_array().unwrap();
    assert_eq!(samples.len(), 2, "{problem}");
    let mut ids: Vec<&str> = samples.iter().map(|s| s["id"].as_str().unwrap()).collect();
    ids.sort();
    assert_eq!(ids, ["mixed.jsonl:1", "mixed.jsonl:2"]);
    for s in samples {
        assert_eq!(s["count"], 1, "{s}");
        assert_eq!(s["verdict"], "correct", "{s}");
    }
    let (lp, quad, wrong) = (
        metric(model(&r, "loop"), "eff@1"),
        metric(model(&r, "quadratic"), "eff@1"),
        model(&r, "wrong"),
    );
    assert!(
        1.0 > lp && lp > quad && quad > 0.0,
        "loop {lp}, quadratic {quad}"
    );
    assert_eq!(metric(wrong, "pass@1"), 0.0);
    assert_eq!(wrong["problems"][0]["samples"][0]["status"], "wrong");
    scaling_is_measured(&r);
}

/// The fixture's sizes, limits and growth exponents: the reference and the
/// index loop grow linearly, the rebuilt prefix list quadratically.
fn scaling_is_measured(r: &Value) {
    let problem = &model(r, "reference")["problems"][0];
    assert_eq!(
        problem["level_size"],
        serde_json::json!([3, 2000, 8000, 30000])
    );
    assert_eq!(problem["tags"], serde_json::json!(["implementation"]));
    assert_eq!(problem["difficulty"], "easy");
    let limits = problem["level_limit"].as_array().unwrap();
    assert_eq!(limits.len(), 4);
    let top = problem["reference_level_cost"][3].as_f64().unwrap();
    assert!(limits.iter().all(|l| l.as_f64().unwrap() >= 50.0 * top));
    let steps = |g: &Value| -> Vec<(u64, u64, f64)> {
        g.as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["from"].as_u64().unwrap(),
                    s["to"].as_u64().unwrap(),
                    s["exponent"].as_f64().unwrap(),
                )
            })
            .collect()
    };
    let reference = steps(&problem["reference_growth"]);
    assert_eq!(
        reference.iter().map(|s| (s.0, s.1)).collect::<Vec<_>>(),
        [(1, 2), (2, 3)]
    );
    let linear = |k: f64| (0.8..1.25).contains(&k);
    assert!(reference.iter().all(|s| linear(s.2)), "{reference:?}");
    // The reference scored as a sample grows exactly as the reference.
    let own = problem["samples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "mixed.jsonl:1")
        .unwrap();
    assert_eq!(steps(&own["growth"]), reference);
    let loop_steps = steps(&model(r, "loop")["problems"][0]["samples"][0]["growth"]);
    assert!(
        loop_steps.len() == 2 && loop_steps.iter().all(|s| linear(s.2)),
        "{loop_steps:?}"
    );
    // The rebuilt prefix runs out of fuel at level 3: its first step is
    // measured, its last one a lower bound at the limit.
    let quadratic = &model(r, "quadratic")["problems"][0]["samples"][0]["growth"];
    assert!(
        quadratic[0]["exponent"].as_f64().unwrap() > 1.5,
        "{quadratic}"
    );
    assert!(quadratic[0].get("at_least").is_none(), "{quadratic}");
    assert_eq!(quadratic[1]["at_least"], true, "{quadratic}");
    // A wrong sample stopped at level 0 has no step at all.
    assert!(model(r, "wrong")["problems"][0]["samples"][0]
        .get("growth")
        .is_none());
}

#[test]
fn runs_are_byte_identical_and_shards_merge_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    score_examples(&a, &["--jobs", "2"]).success();
    score_examples(&b, &["--jobs", "1"]).success();
    let whole = std::fs::read(&a).unwrap();
    assert_eq!(whole, std::fs::read(&b).unwrap());
    let shards: Vec<PathBuf> = (1..=2)
        .map(|i| dir.path().join(format!("s{i}.json")))
        .collect();
    for (i, shard) in shards.iter().enumerate() {
        score_examples(shard, &["--shard", &format!("{}/2", i + 1)]).success();
        assert_ne!(std::fs::read(shard).unwrap(), whole);
    }
    let merged = dir.path().join("merged.json");
    effgauge()
        .arg("merge")
        .arg(&shards[1])
        .arg(&shards[0])
        .arg("--out")
        .arg(&merged)
        .assert()
        .success();
    assert_eq!(std::fs::read(&merged).unwrap(), whole);
    // A shard missing is refused.
    effgauge()
        .arg("merge")
        .arg(&shards[0])
        .arg("--out")
        .arg(dir.path().join("x.json"))
        .assert()
        .code(2);
}

#[test]
fn two_checkouts_in_different_folders_write_the_same_bytes() {
    // The same suite and samples, copied to two places at different depths
    // and named by absolute and by relative paths: sample ids must not
    // carry the folder, so the results are byte-identical.
    let dir = tempfile::tempdir().unwrap();
    let checkouts = [dir.path().join("one"), dir.path().join("deeper/two")];
    for checkout in &checkouts {
        copy_tree(&fixture("suite"), &checkout.join("suite"));
        std::fs::copy(fixture("samples/mixed.jsonl"), checkout.join("mixed.jsonl")).unwrap();
    }
    let score = |cwd: &Path, samples: &Path, suite: &Path, out: &Path| {
        effgauge()
            .current_dir(cwd)
            .args(["score", "--quiet", "--suite"])
            .arg(suite)
            .arg(samples)
            .arg("--out")
            .arg(out)
            .assert()
            .success();
    };
    let absolute = dir.path().join("absolute.json");
    let first = &checkouts[0];
    score(
        dir.path(),
        &first.join("mixed.jsonl"),
        &first.join("suite"),
        &absolute,
    );
    let relative = dir.path().join("relative.json");
    let second = &checkouts[1];
    score(
        second,
        Path::new("mixed.jsonl"),
        Path::new("suite"),
        &relative,
    );
    let bytes = std::fs::read(&absolute).unwrap();
    assert_eq!(bytes, std::fs::read(&relative).unwrap());
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("\"mixed.jsonl:1\""), "{text}");
    assert!(!text.contains(&dir.path().display().to_string()));
}

#[test]
fn a_killed_run_resumes_to_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    let whole = dir.path().join("whole.json");
    score_examples(&whole, &[]).success();

    let out = dir.path().join("killed.json");
    let journal = dir.path().join("killed.json.journal");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("effgauge"))
        .current_dir(root())
        .args([
            "score",
            "examples/reference.jsonl",
            "examples/alternatives.jsonl",
            "--quiet",
            "--jobs",
            "1",
        ])
        .args(["--problems", PROBLEMS])
        .arg("--out")
        .arg(&out)
        .spawn()
        .unwrap();
    // Wait for the header and two finished samples, then kill -9.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(300);
    loop {
        let lines = std::fs::read_to_string(&journal)
            .map(|t| t.lines().count())
            .unwrap_or(0);
        if lines >= 3 || std::time::Instant::now() > deadline {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!out.exists(), "the run was killed before it finished");
    let resumed = effgauge()
        .current_dir(root())
        .args([
            "score",
            "examples/reference.jsonl",
            "examples/alternatives.jsonl",
            "--resume",
            "--problems",
            PROBLEMS,
        ])
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&resumed.get_output().stderr).into_owned();
    assert!(stderr.contains("resuming: "), "{stderr}");
    assert!(!stderr.contains("resuming: 0 of"), "{stderr}");
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&whole).unwrap());
    assert!(!journal.exists());
}

#[test]
fn invalid_sample_lines_are_named_and_nothing_is_scored() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    let good =
        r#"{"task_id": "sum-of-squares", "completion": "    return sum(v * v for v in values)\n"}"#;
    std::fs::write(&bad, format!("not json\n{{\"solution\": \"x\"}}\n{{\"task_id\": \"nope\", \"solution\": \"x\"}}\n{good}\n")).unwrap();
    let out = dir.path().join("r.json");
    let run = |extra: &[&str]| score_fixture(&bad, &out).args(extra).assert();
    let failed = run(&[]).code(2);
    let stderr = String::from_utf8_lossy(&failed.get_output().stderr).into_owned();
    let name = bad.display().to_string();
    assert!(
        stderr.contains(&format!("{name}:1: not a JSON object")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{name}:2: field 'task_id': missing")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{name}:3: field 'task_id': unknown task 'nope'")),
        "{stderr}"
    );
    assert!(!out.exists());
    run(&["--skip-invalid"]).success();
    let r = read_json(&out);
    assert_eq!(r["invalid_samples"].as_array().unwrap().len(), 3);
    assert_eq!(model(&r, "bad")["problems"][0]["n"], 1);
}

#[test]
fn thresholds_and_setup_errors_have_their_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let score = |extra: &[&str]| {
        score_fixture(&fixture("samples/mixed.jsonl"), &out)
            .args(extra)
            .assert()
    };
    score(&["--fail-under", "pass@1=0.0"]).code(0);
    score(&["--fail-under", "eff@1=0.5"])
        .code(1)
        .stderr(predicates::str::contains(
            "wrong: eff@1 = 0.0000 is below 0.5",
        ));
    score(&["--k", "5", "--fail-under", "pass@5=0.1"])
        .code(1)
        .stderr(predicates::str::contains("not available"));
    score_fixture(&fixture("samples/mixed.jsonl"), &out)
        .env("EFFGAUGE_RUNTIME", dir.path().join("nowhere"))
        .assert()
        .code(3)
        .stderr(predicates::str::contains("build-python.sh"));
}

#[test]
fn run_scores_one_submission_level_by_level() {
    let reference = fixture("suite/sum-of-squares/reference.py");
    let ok = effgauge()
        .args(["run", "--json", "--problem", "sum-of-squares", "--suite"])
        .arg(fixture("suite"))
        .arg(&reference)
        .assert()
        .code(0);
    let v: Value = serde_json::from_slice(&ok.get_output().stdout).unwrap();
    assert_eq!(v["verdict"], "correct");
    assert_eq!(v["score"], 1.0);
    assert_eq!(v["levels"].as_array().unwrap().len(), 4);
    assert_eq!(v["levels"][3]["ratio"], 1.0);
    assert_eq!(v["levels"][3]["size"], 30000);
    // Its growth is the reference's, step by step.
    assert_eq!(v["growth"], v["reference_growth"]);
    assert_eq!(v["growth"].as_array().unwrap().len(), 2);
    let dir = tempfile::tempdir().unwrap();
    let wrong = dir.path().join("wrong.py");
    std::fs::write(&wrong, "def sum_of_squares(values):\n    return 0\n").unwrap();
    effgauge()
        .args(["run", "--problem", "sum-of-squares", "--suite"])
        .arg(fixture("suite"))
        .arg(&wrong)
        .assert()
        .code(1)
        .stdout(predicates::str::contains("verdict: wrong"));
    let quadratic = fixture("suite/sum-of-squares/alternatives/rebuilt_prefix.py");
    let out = effgauge()
        .args([
            "run",
            "--alpha",
            "1000",
            "--problem",
            "sum-of-squares",
            "--suite",
        ])
        .arg(fixture("suite"))
        .arg(&quadratic)
        .assert()
        .code(0);
    // "  L2→L3  ≈ n^1.93 where the reference is n^1.01"
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let line = text.lines().find(|l| l.contains("L2→L3")).expect(&text);
    let exponents: Vec<f64> = line
        .split("n^")
        .skip(1)
        .map(|s| s.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert!(
        line.contains("≈ n^") && line.contains("where the reference is n^"),
        "{line}"
    );
    assert!(exponents[0] > 1.5 && exponents[1] < 1.25, "{line}");
}

#[test]
fn exec_reports_each_call_and_refuses_bad_inputs_and_missing_meters() {
    let dir = tempfile::tempdir().unwrap();
    let candidate = dir.path().join("c.py");
    std::fs::write(&candidate, "def f(n):\n    return sum(range(n))\n").unwrap();
    let inputs = dir.path().join("in.json");
    std::fs::write(&inputs, "[[10], [1000]]").unwrap();
    let ok = effgauge()
        .arg("exec")
        .arg(&candidate)
        .args(["--entry", "f", "--json", "--inputs"])
        .arg(&inputs)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&ok.get_output().stdout).unwrap();
    assert_eq!(v["calls"][1]["output"], 499500);
    assert_eq!(v["wasmtime"], "48.0.8");
    assert!(
        v["calls"][1]["cost"]["fuel"].as_u64().unwrap()
            > v["calls"][0]["cost"]["fuel"].as_u64().unwrap()
    );

    std::fs::write(&inputs, "[[10], 5]").unwrap();
    effgauge()
        .arg("exec")
        .arg(&candidate)
        .args(["--entry", "f", "--inputs"])
        .arg(&inputs)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "element [1] must be an array of arguments",
        ));

    std::fs::write(&inputs, "[[10]]").unwrap();
    let instr = effgauge()
        .arg("exec")
        .arg(&candidate)
        .args([
            "--entry",
            "f",
            "--json",
            "--meter",
            "instructions",
            "--inputs",
        ])
        .arg(&inputs)
        .assert();
    let output = instr.get_output();
    if output.status.success() {
        let v: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(v["calls"][0]["cost"]["instructions"].as_u64().is_some());
    } else {
        // This machine has no PMU: refuse, say why, suggest fuel.
        assert_eq!(output.status.code(), Some(3));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("instructions meter is unavailable") && stderr.contains("--meter fuel"),
            "{stderr}"
        );
    }
}

/// A problem's own `alpha` (in its `problem.toml`) sets its limits and
/// scores in `score`, as it does in `run` and the validator, and is recorded
/// with the problem: the result is that of `--alpha` with the same value.
#[test]
fn a_problems_own_alpha_sets_its_limits_and_scores() {
    let dir = tempfile::tempdir().unwrap();
    let suite = dir.path().join("suite");
    copy_tree(&fixture("suite"), &suite);
    let manifest = suite.join("sum-of-squares/problem.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("alpha = 40.0\n{text}")).unwrap();
    let own = dir.path().join("own.json");
    effgauge()
        .args(["score", "--quiet", "--verify-multiple", "64", "--suite"])
        .arg(&suite)
        .arg(fixture("samples/mixed.jsonl"))
        .arg("--out")
        .arg(&own)
        .assert()
        .success();
    let flag = dir.path().join("flag.json");
    score_fixture(&fixture("samples/mixed.jsonl"), &flag)
        .args(["--alpha", "40"])
        .assert()
        .success();
    let (own, flag) = (read_json(&own), read_json(&flag));
    assert_eq!(own["harness"]["alpha"], 2.0);
    for name in ["reference", "loop", "quadratic", "wrong"] {
        let (a, b) = (
            &model(&own, name)["problems"][0],
            &model(&flag, name)["problems"][0],
        );
        assert_eq!(a["alpha"], 40.0);
        assert!(b.get("alpha").is_none());
        for field in ["level_limit", "metrics", "speedup"] {
            assert_eq!(a[field], b[field], "{name}: {field}");
        }
        let scores = |p: &Value| -> Vec<Value> {
            p["samples"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["score"].clone())
                .collect()
        };
        assert_eq!(scores(a), scores(b), "{name}");
    }
    // Against the default α the quadratic sample scores lower: its limit is
    // 20 times tighter there.
    let default = dir.path().join("default.json");
    score_fixture(&fixture("samples/mixed.jsonl"), &default)
        .assert()
        .success();
    let default = read_json(&default);
    assert!(
        metric(model(&default, "quadratic"), "eff@1") < metric(model(&own, "quadratic"), "eff@1")
    );
}
