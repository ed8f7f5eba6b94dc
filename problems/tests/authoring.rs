//! The gates on level 0 and on what the alternatives stand for, in the
//! sandbox (needs the built runtime): each fails on a problem made weak in
//! exactly that way, naming the file and what to change.

mod common;

use common::{copy_problem, edit, engine, gate, options, problem};
use effgauge_problems::{validate, GateStatus, ValidationReport};
use std::path::Path;

fn validated(dir: &Path, cache: &Path) -> ValidationReport {
    validate(engine(), &problem(dir), &options(cache))
}

fn failed(report: &ValidationReport) -> Vec<&str> {
    report.failures().map(|g| g.name).collect()
}

#[test]
fn a_corner_case_dearer_than_the_top_level_fails_level0() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "heavy-corner");
    edit(
        &dir,
        "generator.py",
        "return [list(CORNER[case])]",
        "return [list(CORNER[case]) if case else list(range(300000))]",
    );
    let report = validated(&dir, &tmp.path().join("cache"));
    assert_eq!(failed(&report), ["level0"], "{}", report.render());
    let g = gate(&report, "level0");
    let path = dir.join("generator.py").display().to_string();
    assert!(
        g.details[0].starts_with(&format!("{path}: level 0 case 0: the reference costs ")),
        "{}",
        g.details[0]
    );
}

#[test]
fn an_undescribed_alternative_or_no_slip_fails_slips() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "undescribed");
    edit(
        &dir,
        "problem.toml",
        "[[alternatives]]\nname = \"deepcopy_input\"\nkind = \"slip\"\nslows = \"constant\"\npattern = \"deepcopy-input\"\n",
        "",
    );
    let report = validated(&dir, &tmp.path().join("cache"));
    assert_eq!(failed(&report), ["slips"], "{}", report.render());
    let g = gate(&report, "slips");
    assert_eq!(
        g.figure,
        "no alternative is a model-typical slip (needs >= 1)"
    );
    assert!(
        g.details[0].ends_with("alternatives/deepcopy_input.py is not described (add an [[alternatives]] table with its name, kind, slows, and for a slip its pattern)"),
        "{}",
        g.details[0]
    );
    // Relaxed where the suite is imported.
    let imported = effgauge_problems::ValidateOptions {
        imported: true,
        ..options(&tmp.path().join("cache"))
    };
    let report = validate(engine(), &problem(&dir), &imported);
    assert!(report.passed, "{}", report.render());
    assert_eq!(gate(&report, "slips").status, GateStatus::Relaxed);
}

/// Sizes on list-total's levels, so that exponents can be measured.
fn sized_list_total(tmp: &Path, id: &str) -> std::path::PathBuf {
    let dir = copy_problem(tmp, "list-total", id);
    for (description, size) in [
        ("\"2 000 integers in [-1000, 1000]\"", 2000),
        ("\"20 000 integers in [-1000, 1000]\"", 20000),
    ] {
        edit(
            &dir,
            "problem.toml",
            &format!("description = {description}\n"),
            &format!("description = {description}\nsize = {size}\n"),
        );
    }
    dir
}

#[test]
fn a_constant_factor_declared_a_complexity_slowdown_fails_discrimination() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = sized_list_total(tmp.path(), "claimed-complexity");
    let report = validated(&dir, &tmp.path().join("cache"));
    assert!(report.passed, "{}", report.render());
    edit(
        &dir,
        "problem.toml",
        "name = \"plain_loop\"\nkind = \"textbook\"\nslows = \"constant\"",
        "name = \"plain_loop\"\nkind = \"textbook\"\nslows = \"complexity\"",
    );
    let report = validated(&dir, &tmp.path().join("cache"));
    assert_eq!(failed(&report), ["discrimination"], "{}", report.render());
    let g = gate(&report, "discrimination");
    // A plain loop grows like sum(): both exponents are about 1.
    // (each case also pays its import and its compile above the allowance:
    // a constant that keeps the exponents a little under 1).
    let exponent = |text: &str, after: &str| -> f64 {
        let rest = &text[text.find(after).expect(after) + after.len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        rest[..end].parse().unwrap()
    };
    let figure = exponent(&g.figure, "`plain_loop` n^");
    assert!((figure - 1.0).abs() < 0.05, "{}", g.figure);
    assert!(
        g.details[0]
            .starts_with("`plain_loop` is declared a complexity slowdown, but its growth exponent"),
        "{}",
        g.details[0]
    );
    let detail = exponent(&g.details[0], "growth exponent ");
    assert!((detail - 1.0).abs() < 0.05, "{}", g.details[0]);
}

#[test]
fn a_quadratic_slip_passes_discrimination_and_a_missing_size_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = sized_list_total(tmp.path(), "quadratic");
    // A queue emptied from the front: quadratic.
    std::fs::write(
        dir.join("alternatives/deepcopy_input.py"),
        "def total(xs):\n    queue = list(xs)\n    t = 0\n    while queue:\n        t += queue.pop(0)\n    return t\n",
    )
    .unwrap();
    edit(
        &dir,
        "problem.toml",
        "slows = \"constant\"\npattern = \"deepcopy-input\"",
        "slows = \"complexity\"\npattern = \"pop-front\"",
    );
    let report = validated(&dir, &tmp.path().join("cache"));
    assert!(report.passed, "{}", report.render());
    let figure = &gate(&report, "discrimination").figure;
    assert!(figure.starts_with("`deepcopy_input` n^>= "), "{figure}");
    edit(&dir, "problem.toml", "size = 2000\n", "");
    let report = validated(&dir, &tmp.path().join("cache"));
    assert_eq!(failed(&report), ["discrimination"], "{}", report.render());
    assert_eq!(
        gate(&report, "discrimination").details[0],
        "`deepcopy_input`: growth not measurable: the weighted levels do not all declare `size`"
    );
}

#[test]
fn a_weighted_level_that_costs_about_the_call_overhead_fails_weighted_floor() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "overhead-only");
    edit(
        &dir,
        "generator.py",
        "n = 2000 * 10 ** (level - 1)",
        "n = (4, 20000)[level - 1]",
    );
    let report = validated(&dir, &tmp.path().join("cache"));
    assert_eq!(failed(&report), ["weighted-floor"], "{}", report.render());
    let g = gate(&report, "weighted-floor");
    assert!(
        g.details[0].starts_with("level 1: the reference's dearest case costs "),
        "{}",
        g.details[0]
    );
    assert!(
        g.details[0].ends_with("fuel, its cheapest corner case): make the level larger"),
        "{}",
        g.details[0]
    );
}
