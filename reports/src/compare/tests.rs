use super::*;
use crate::testdata::{file, model, problem};

fn t(spec: &str) -> Threshold {
    spec.parse().unwrap()
}

#[test]
fn threshold_parsing() {
    assert_eq!(
        t("eff@1=0.02"),
        Threshold {
            metric: "eff@1".into(),
            max_drop: 0.02
        }
    );
    assert_eq!(t(" speedup = 0.5 ").metric, "speedup");
    for bad in [
        "eff@1",
        "=0.1",
        "eff@1=x",
        "eff@1=-0.1",
        "eff@1=inf",
        "eff@1=NaN",
        "",
    ] {
        let err = bad.parse::<Threshold>().unwrap_err().to_string();
        assert!(err.starts_with("--max-regression"), "{bad}: {err}");
    }
}

#[test]
fn pairs_by_name_and_lists_the_rest() {
    let base = file(vec![model("a", 0.8, 1.0), model("b", 0.5, 1.0)]);
    let new = file(vec![model("a", 0.7, 0.2), model("c", 0.5, 1.0)]);
    let c = compare(&base, &new).unwrap();
    assert_eq!(c.models.len(), 1);
    assert_eq!(c.only_in_base, ["b"]);
    assert_eq!(c.only_in_new, ["c"]);
    let m = &c.models[0];
    let names: Vec<&str> = m.metrics.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        ["pass@1", "eff@1", "efficient@1", SPEEDUP, SPEEDUP_SUMS]
    );
    let eff = &m.metrics[1];
    assert!((eff.delta().unwrap() + 0.1).abs() < 1e-12);
    // 0.7 lies inside the old interval [0.75, 0.87]? No: outside.
    assert_eq!(eff.outside_ci(), Some(true));
    assert_eq!(m.metrics[0].outside_ci(), Some(false));
    assert_eq!(m.metrics[3].outside_ci(), None);
    assert_eq!(m.problems_compared, 2);
    assert_eq!(m.regressions.len(), 1);
    assert_eq!(m.regressions[0].task_id, "p/1");
}

#[test]
fn single_models_pair_despite_names() {
    let c = compare(
        &file(vec![model("old-name", 0.8, 1.0)]),
        &file(vec![model("new-name", 0.8, 1.0)]),
    )
    .unwrap();
    assert_eq!(c.models[0].base, "old-name");
    assert_eq!(c.models[0].new, "new-name");
    let md = c.to_markdown("a.json", "b.json", &[], &[]);
    assert!(md.contains("### old-name → new-name"), "{md}");
    assert!(md.contains("no `--max-regression` gate given"));
}

#[test]
fn nothing_in_common_is_an_error() {
    let base = file(vec![model("a", 0.8, 1.0), model("b", 0.5, 1.0)]);
    let new = file(vec![model("c", 0.7, 0.2), model("d", 0.5, 1.0)]);
    let err = compare(&base, &new).unwrap_err().to_string();
    assert!(err.contains("no model is in both files"), "{err}");
}

#[test]
fn gates() {
    let base = file(vec![model("a", 0.8, 1.0)]);
    let new = file(vec![model("a", 0.7, 1.0)]);
    let c = compare(&base, &new).unwrap();
    // A drop of exactly the allowed delta passes despite rounding.
    assert!(c.check(&[t("eff@1=0.1")]).unwrap().is_empty());
    let v = c.check(&[t("eff@1=0.05"), t("pass@1=0")]).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].metric, "eff@1");
    // Improvements never fail, however strict the gate.
    assert!(compare(&new, &base)
        .unwrap()
        .check(&[t("eff@1=0")])
        .unwrap()
        .is_empty());
    let err = c.check(&[t("eff@5=0.1")]).unwrap_err().to_string();
    assert!(
        err.contains("no compared model has metric \"eff@5\""),
        "{err}"
    );
    assert!(err.contains("known: pass@1, eff@1"), "{err}");
    let md = c.to_markdown("a.json", "b.json", &[t("eff@1=0.05")], &v);
    assert!(
        md.contains("| eff@1 | 0.800 | 0.700 | -0.100 | **yes** | **FAIL** (max drop 0.05) |"),
        "{md}"
    );
    assert!(
        md.contains("- a eff@1: dropped by 0.100 (0.800 → 0.700); allowed 0.05"),
        "{md}"
    );
}

#[test]
fn metric_becoming_unavailable_fails_its_gate() {
    let base = file(vec![model("a", 0.8, 1.0)]);
    let mut new_model = model("a", 0.8, 1.0);
    new_model.summary.metrics[2].value = None;
    let c = compare(&base, &file(vec![new_model])).unwrap();
    let v = c.check(&[t("eff@1=0.5")]).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].new, None);
    // The reverse has no baseline: passes.
    let mut old_model = model("a", 0.8, 1.0);
    old_model.summary.metrics[2].value = None;
    let c = compare(&file(vec![old_model]), &base).unwrap();
    assert!(c.check(&[t("eff@1=0")]).unwrap().is_empty());
}

#[test]
fn top_ten_problem_drops_largest_first() {
    let mut b = model("a", 0.8, 1.0);
    let mut n = model("a", 0.8, 1.0);
    b.problems = (0..15)
        .map(|i| problem(&format!("q/{i:02}"), 1.0))
        .collect();
    n.problems = (0..15)
        .map(|i| problem(&format!("q/{i:02}"), 1.0 - i as f64 / 20.0))
        .collect();
    let c = compare(&file(vec![b]), &file(vec![n])).unwrap();
    let r = &c.models[0].regressions;
    assert_eq!(r.len(), TOP_PROBLEMS);
    assert_eq!(r[0].task_id, "q/14");
    assert_eq!(r[9].task_id, "q/05");
    assert_eq!(c.models[0].problems_compared, 15);
}

#[test]
fn harness_differences_are_warned() {
    let base = file(vec![model("a", 0.8, 1.0)]);
    let mut new = file(vec![model("a", 0.8, 1.0)]);
    new.harness.suite_hash = "ff".into();
    let c = compare(&base, &new).unwrap();
    assert_eq!(c.warnings.len(), 1);
    assert!(c.warnings[0].contains("suite hash"));
    assert!(c
        .to_markdown("a", "b", &[], &[])
        .contains("> **Warning:** the files differ in suite hash"));
}

#[test]
fn another_metering_version_or_salt_is_warned() {
    let base = file(vec![model("a", 0.8, 1.0)]);
    let mut new = file(vec![model("a", 0.8, 1.0)]);
    new.harness.metering_version = 1;
    new.harness.cost_model = "plain".into();
    new.harness.salt_sha256 = Some("ab".repeat(32));
    let c = compare(&base, &new).unwrap();
    assert_eq!(c.warnings.len(), 3, "{:?}", c.warnings);
    assert!(c.warnings[0].contains("metering version (3 vs 1)"));
    assert!(c.warnings[1].contains("cost model (cost-v1 vs plain)"));
    assert!(c.warnings[2].contains("salt"));
}
