//! `effgauge problems fidelity`: does fuel rank the suite's solutions as
//! native CPython 3.11 wall time does, under each cost model, and how well
//! does native time agree with itself?

use super::problems::{fuel_engine, suite_dir};
use crate::cli::ProblemsFidelityArgs;
use crate::exit::{self, invalid, Coded};
use effgauge_problems::fidelity::work::{attach_work, counting_engines};
use effgauge_problems::fidelity::{
    find_python, fuel_sides, native_side, pairs_of, FigureSet, Figures, NativeOptions, Pair,
    Skipped, Summary, REPETITIONS,
};
use effgauge_problems::{Problem, ProblemsError, Suite, ValidateOptions};
use effgauge_sandboxes::{CostModel, SandboxEngine, WASMTIME_VERSION};
use serde_json::json;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

pub fn run(args: ProblemsFidelityArgs) -> anyhow::Result<u8> {
    if !(args.timings >= 1 && args.jobs >= 1 && args.min_timing_ms >= 0.0) {
        return Err(invalid(
            "--timings and --jobs must be at least 1, --min-timing-ms not negative",
        ));
    }
    let (python, version) = find_python(args.python.as_deref()).map_err(|message| Coded {
        code: exit::SETUP_ERROR,
        message,
    })?;
    let (suite, errors) = Suite::load_partial(&suite_dir(&args.suite))?;
    let selected = select(&suite, errors, &args.problems)?;
    let models = cost_models(&args);
    let engines = models
        .iter()
        .map(|&model| {
            let mut opts = args.sandbox.clone();
            opts.cost_model = model;
            fuel_engine(&opts)
        })
        .collect::<anyhow::Result<Vec<SandboxEngine>>>()?;
    let counting = if args.classes {
        let runtime = effgauge_sandboxes::Runtime::locate(args.sandbox.runtime.as_deref())?;
        counting_engines(&runtime)?
    } else {
        Vec::new()
    };
    let validate = ValidateOptions::default();
    let native = NativeOptions {
        python: python.clone(),
        timings: args.timings,
        min_timing_ns: (args.min_timing_ms * 1e6) as u64,
    };
    let method = method(&models, &version, &python, &validate, &native, &args);
    let total = selected.len();
    eprintln!(
        "fidelity on {total} problem(s): fuel side under {} ({} job(s))",
        names(&models).join(", "),
        args.jobs
    );
    let started = Instant::now();
    let done = AtomicUsize::new(0);
    let fuel = effgauge_problems::parallel::map(&selected, args.jobs, |problem| {
        let t = Instant::now();
        let sides = fuel_sides(&engines, problem, &validate);
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        eprintln!(
            "[{n}/{total}] {}: fuel {} ({:.1} s)",
            problem.id,
            if sides.is_ok() { "measured" } else { "FAILED" },
            t.elapsed().as_secs_f64()
        );
        sides
    });
    let fuel_seconds = started.elapsed().as_secs_f64();
    let native_started = Instant::now();
    let mut outcome = Outcome::default();
    for (i, (problem, sides)) in selected.iter().zip(&fuel).enumerate() {
        let t = Instant::now();
        let sides = match sides {
            Ok(sides) => sides,
            Err(e) => {
                outcome.failed.push((problem.id.clone(), e.to_string()));
                continue;
            }
        };
        outcome.skipped.extend(sides.skipped.iter().cloned());
        let at = format!("[{}/{total}] {}", i + 1, problem.id);
        match native_side(problem, sides.prepared(), &sides.paired, &native) {
            Ok(timed) => {
                let mut pairs = pairs_of(problem, sides, &timed);
                if args.work {
                    let first = &sides.models[0].1;
                    attach_work(&engines[0], &counting, problem, first, &mut pairs)?;
                }
                eprintln!(
                    "{at}: {} pair(s) timed natively, {REPETITIONS} repetitions ({:.1} s)",
                    pairs.len(),
                    t.elapsed().as_secs_f64()
                );
                outcome.pairs.extend(pairs);
                outcome.skipped.extend(timed.skipped);
            }
            Err(e) => {
                eprintln!("{at}: FAILED: {e}");
                outcome.failed.push((problem.id.clone(), e));
            }
        }
    }
    let native_seconds = native_started.elapsed().as_secs_f64();
    let summary = Summary::of(&outcome.pairs, &models);
    let mut worst: Vec<&Pair> = outcome.pairs.iter().collect();
    worst.sort_by(|a, b| b.disagreement().total_cmp(&a.disagreement()));
    worst.truncate(args.worst);
    if args.json {
        let out = json!({
            "suite": suite.dir,
            "runtime": engines[0].runtime(),
            "wasmtime": WASMTIME_VERSION,
            "cost_model": models[0].name(),
            "cost_models": names(&models),
            "python": { "path": python, "version": version },
            "method": method,
            "options": {
                "timings": native.timings,
                "repetitions": REPETITIONS,
                "min_timing_ns": native.min_timing_ns,
                "cap_factor": validate.alternative_cap_factor,
                "floor_fuel": validate.alternative_floor_fuel,
            },
            "figures": summary,
            "worst": worst,
            "pairs": outcome.pairs,
            "skipped": outcome.skipped,
            "failed": outcome.failed.iter().map(|(id, e)| json!({"id": id, "error": e})).collect::<Vec<_>>(),
            "seconds": { "fuel": fuel_seconds, "native": native_seconds },
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        print_text(&method, &models, &outcome, &worst);
        println!(
            "\n{} problem(s) in {:.1} s (fuel side {:.1} s, native side {:.1} s)\n",
            total,
            fuel_seconds + native_seconds,
            fuel_seconds,
            native_seconds
        );
        for line in figures_table(&summary, &models) {
            println!("{line}");
        }
    }
    Ok(if outcome.failed.is_empty() {
        exit::OK
    } else {
        exit::BELOW_THRESHOLD
    })
}

/// What the native side made of the problems.
#[derive(Default)]
struct Outcome {
    pairs: Vec<Pair>,
    skipped: Vec<Skipped>,
    /// (problem, why) for problems with no figures at all.
    failed: Vec<(String, String)>,
}

/// The problems asked for (all by default, naming the ones that do not load).
fn select<'a>(
    suite: &'a Suite,
    errors: Vec<ProblemsError>,
    ids: &[String],
) -> anyhow::Result<Vec<&'a Problem>> {
    if ids.is_empty() {
        for e in &errors {
            eprintln!("error: {e}");
        }
        return Ok(suite.problems.iter().collect());
    }
    let mut errors = errors;
    ids.iter()
        .map(|id| match suite.get(id) {
            Some(p) => Ok(p),
            None => Err(match errors.iter().position(|e| e.problem() == Some(id)) {
                Some(k) => errors.swap_remove(k).into(),
                None => ProblemsError::NoSuchProblem {
                    dir: suite.dir.clone(),
                    id: id.clone(),
                }
                .into(),
            }),
        })
        .collect()
}

