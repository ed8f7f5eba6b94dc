//! `effgauge problems fidelity` end to end on the fixture problems
//! `list-total` (in the fitting half) and `pair-with-sum` (held out): fuel
//! in the sandbox (needs the built runtime) against native time with the
//! host's CPython 3.11 (skipped, saying so, when there is none; CI installs
//! it).

use assert_cmd::Command;
use effgauge_problems::fidelity::held_out;
use effgauge_sandboxes::CostModel;
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

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `problems fidelity` on the fixture suite with short timings.
fn fidelity(args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("effgauge").unwrap();
    cmd.args([
        "problems",
        "fidelity",
        "--min-timing-ms",
        "2",
        "--timings",
        "3",
    ])
    .args(args)
    .arg("--suite")
    .arg(root().join("problems/tests/fixtures/good"));
    cmd
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// The fraction of `(a, b)` within 1.5× of each other, as the figures count it.
fn within_1_5x(ratios: &[(f64, f64)]) -> f64 {
    let n = ratios
        .iter()
        .filter(|(a, b)| (a / b).max(b / a) <= 1.5)
        .count();
    n as f64 / ratios.len() as f64
}

fn f64_of(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

#[test]
fn fidelity_json_has_paired_times_models_and_halves() {
    if !python311() {
        eprintln!(
            "SKIPPED fidelity_json_has_paired_times_models_and_halves: no python3.11 on this \
             machine (apt-get install python3.11)"
        );
        return;
    }
    let out = fidelity(&["--problems", "list-total,pair-with-sum", "--json"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("stdout is JSON");
    assert!(v["python"]["version"]
        .as_str()
        .unwrap()
        .starts_with("3.11."));
    let method = v["method"].as_str().unwrap();
    assert!(method.contains("timed in turn"), "{method}");
    assert!(method.contains("repeated inside one timing"), "{method}");
    // By default every model but plain, in their declared order.
    let models: Vec<&str> = CostModel::ALL
        .into_iter()
        .filter(|&m| m != CostModel::Plain)
        .map(|m| m.name())
        .collect();
    assert_eq!(v["cost_models"], serde_json::json!(models));
    assert_eq!(v["cost_model"], models[0]);
    assert_eq!(v["options"]["timings"], 3);
    assert_eq!(v["options"]["repetitions"], 2);
    assert_eq!(v["options"]["min_timing_ns"], 2_000_000);

    let pairs = v["pairs"].as_array().unwrap();
    let of = |id: &str| pairs.iter().filter(|p| p["problem"] == id).count();
    // list-total: two alternatives × two weighted levels, and the third
    // one's first weighted level (it is censored at the second; fuel is
    // deterministic, so this is too).
    assert_eq!(of("list-total"), 5, "{pairs:?}");
    assert!(of("pair-with-sum") > 0, "{pairs:?}");
    for p in pairs {
        let id = p["problem"].as_str().unwrap();
        assert_eq!(p["held_out"], held_out(id), "{p}");
        assert!([1, 2].contains(&p["level"].as_u64().unwrap()));
        // Every model's fuel, on the same pair; the first is also fuel_ratio.
        let fuel = p["fuel"].as_object().unwrap();
        assert_eq!(fuel.len(), models.len(), "{p}");
        for m in &models {
            let f = &fuel[*m];
            let ratio = f64_of(&f["ratio"]);
            assert!(close(
                ratio,
                f64_of(&f["alternative"]) / f64_of(&f["reference"])
            ));
            assert!(ratio > 0.0, "{p}");
        }
        assert_eq!(p["fuel_ratio"], fuel[models[0]]["ratio"]);
        assert_eq!(p["alternative_fuel"], fuel[models[0]]["alternative"]);
        // Two repetitions, and their geometric mean.
        let runs: Vec<f64> = p["time_ratio_runs"]
            .as_array()
            .unwrap()
            .iter()
            .map(f64_of)
            .collect();
        assert_eq!(runs.len(), 2, "{p}");
        assert!(runs.iter().all(|r| *r > 0.0 && r.is_finite()), "{p}");
        let time = f64_of(&p["time_ratio"]);
        assert!(close(time, (runs[0] * runs[1]).sqrt()), "{p}");
        assert!(close(
            time,
            f64_of(&p["alternative_ns"]) / f64_of(&p["reference_ns"])
        ));
    }
    for p in pairs.iter().filter(|p| p["problem"] == "list-total") {
        assert!(
            f64_of(&p["fuel_ratio"]) > 1.0,
            "the alternatives cost more: {p}"
        );
    }

    // The figures are those of the pairs: recount two of them.
    let f = &v["figures"];
    let held: Vec<&Value> = pairs.iter().filter(|p| p["held_out"] == true).collect();
    assert_eq!(f["all"]["pairs"], pairs.len());
    assert_eq!(f["held_out"]["pairs"], held.len());
    assert!(!held.is_empty() && held.len() < pairs.len());
    let runs_of = |ps: &[&Value]| -> Vec<(f64, f64)> {
        ps.iter()
            .map(|p| {
                let r = &p["time_ratio_runs"];
                (f64_of(&r[0]), f64_of(&r[1]))
            })
            .collect()
    };
    let all: Vec<&Value> = pairs.iter().collect();
    for (set, ps) in [("all", &all), ("held_out", &held)] {
        let floor = &f[set]["noise_floor"];
        assert_eq!(floor["pairs"], ps.len());
        assert!(close(
            f64_of(&floor["within_1_5x"]),
            within_1_5x(&runs_of(ps))
        ));
        let rho = f64_of(&floor["spearman"]);
        assert!((-1.0..=1.0).contains(&rho), "{rho}");
        for m in &models {
            let figures = &f[set]["models"][*m];
            let ratios: Vec<(f64, f64)> = ps
                .iter()
                .map(|p| (f64_of(&p["fuel"][*m]["ratio"]), f64_of(&p["time_ratio"])))
                .collect();
            assert!(close(f64_of(&figures["within_1_5x"]), within_1_5x(&ratios)));
            for key in ["same_side_of_2x", "same_side_of_1x"] {
                assert!((0.0..=1.0).contains(&f64_of(&figures[key])), "{key}");
            }
        }
    }
    assert!(v["worst"].as_array().unwrap().len() <= 10);
    assert!(v["failed"].as_array().unwrap().is_empty());
}

/// The text ends with the table: the noise floor, then each model, over all
/// pairs and over the held-out problems'.
#[test]
fn fidelity_text_ends_with_the_figures_table() {
    if !python311() {
        eprintln!("SKIPPED fidelity_text_ends_with_the_figures_table: no python3.11");
        return;
    }
    let out = fidelity(&["--problems", "list-total,pair-with-sum"])
        .args(["--cost-models", "cost-v1,plain"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    let n = lines.len();
    assert!(n > 5, "{text}");
    let table = &lines[n - 5..];
    assert!(table[0].contains("all pairs ("), "{text}");
    assert!(table[0].contains("held-out problems ("), "{text}");
    let count = |label: &str| -> usize {
        let rest = &table[0][table[0].find(label).unwrap() + label.len()..];
        rest[..rest.find(')').unwrap()].parse().unwrap()
    };
    let (all, held) = (count("all pairs ("), count("held-out problems ("));
    assert!(held > 0 && held < all, "{text}");
    for column in ["model", "rho", "within 1.5x"] {
        assert!(table[1].contains(column), "{text}");
    }
    assert!(
        table[2].starts_with("noise floor (rep 1 vs rep 2)"),
        "{text}"
    );
    assert!(table[3].starts_with("cost-v1 "), "{text}");
    assert!(table[4].starts_with("plain "), "{text}");
    for row in &table[2..] {
        // ρ and three percentages for each of the two sets.
        assert_eq!(row.matches(" %").count(), 6, "{row}");
    }
    // Each pair's row shows its half and both models' fuel ratios.
    let header = lines
        .iter()
        .find(|l| l.starts_with("problem "))
        .unwrap_or_else(|| panic!("no pair header: {text}"));
    for column in ["half", "time ratio", "rep 1", "rep 2", "cost-v1", "plain"] {
        assert!(header.contains(column), "{header}");
    }
    let rows = |id: &str, half: &str| {
        lines
            .iter()
            .filter(|l| l.starts_with(id) && l.contains(half))
            .count()
    };
    assert!(rows("list-total ", " fit ") >= 5, "{text}");
    assert!(rows("pair-with-sum ", " held-out ") >= held, "{text}");
}

/// Both `--cost-model` and `--cost-models` is refused before anything runs.
#[test]
fn cost_model_and_cost_models_conflict() {
    Command::cargo_bin("effgauge")
        .unwrap()
        .args(["problems", "fidelity", "--cost-model", "plain"])
        .args(["--cost-models", "cost-v1"])
        .assert()
        .code(2);
}

/// The fitting script's twin of the held-out rule splits every bundled
/// problem as the benchmark does.
#[test]
fn fitting_script_holds_out_the_same_problems() {
    let suite = root().join("problems/suite");
    let mut ids: Vec<String> = std::fs::read_dir(&suite)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("problem.toml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    assert!(ids.len() > 50, "{ids:?}");
    let script = "import sys; sys.path.insert(0, sys.argv[1]); \
                  from fit_cost_model import held_out; \
                  print(''.join('1' if held_out(i) else '0' for i in sys.argv[2:]))";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(root().join("problems/fidelity"))
        .args(&ids)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected: String = ids
        .iter()
        .map(|id| if held_out(id) { '1' } else { '0' })
        .collect();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), expected);
    // Both halves are used.
    assert!(expected.contains('0') && expected.contains('1'));
}

/// `--work` under `--cost-model plain` records what the cost model sees, and
/// the fitting script (problems/fidelity/fit_cost_model.py) reads it.
#[test]
fn work_is_recorded_for_fitting_the_cost_model() {
    if !python311() {
        eprintln!("SKIPPED work_is_recorded_for_fitting_the_cost_model: no python3.11");
        return;
    }
    let out = fidelity(&["--problems", "list-total,pair-with-sum", "--json"])
        .args(["--work", "--cost-model", "plain"])
        .assert()
        .success();
    let stdout = out.get_output().stdout.clone();
    let v: Value = serde_json::from_slice(&stdout).expect("stdout is JSON");
    assert_eq!(v["cost_model"], "plain");
    assert_eq!(v["cost_models"], serde_json::json!(["plain"]));
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
        .arg(root().join("problems/fidelity/fit_cost_model.py"))
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
    // One problem in each half: the fit sees list-total, not pair-with-sum.
    assert!(text.contains("problems: fit on"), "{text}");
    assert!(text.contains("(1 problems), held out"), "{text}");
    assert!(text.contains("held-out half"), "{text}");
}
