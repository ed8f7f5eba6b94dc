//! End-to-end tests of `effgauge eval`: a model server on loopback
//! (`common::fake_api`) answering the fixture suite's problem, then the
//! real scoring in the sandbox and the leaderboard. They need the built
//! runtime, as `score`'s tests do.

mod common;

use common::fake_api::{offline, Behaviour, FakeApi};
use common::*;

/// A correct and efficient answer to the fixture suite's `sum_of_squares`.
const ANSWER: &str = "Here you go:\n\n```python\ndef sum_of_squares(values: List[int]) -> int:\n    return sum(v * v for v in values)\n```\n";

/// `eval` into `out_dir`, with a cache folder of its own beside it (`eval`
/// makes the installation's salt there: its inputs are held out).
fn eval(api: &FakeApi, out_dir: &std::path::Path) -> assert_cmd::Command {
    let mut command = effgauge();
    in_cache(&mut command, &isolated_cache(out_dir.parent().unwrap()));
    command
        .args(["eval", "--quiet", "--base-url"])
        .arg(api.base_url())
        .args(["--model", "m", "--n", "3", "--suite"])
        .arg(fixture("suite"))
        .arg("--out-dir")
        .arg(out_dir)
        .args(["--bootstrap", "200"]);
    offline(&mut command);
    command
}

#[test]
fn eval_goes_from_a_model_server_to_samples_results_and_a_leaderboard() {
    let (api, dir) = FakeApi::start_in_tempdir(Behaviour {
        answer: Some(ANSWER.into()),
        ..Behaviour::default()
    });
    let out = dir.path().join("run");
    eval(&api, &out).assert().success();
    assert_eq!(api.log().len(), 1, "n=3 in one request");
    let samples = std::fs::read_to_string(out.join("samples.jsonl")).unwrap();
    assert_eq!(samples.lines().count(), 3);
    let results = read_json(&out.join("results.json"));
    let m = model(&results, "m");
    assert_eq!(m["problems"][0]["n"], 3);
    assert_eq!(metric(m, "pass@1"), 1.0);
    assert!(metric(m, "eff@1") > 0.5, "{}", metric(m, "eff@1"));
    let html = std::fs::read_to_string(out.join("leaderboard.html")).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains(">m<"),
        "{html:.300}"
    );
    let board = read_json(&out.join("leaderboard.json"));
    assert!(board.to_string().contains("\"m\""));
    assert!(std::fs::read_to_string(out.join("summary.md"))
        .unwrap()
        .contains("| m "));
    // Rerunning asks for nothing and scores to the same bytes.
    api.clear_log();
    let first = std::fs::read(out.join("results.json")).unwrap();
    eval(&api, &out).assert().success();
    assert!(api.log().is_empty());
    assert_eq!(std::fs::read(out.join("results.json")).unwrap(), first);
}

#[test]
fn eval_stops_before_scoring_when_generation_fails_and_checks_k_first() {
    let (api, dir) = FakeApi::start_in_tempdir(Behaviour {
        key: Some("sk-right".into()),
        ..Behaviour::default()
    });
    let out = dir.path().join("run");
    eval(&api, &out).assert().code(5);
    assert!(!out.join("results.json").exists());
    api.clear_log();
    eval(&api, &out)
        .args(["--k", "1,5"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--k 5: needs at least 5 samples per problem",
        ));
    assert!(api.log().is_empty());
}

#[test]
fn answers_without_code_are_kept_and_scored_as_failures() {
    let (api, dir) = FakeApi::start_in_tempdir(Behaviour {
        answer: Some("I'm sorry, but I can't help with that.".into()),
        ..Behaviour::default()
    });
    let out = dir.path().join("run");
    eval(&api, &out).assert().success();
    let samples = std::fs::read_to_string(out.join("samples.jsonl")).unwrap();
    assert_eq!(samples.lines().count(), 3);
    assert!(samples
        .lines()
        .all(|l| l.contains("\"extraction\":\"no_code\"")));
    let results = read_json(&out.join("results.json"));
    let m = model(&results, "m");
    assert_eq!(m["problems"][0]["n"], 3, "every sample counts");
    assert_eq!(metric(m, "pass@1"), 0.0);
    assert_eq!(metric(m, "eff@1"), 0.0);
}

/// A C++ answer to `sum_of_squares`: the file in a ```cpp block, with a
/// `main` to try it that extraction removes.
const CPP_ANSWER: &str = "```cpp\n#include <vector>\n\nlong long sum_of_squares(const std::vector<long long>& values) {\n    long long total = 0;\n    for (long long v : values) total += v * v;\n    return total;\n}\n\nint main() { return sum_of_squares({1, 2}) == 5 ? 0 : 1; }\n```\n";

#[test]
fn eval_in_cpp_asks_for_cpp_and_scores_it_against_the_cpp_reference() {
    let (api, dir) = FakeApi::start_in_tempdir(Behaviour {
        answer: Some(CPP_ANSWER.into()),
        ..Behaviour::default()
    });
    // The fixture problem with a C++ track of its own (its reference is the
    // answer's function), beside a copy without one, which C++ leaves out.
    let suite = cpp_suite(dir.path());
    let out = dir.path().join("run");
    let mut command = effgauge();
    in_cache(&mut command, &isolated_cache(dir.path()));
    command
        .args(["eval", "--quiet", "--language", "cpp", "--base-url"])
        .arg(api.base_url())
        .args(["--model", "m", "--n", "2", "--suite"])
        .arg(&suite)
        .arg("--out-dir")
        .arg(&out)
        .args(["--bootstrap", "200"]);
    offline(&mut command);
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(api.log().len(), 1, "one problem has a C++ track");
    let samples = std::fs::read_to_string(out.join("samples.jsonl")).unwrap();
    assert_eq!(samples.lines().count(), 2);
    for line in samples.lines() {
        let line: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(line["language"], "cpp");
        assert!(!line["solution"].as_str().unwrap().contains("main"));
    }
    let results = read_json(&out.join("results.json"));
    let m = model(&results, "m");
    assert_eq!(m["problems"].as_array().unwrap().len(), 1);
    assert_eq!(m["problems"][0]["n"], 2);
    assert_eq!(metric(m, "pass@1"), 1.0);
}