/// The models the run measures, in order, once each: `--cost-models`, else
/// `--cost-model` when it is not the default (so `--cost-model plain` still
/// makes the run `fit_cost_model.py` reads), else every model but plain.
fn cost_models(args: &ProblemsFidelityArgs) -> Vec<CostModel> {
    let mut models: Vec<CostModel> = Vec::new();
    for &m in &args.cost_models {
        if !models.contains(&m) {
            models.push(m);
        }
    }
    if !models.is_empty() {
        models
    } else if args.sandbox.cost_model != CostModel::default() {
        vec![args.sandbox.cost_model]
    } else {
        CostModel::ALL
            .into_iter()
            .filter(|&m| m != CostModel::Plain)
            .collect()
    }
}

fn names(models: &[CostModel]) -> Vec<&'static str> {
    models.iter().map(|m| m.name()).collect()
}

/// How the figures were made, printed above them and kept in the JSON.
fn method(
    models: &[CostModel],
    version: &str,
    python: &std::path::Path,
    validate: &ValidateOptions,
    native: &NativeOptions,
    args: &ProblemsFidelityArgs,
) -> String {
    format!(
        "fuel (cost models {}) vs native CPython {version} ({}) wall time. Pairs: every weighted \
         level × every alternative the validator measures uncensored under every model (censored \
         at {}× the reference's fuel, at least {:.0e}); ratio = alternative / reference; a \
         level's cost is the largest over its cases. Native time of a case: reference and \
         alternative timed in turn in one process (order ABBA…), {} timings each, the median \
         kept (time.perf_counter_ns, fresh module and freshly decoded arguments per call); calls \
         shorter than {} ms are dominated by timer noise, so they are repeated inside one timing \
         until it lasts {} ms and the total is divided (pairs marked r). All of it is done \
         {REPETITIONS} times, each in a fresh process: the time ratio is the geometric mean of \
         the repetitions, and the noise floor is how well they agree with each other. Held-out \
         problems: those whose id's SHA-256 has an odd first byte.",
        names(models).join(", "),
        python.display(),
        validate.alternative_cap_factor,
        validate.alternative_floor_fuel as f64,
        native.timings,
        args.min_timing_ms,
        args.min_timing_ms,
    )
}

/// The columns of one pair's row.
struct Columns {
    problem: usize,
    alternative: usize,
    models: Vec<usize>,
}

