//! `effgauge problems list|show|validate|fidelity`: the suite, one problem,
//! the validator that holds every problem to its gates (`fidelity` is in
//! [`super::fidelity`]).

use crate::cli::{
    ProblemsArgs, ProblemsCommand, ProblemsListArgs, ProblemsShowArgs, ProblemsValidateArgs,
    SandboxOpts, SuiteOpts,
};
use crate::exit::{self, invalid};
use effgauge_problems::{
    category, format_fuel, prepare, validate_many, validate_native_many, Census, Language, Problem,
    ProblemsError, Suite, ValidateOptions, ValidationReport,
};
use effgauge_sandboxes::{Meter, SandboxEngine, WASMTIME_VERSION};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::Instant;

pub fn run(args: ProblemsArgs) -> anyhow::Result<u8> {
    match args.command {
        ProblemsCommand::List(args) => list(args),
        ProblemsCommand::Show(args) => show(args),
        ProblemsCommand::Validate(args) => validate(args),
        ProblemsCommand::Fidelity(args) => super::fidelity::run(args),
    }
}

pub(super) fn suite_dir(opts: &SuiteOpts) -> PathBuf {
    opts.suite.clone().unwrap_or_else(Suite::bundled_dir)
}

/// Loads what loads; each invalid problem is reported on stderr.
fn load(opts: &SuiteOpts) -> anyhow::Result<(Suite, Vec<ProblemsError>)> {
    let (suite, errors) = Suite::load_partial(&suite_dir(opts))?;
    for e in &errors {
        eprintln!("error: {e}");
    }
    Ok((suite, errors))
}

/// Problems are measured in fuel: the gates and the cached reference costs
/// are fuel figures.
pub(super) fn fuel_engine(opts: &SandboxOpts) -> anyhow::Result<SandboxEngine> {
    if opts.meter != Meter::Fuel {
        return Err(invalid(format!(
            "--meter {}: problem commands measure fuel only (the gates and reference costs are fuel figures)",
            opts.meter.name()
        )));
    }
    super::engine(opts)
}

