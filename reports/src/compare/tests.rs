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

#[test]
fn another_source_cap_is_warned() {
    let base = file(vec![model("a", 0.8, 1.0)]);
    let mut new = file(vec![model("a", 0.8, 1.0)]);
    new.harness.max_source_bytes = Some(1_000);
    let mut old = file(vec![model("a", 0.8, 1.0)]);
    old.harness.max_source_bytes = None;
    let c = compare(&base, &new).unwrap();
    assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
    assert!(c.warnings[0].contains("source cap (65536 bytes vs 1000 bytes)"));
    // A file from before the cap had none.
    let c = compare(&old, &base).unwrap();
    assert!(c.warnings[0].contains("source cap (none vs 65536 bytes)"));
}

#[test]
fn public_against_held_out_is_warned() {
    use crate::schema::Inputs;
    let public = file(vec![model("a", 0.8, 1.0)]);
    let mut held_out = file(vec![model("a", 0.8, 1.0)]);
    held_out.harness.inputs = Some(Inputs::HeldOut);
    held_out.harness.salt_sha256 = Some("ab".repeat(32));
    let c = compare(&public, &held_out).unwrap();
    assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
    assert!(
        c.warnings[0].starts_with(
            "the files differ in inputs (public seeds vs held-out (salt sha256 abababababab…)): \
             a score on the public seeds can come from answers known in advance"
        ),
        "{:?}",
        c.warnings
    );
    assert!(c
        .to_markdown("a", "b", &[], &[])
        .contains("> **Warning:** the files differ in inputs (public seeds vs held-out"));
    // The other way round, and a file written before `inputs` was recorded
    // (public: it has no salt hash).
    let mut old = public.clone();
    old.harness.inputs = None;
    let c = compare(&held_out, &old).unwrap();
    assert!(
        c.warnings[0].contains("(held-out (salt sha256 abababababab…) vs public seeds)"),
        "{:?}",
        c.warnings
    );
    // Held-out under two salts: different draws.
    let mut other = held_out.clone();
    other.harness.salt_sha256 = Some("cd".repeat(32));
    let c = compare(&held_out, &other).unwrap();
    assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
    assert!(c.warnings[0].starts_with(
        "the files differ in salt (abababababab… vs cdcdcdcdcdcd…): their held-out inputs"
    ));
    // The same inputs: nothing to say.
    assert!(compare(&held_out, &held_out.clone())
        .unwrap()
        .warnings
        .is_empty());
    assert!(compare(&public, &old).unwrap().warnings.is_empty());
}