fn header(models: &[CostModel], c: &Columns) -> String {
    let mut line = format!(
        "{:<w$}  {:>5}  {:<a$}  {:<8}  {:>10}  {:>6}  {:>6}",
        "problem",
        "level",
        "alternative",
        "half",
        "time ratio",
        "rep 1",
        "rep 2",
        w = c.problem,
        a = c.alternative,
    );
    for (m, w) in models.iter().zip(&c.models) {
        line += &format!("  {:>w$}", m.name());
    }
    line + &format!("  {:>9}", "fuel/time")
}

fn row(p: &Pair, models: &[CostModel], c: &Columns) -> String {
    let mut line = format!(
        "{:<w$}  {:>5}  {:<a$}  {:<8}  {:>10.2}  {:>6.2}  {:>6.2}",
        p.problem,
        p.level,
        p.alternative,
        if p.held_out { "held-out" } else { "fit" },
        p.time_ratio,
        p.time_ratio_runs[0],
        p.time_ratio_runs[1],
        w = c.problem,
        a = c.alternative,
    );
    for (m, w) in models.iter().zip(&c.models) {
        match p.fuel_ratio_under(m.name()) {
            Some(r) => line += &format!("  {r:>w$.2}"),
            None => line += &format!("  {:>w$}", "-"),
        }
    }
    line + &format!(
        "  {:>9.2}  {}",
        p.fuel_ratio / p.time_ratio,
        if p.repeated { "r" } else { "" }
    )
}

fn print_text(method: &str, models: &[CostModel], outcome: &Outcome, worst: &[&Pair]) {
    println!("{method}\n");
    let widest = |f: fn(&Pair) -> usize, least: usize| {
        outcome.pairs.iter().map(f).max().unwrap_or(0).max(least)
    };
    let columns = Columns {
        problem: widest(|p| p.problem.len(), 7),
        alternative: widest(|p| p.alternative.len(), 11),
        models: models.iter().map(|m| m.name().len().max(7)).collect(),
    };
    let header = header(models, &columns);
    println!("{header}");
    for p in &outcome.pairs {
        println!("{}", row(p, models, &columns));
    }
    println!(
        "\nworst pairs (largest max(fuel/time, time/fuel), fuel under {}):\n{header}",
        models[0]
    );
    for p in worst {
        println!("{}", row(p, models, &columns));
    }
    if !outcome.skipped.is_empty() {
        println!("\nleft out ({}):", outcome.skipped.len());
        for s in &outcome.skipped {
            println!(
                "  {}{}{}: {}",
                s.problem,
                s.alternative
                    .as_deref()
                    .map(|a| format!(" {a}"))
                    .unwrap_or_default(),
                s.level.map(|l| format!(" level {l}")).unwrap_or_default(),
                s.reason
            );
        }
    }
    for (id, e) in &outcome.failed {
        println!("FAILED {id}: {e}");
    }
}

const LABEL: usize = 30;
/// One set's four columns: ρ, within 1.5×, same side of 2× and of 1×.
const SET: usize = 6 + 2 + 11 + 2 + 7 + 2 + 7;

fn cells(f: &Figures) -> String {
    let percent = |x: Option<f64>| x.map_or("-".into(), |x| format!("{:.1} %", 100.0 * x));
    format!(
        "{:>6}  {:>11}  {:>7}  {:>7}",
        f.spearman.map_or("-".into(), |r| format!("{r:.3}")),
        percent(f.within_1_5x),
        percent(f.same_side_of_2x),
        percent(f.same_side_of_1x),
    )
}

/// The closing table: per row (the noise floor, then each model) its
/// figures over all pairs and over the held-out problems' pairs.
fn figures_table(summary: &Summary, models: &[CostModel]) -> Vec<String> {
    let sets = [&summary.all, &summary.held_out];
    let row = |label: &str, figures: &dyn Fn(&FigureSet) -> Figures| {
        let [all, held] = sets.map(|s| cells(&figures(s)));
        format!("{label:<LABEL$}{all:<SET$}    {held}")
    };
    let column_names = format!(
        "{:>6}  {:>11}  {:>7}  {:>7}",
        "rho", "within 1.5x", "side 2x", "side 1x"
    );
    let mut lines = vec![
        format!(
            "{:<LABEL$}{:<SET$}    {}",
            "",
            format!("all pairs ({})", summary.all.pairs),
            format!("held-out problems ({})", summary.held_out.pairs)
        ),
        format!("{:<LABEL$}{column_names:<SET$}    {column_names}", "model"),
        row("noise floor (rep 1 vs rep 2)", &|s| s.noise_floor),
    ];
    for m in models {
        lines.push(row(m.name(), &|s| s.models[m.name()]));
    }
    lines
}
