//! `effgauge problems list|show|validate` end to end, on the fixture suites
//! of the problems crate (`problems/tests/fixtures/{good,broken}`). The
//! commands that run guests need the built runtime.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::PathBuf;

fn fixtures(suite: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../problems/tests/fixtures")
        .join(suite)
}

fn effgauge(args: &[&str], suite: &str) -> Command {
    let mut cmd = Command::cargo_bin("effgauge").unwrap();
    cmd.arg("problems")
        .args(args)
        .arg("--suite")
        .arg(fixtures(suite));
    cmd
}

fn json(output: &[u8]) -> Value {
    serde_json::from_slice(output).expect("stdout is JSON")
}

#[test]
fn list_prints_a_table_and_json() {
    effgauge(&["list"], "good")
        .assert()
        .success()
        .stdout(predicate::str::contains("list-total"))
        .stdout(predicate::str::contains(
            "Two positions whose values add up to a target",
        ))
        .stdout(predicate::str::contains("2 problems in "))
        // The census under the table.
        .stdout(predicate::str::contains(
            "categories (1): arrays 2\ndifficulty: easy 2 (100 %), medium 0 (0 %), hard 0 (0 %)\n\
             size: 2 problems, 6 levels, 15 cases, 6 alternatives (slip/complexity 1, \
             slip/constant 1, textbook/complexity 1, textbook/constant 3)\n\
             slips: deepcopy-input 1, list-membership 1 (0 problems without one)\n",
        ));
    let out = effgauge(&["list", "--json"], "good").assert().success();
    let items = json(&out.get_output().stdout);
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["id"], "list-total");
    assert_eq!(items[0]["title"], "Total of a list of integers");
    assert_eq!(items[0]["entry_point"], "total");
    assert_eq!(items[0]["tags"], serde_json::json!(["arrays"]));
    assert_eq!(items[0]["levels"], 3);
    assert_eq!(items[0]["category"], "arrays");
    assert_eq!(
        items[0]["alternatives"][0],
        serde_json::json!({"name": "deepcopy_input",
            "described": {"kind": "slip", "slows": "constant", "pattern": "deepcopy-input"}})
    );
    assert_eq!(items[0]["alternatives"].as_array().unwrap().len(), 3);
    assert_eq!(items[1]["checker"], true);
}

#[test]
fn list_reports_invalid_problems_and_exits_2() {
    let toml = fixtures("broken").join("malformed-toml/problem.toml");
    let reference = fixtures("broken").join("missing-file/reference.py");
    effgauge(&["list"], "broken")
        .assert()
        .code(2)
        .stdout(predicate::str::contains("nondeterministic"))
        .stdout(predicate::str::contains("wrong-alternative"))
        .stderr(predicate::str::contains(format!(
            "error: {}:13: levels[1].weight: expected a number, found a string",
            toml.display()
        )))
        .stderr(predicate::str::contains(format!(
            "error: problem `missing-file`: missing file {}",
            reference.display()
        )));
}

#[test]
fn show_prints_the_prompt_and_reference_costs() {
    effgauge(&["show", "list-total"], "good")
        .assert()
        .success()
        .stdout(predicate::str::contains(">>> total([1, 2, 3])"))
        .stdout(predicate::str::contains("ref. fuel (max)"))
        .stdout(predicate::str::contains("20 000 integers in [-1000, 1000]"));
    let out = effgauge(&["show", "list-total", "--json"], "good")
        .assert()
        .success();
    let v = json(&out.get_output().stdout);
    let levels = v["levels"].as_array().unwrap();
    assert_eq!(levels.len(), 3);
    let fuel = |i: usize| levels[i]["reference_fuel_max"].as_u64().unwrap();
    assert!(fuel(0) < fuel(1) && fuel(1) < fuel(2), "{levels:?}");
    assert!(fuel(2) > 1_000_000);
    assert!(v["prompt"]
        .as_str()
        .unwrap()
        .starts_with("from typing import List"));
}

#[test]
fn show_names_unknown_and_invalid_problems() {
    effgauge(&["show", "nope"], "good")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no problem `nope`"));
    effgauge(&["show", "malformed-toml"], "broken")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "problem.toml:13: levels[1].weight: expected a number",
        ));
}

#[test]
fn validate_passes_the_good_suite() {
    effgauge(&["validate"], "good")
        .assert()
        .success()
        .stdout(predicate::str::contains("2/2 problems pass every gate"))
        .stdout(predicate::str::contains("budget <= 2.0e9 fuel"))
        .stdout(predicate::str::contains(
            "`all_pairs` censored at level 2 case 0",
        ));
    let out = effgauge(&["validate", "pair-with-sum", "--json"], "good")
        .assert()
        .success();
    let v = json(&out.get_output().stdout);
    assert_eq!(v["passed"], 1);
    assert_eq!(v["failed"], 0);
    assert_eq!(v["options"]["max_reference_fuel"], 2_000_000_000u64);
    let report = &v["problems"][0];
    assert_eq!(report["id"], "pair-with-sum");
    let gates: Vec<&str> = report["gates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        gates,
        [
            "prompt",
            "examples",
            "inputs",
            "deterministic",
            "reference",
            "alternatives",
            "floor",
            "weighted-floor",
            "budget",
            "level0",
            "separation",
            "growth",
            "slips",
            "near-ties",
            "discrimination",
            "memory"
        ]
    );
    assert_eq!(report["alternatives"][0]["levels"][2]["censored"], true);
}

#[test]
fn validate_fails_a_wrong_alternative_and_isolates_a_stateful_generator() {
    let broken = fixtures("broken");
    effgauge(
        &["validate", "nondeterministic", "wrong-alternative"],
        "broken",
    )
    .assert()
    .code(1)
    .stdout(predicate::str::contains("1/2 problems pass every gate"))
    // The generator counts its calls in a module global, which used to make
    // its inputs depend on how many cases ran before: every case now runs
    // in a fresh instance, so no state crosses cases and the gate passes.
    .stdout(predicate::str::contains(
        "ok   deterministic  7 inputs, 3 runs",
    ))
    .stdout(predicate::str::contains("FAIL nondeterministic").not())
    .stdout(predicate::str::contains(
        "FAIL wrong-alternative: alternatives",
    ))
    .stdout(predicate::str::contains(format!(
        "{}: level 1 case 0: wrong answer: got ",
        broken
            .join("wrong-alternative/alternatives/plain_loop.py")
            .display()
    )));
}

#[test]
fn validate_exits_2_on_invalid_problems_and_unknown_ids() {
    let toml = fixtures("broken").join("malformed-toml/problem.toml");
    effgauge(&["validate", "malformed-toml"], "broken")
        .assert()
        .code(2)
        .stdout(predicate::str::contains(format!(
            "INVALID {}:13: levels[1].weight: expected a number",
            toml.display()
        )));
    effgauge(&["validate", "nope"], "good")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no problem `nope`"));
    effgauge(&["validate", "--meter", "wall"], "good")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("measure fuel only"));
}
