//! `effgauge problems fidelity` end to end on the fixture problem
//! `list-total`: fuel in the sandbox (needs the built runtime) against native
//! time with the host's CPython 3.11 (skipped, saying so, when there is none;
//! CI installs it).

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

fn python311() -> bool {
    ["/usr/bin/python3.11", "python3.11"].iter().any(|p| {
        std::process::Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn fidelity_json_has_pairs_and_figures_in_range() {
    if !python311() {
        eprintln!(
            "SKIPPED fidelity_json_has_pairs_and_figures_in_range: no python3.11 on this machine \
             (apt-get install python3.11)"
        );
        return;
    }
    let suite = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../problems/tests/fixtures/good");
    let out = Command::cargo_bin("effgauge")
        .unwrap()
        .args(["problems", "fidelity", "--problems", "list-total", "--json"])
        .args(["--runs", "2", "--suite"])
        .arg(&suite)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("stdout is JSON");
    assert!(v["python"]["version"]
        .as_str()
        .unwrap()
        .starts_with("3.11."));
    assert!(v["method"]
        .as_str()
        .unwrap()
        .contains("repeated inside one timing"));
    // Two alternatives × two weighted levels, and the third one's first
    // weighted level: it is censored at the second (fuel is deterministic,
    // so this is too).
    let pairs = v["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 5, "{pairs:?}");
    for p in pairs {
        assert_eq!(p["problem"], "list-total");
        assert!([1, 2].contains(&p["level"].as_u64().unwrap()));
        let fuel = p["fuel_ratio"].as_f64().unwrap();
        let time = p["time_ratio"].as_f64().unwrap();
        assert!(fuel > 1.0, "the alternatives cost more fuel: {p}");
        assert!(time > 0.0 && time.is_finite(), "{p}");
        let quotient =
            p["alternative_fuel"].as_f64().unwrap() / p["reference_fuel"].as_f64().unwrap();
        assert!((quotient - fuel).abs() < 1e-9 * fuel);
        assert!(p["reference_ns"].as_f64().unwrap() > 0.0);
    }
    let f = &v["figures"];
    assert_eq!(f["pairs"], 5);
    let rho = f["spearman"].as_f64().unwrap();
    assert!((-1.0..=1.0).contains(&rho), "{rho}");
    for key in ["within_1_5x", "same_side_of_2x", "same_side_of_1x"] {
        let x = f[key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&x), "{key} = {x}");
        // A fraction of 5 pairs.
        assert!(((x * 5.0).round() - x * 5.0).abs() < 1e-9, "{key} = {x}");
    }
    assert!(v["worst"].as_array().unwrap().len() <= 5);
    assert!(v["failed"].as_array().unwrap().is_empty());
}

/// `--work` under `--cost-model plain` records what the cost model sees, and
/// the fitting script (problems/fidelity/fit_cost_model.py) reads it.
#[test]
fn work_is_recorded_for_fitting_the_cost_model() {
    if !python311() {
        eprintln!("SKIPPED work_is_recorded_for_fitting_the_cost_model: no python3.11");
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let suite = root.join("problems/tests/fixtures/good");
    let out = Command::cargo_bin("effgauge")
        .unwrap()
        .args(["problems", "fidelity", "--problems", "list-total", "--json"])
        .args(["--runs", "1", "--min-timing-ms", "2", "--work"])
        .args(["--cost-model", "plain", "--suite"])
        .arg(&suite)
        .assert()
        .success();
    let stdout = out.get_output().stdout.clone();
    let v: Value = serde_json::from_slice(&stdout).expect("stdout is JSON");
    assert_eq!(v["cost_model"], "plain");
    for p in v["pairs"].as_array().unwrap() {
        for side in ["reference_work", "alternative_work"] {
            let w = &p[side];
            assert!(w["fuel"].as_u64().unwrap() > 0, "{p}");
            // Summing a list allocates nothing per element, but importing
            // and calling does, and the arguments are copied in.
            assert!(w["work"]["allocations"].as_u64().unwrap() > 0, "{p}");
            assert!(w["work"]["moved_bytes"].as_u64().is_some(), "{p}");
        }
        // Under plain, the most expensive case's fuel is the level's fuel.
        assert_eq!(p["alternative_work"]["fuel"], p["alternative_fuel"], "{p}");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fidelity.json");
    std::fs::write(&file, &stdout).unwrap();
    let fit = std::process::Command::new("python3")
        .arg(root.join("problems/fidelity/fit_cost_model.py"))
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&fit.stdout);
    assert!(
        fit.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&fit.stderr)
    );
    assert!(text.contains("best weights"), "{text}");
    assert!(text.contains("held-out half"), "{text}");
}