fn list(args: ProblemsListArgs) -> anyhow::Result<u8> {
    let (suite, errors) = load(&args.suite)?;
    if args.json {
        let items: Vec<Value> = suite
            .problems
            .iter()
            .map(|p| {
                json!({
                    "id": p.id,
                    "title": p.title,
                    "entry_point": p.entry_point,
                    "tags": p.tags,
                    "category": category(p),
                    "difficulty": p.difficulty,
                    "levels": p.levels.len(),
                    "cases": p.levels.iter().map(|l| l.cases).sum::<usize>(),
                    "alternatives": p.alternatives.iter().map(|a| json!({
                        "name": a.name,
                        "described": a.described,
                    })).collect::<Vec<_>>(),
                    "checker": p.checker.is_some(),
                    "content_hash": p.content_hash,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&items)?);
    } else {
        let width = suite.problems.iter().map(|p| p.id.len()).max().unwrap_or(2);
        println!(
            "{:<width$}  {:<6}  {:<6}  {:<28}  title",
            "id", "levels", "diff.", "tags"
        );
        for p in &suite.problems {
            println!(
                "{:<width$}  {:<6}  {:<6}  {:<28}  {}",
                p.id,
                p.levels.len(),
                p.difficulty.name(),
                p.tags.join(","),
                p.title
            );
        }
        print!("\n{}", Census::of(&suite.problems).render());
        println!(
            "{} problems in {}{}",
            suite.problems.len(),
            suite.dir.display(),
            if errors.is_empty() {
                String::new()
            } else {
                format!(", {} invalid (see above)", errors.len())
            }
        );
    }
    Ok(if errors.is_empty() {
        exit::OK
    } else {
        exit::INVALID_INPUT
    })
}

/// The problem `id`, or the error that kept it from loading.
fn find(suite: &Suite, errors: Vec<ProblemsError>, id: &str) -> anyhow::Result<Problem> {
    if let Some(p) = suite.get(id) {
        return Ok(p.clone());
    }
    if let Some(e) = errors.into_iter().find(|e| e.problem() == Some(id)) {
        return Err(e.into());
    }
    Err(ProblemsError::NoSuchProblem {
        dir: suite.dir.clone(),
        id: id.to_owned(),
    }
    .into())
}

fn show(args: ProblemsShowArgs) -> anyhow::Result<u8> {
    let (suite, errors) = Suite::load_partial(&suite_dir(&args.suite))?;
    let problem = find(&suite, errors, &args.id)?;
    let engine = fuel_engine(&args.sandbox)?;
    let prepared = prepare(&engine, &problem, None)?;
    // Per level: the largest and the smallest reference fuel over its cases.
    let costs: Vec<(u64, u64)> = (0..problem.levels.len())
        .map(|i| {
            let fuel = prepared.cases.iter().filter(|c| c.level == i);
            let min = fuel.map(|c| c.reference_fuel).min().unwrap_or(0);
            (prepared.reference_level_fuel[i], min)
        })
        .collect();
    let levels: Vec<Value> = problem
        .levels
        .iter()
        .zip(&costs)
        .map(|(l, (max, min))| {
            json!({
                "weight": l.weight,
                "cases": l.cases,
                "description": l.description,
                "size": l.size,
                "reference_fuel_max": max,
                "reference_fuel_min": min,
            })
        })
        .collect();
    if args.json {
        let out = json!({
            "id": problem.id,
            "title": problem.title,
            "entry_point": problem.entry_point,
            "tags": problem.tags,
            "difficulty": problem.difficulty,
            "alpha": problem.alpha,
            "generator_convention": problem.convention,
            "levels": levels,
            "alternatives": problem.alternatives.iter().map(|a| &a.name).collect::<Vec<_>>(),
            "checker": problem.checker.is_some(),
            "content_hash": problem.content_hash,
            "runtime": engine.runtime(),
            "wasmtime": WASMTIME_VERSION,
            "prompt": problem.prompt,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(exit::OK);
    }
    println!("{} — {}", problem.id, problem.title);
    println!(
        "entry point `{}`, {}, tags: {}, alternatives: {}{}",
        problem.entry_point,
        problem.difficulty.name(),
        problem.tags.join(", "),
        problem
            .alternatives
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        if problem.checker.is_some() {
            ", own checker"
        } else {
            ""
        }
    );
    println!();
    println!(
        "{:>5}  {:>6}  {:>5}  {:>16}  {:>16}  description",
        "level", "weight", "cases", "ref. fuel (max)", "ref. fuel (min)"
    );
    for (i, (level, (max, min))) in problem.levels.iter().zip(&costs).enumerate() {
        println!(
            "{i:>5}  {:>6}  {:>5}  {:>16}  {:>16}  {}",
            level.weight,
            level.cases,
            format_fuel(*max),
            format_fuel(*min),
            level.description
        );
    }
    println!();
    println!("prompt.py:");
    print!("{}", problem.prompt);
    if !problem.prompt.ends_with('\n') {
        println!();
    }
    Ok(exit::OK)
}

fn validate(args: ProblemsValidateArgs) -> anyhow::Result<u8> {
    if !(args.alpha >= 1.0 && args.cap_factor >= 1.0 && args.jobs >= 1) {
        return Err(invalid(
            "--alpha and --cap-factor must be at least 1, --jobs at least 1",
        ));
    }
    let (suite, mut errors) = Suite::load_partial(&suite_dir(&args.suite))?;
    let selected: Vec<&Problem> = if args.ids.is_empty() {
        suite.problems.iter().collect()
    } else {
        let mut chosen = Vec::new();
        let mut kept = Vec::new();
        for id in &args.ids {
            match suite.get(id) {
                Some(p) => chosen.push(p),
                None => match errors.iter().position(|e| e.problem() == Some(id)) {
                    Some(i) => kept.push(errors.remove(i)),
                    None => {
                        return Err(ProblemsError::NoSuchProblem {
                            dir: suite.dir.clone(),
                            id: id.clone(),
                        }
                        .into())
                    }
                },
            }
        }
        errors = kept;
        chosen
    };
    let engine = fuel_engine(&args.sandbox)?;
    let opts = ValidateOptions {
        alpha_gate: args.alpha,
        min_reference_fuel: args.min_reference_fuel,
        max_reference_fuel: args.max_reference_fuel,
        alternative_cap_factor: args.cap_factor,
        workers: args.jobs,
        progress: true,
        imported: args.imported || suite.imported.is_some(),
        ..ValidateOptions::default()
    };
    let thresholds = format!(
        "gates: floor >= {:.1e} fuel (every top-level reference case), budget <= {:.1e} fuel \
         (per top-level reference case), separation >= {}× (unless a problem sets alpha); \
         alternatives censored at {}× the reference (at least {:.1e} fuel)",
        opts.min_reference_fuel as f64,
        opts.max_reference_fuel as f64,
        opts.alpha_gate,
        opts.alternative_cap_factor,
        opts.alternative_floor_fuel as f64
    );
    let thresholds = if opts.imported {
        format!(
            "{thresholds}; imported suite: gates {} relaxed",
            effgauge_problems::AUTHORING_GATES.join(", ")
        )
    } else {
        thresholds
    };
    eprintln!(
        "validating {} problem(s) with {} worker(s); {thresholds}",
        selected.len(),
        opts.workers
    );
    let started = Instant::now();
    let reports = validate_tracks(&engine, &selected, &opts, &args.language);
    let seconds = started.elapsed().as_secs_f64();
    let passed = reports.iter().filter(|r| r.passed).count();
    if args.json {
        let out = json!({
            "suite": suite.dir,
            "runtime": engine.runtime(),
            "wasmtime": WASMTIME_VERSION,
            "options": opts,
            "seconds": seconds,
            "passed": passed,
            "failed": reports.len() - passed,
            "problems": reports,
            "invalid": errors.iter().map(|e| json!({
                "id": e.problem(),
                "error": e.to_string(),
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!("{thresholds}\n");
        for report in &reports {
            println!("{}", report.render());
        }
        for e in &errors {
            println!("INVALID {e}\n");
        }
        print_summary(&reports, errors.len(), seconds);
    }
    Ok(if !errors.is_empty() {
        exit::INVALID_INPUT
    } else if passed < reports.len() {
        exit::BELOW_THRESHOLD
    } else {
        exit::OK
    })
}

/// The reports of every track asked for: the Python one of each problem,
/// then the C++ one and the C one of each problem that has them.
fn validate_tracks(
    engine: &SandboxEngine,
    selected: &[&Problem],
    opts: &ValidateOptions,
    languages: &[Language],
) -> Vec<ValidationReport> {
    let mut reports = Vec::new();
    if languages.contains(&Language::Python) {
        reports = validate_many(engine, selected, opts);
    }
    for language in languages {
        if let Some(dialect) = language.dialect() {
            reports.extend(validate_native_many(engine, selected, opts, dialect));
        }
    }
    reports
}

fn print_summary(reports: &[ValidationReport], invalid: usize, seconds: f64) {
    let passed = reports.iter().filter(|r| r.passed).count();
    println!(
        "{passed}/{} problems pass every gate{} ({seconds:.1} s)",
        reports.len(),
        if invalid > 0 {
            format!("; {invalid} invalid")
        } else {
            String::new()
        }
    );
    for r in reports.iter().filter(|r| !r.passed) {
        let failed: Vec<&str> = r.failures().map(|g| g.name).collect();
        println!("  FAIL {}: {}", r.id, failed.join(", "));
    }
}
