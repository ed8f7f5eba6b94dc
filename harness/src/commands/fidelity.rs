//! `effgauge problems fidelity`: does fuel rank the suite's solutions as
//! native CPython 3.11 wall time does?

use super::problems::{fuel_engine, suite_dir};
use crate::cli::ProblemsFidelityArgs;
use crate::exit::{self, invalid, Coded};
use effgauge_problems::fidelity::work::{attach_work, counting_engines};
use effgauge_problems::fidelity::{
    find_python, fuel_side, native_side, Figures, NativeOptions, Pair, Skipped,
};
use effgauge_problems::{Problem, ProblemsError, Suite, ValidateOptions};
use effgauge_sandboxes::WASMTIME_VERSION;
use serde_json::json;
use std::time::Instant;

pub fn run(args: ProblemsFidelityArgs) -> anyhow::Result<u8> {
    if !(args.runs >= 1 && args.jobs >= 1 && args.min_timing_ms >= 0.0) {
        return Err(invalid(
            "--runs and --jobs must be at least 1, --min-timing-ms not negative",
        ));
    }
    let (python, version) = find_python(args.python.as_deref()).map_err(|message| Coded {
        code: exit::SETUP_ERROR,
        message,
    })?;
    let (suite, errors) = Suite::load_partial(&suite_dir(&args.suite))?;
    let selected: Vec<&Problem> = if args.problems.is_empty() {
        for e in &errors {
            eprintln!("error: {e}");
        }
        suite.problems.iter().collect()
    } else {
        let mut chosen = Vec::new();
        for id in &args.problems {
            match suite.get(id) {
                Some(p) => chosen.push(p),
                None => {
                    return Err(match errors.into_iter().find(|e| e.problem() == Some(id)) {
                        Some(e) => e.into(),
                        None => ProblemsError::NoSuchProblem {
                            dir: suite.dir.clone(),
                            id: id.clone(),
                        }
                        .into(),
                    })
                }
            }
        }
        chosen
    };
    let engine = fuel_engine(&args.sandbox)?;
    let counting = if args.classes {
        let runtime = effgauge_sandboxes::Runtime::locate(args.sandbox.runtime.as_deref())?;
        counting_engines(&runtime)?
    } else {
        Vec::new()
    };
    let validate = ValidateOptions::default();
    let native = NativeOptions {
        python: python.clone(),
        runs: args.runs,
        min_timing_ns: (args.min_timing_ms * 1e6) as u64,
    };
    let method = format!(
        "fuel (cost model {}) vs native CPython {version} ({}) wall time. Pairs: every weighted level × every \
         alternative the validator measures uncensored (censored at {}× the reference's fuel, at \
         least {:.0e}); ratio = alternative / reference; a level's cost is the largest over its \
         cases. Native time of a case: the smallest of {} timings (time.perf_counter_ns, fresh \
         module and freshly decoded arguments per call); calls shorter than {} ms are dominated \
         by timer noise, so they are repeated inside one timing until it lasts {} ms and the total \
         is divided (pairs marked r).",
        engine.cost_model(),
        python.display(),
        validate.alternative_cap_factor,
        validate.alternative_floor_fuel as f64,
        native.runs,
        args.min_timing_ms,
        args.min_timing_ms,
    );
    let total = selected.len();
    eprintln!(
        "fidelity on {total} problem(s): fuel side ({} job(s))",
        args.jobs
    );
    let started = Instant::now();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let fuel = effgauge_problems::parallel::map(&selected, args.jobs, |problem| {
        let t = Instant::now();
        let side = fuel_side(&engine, problem, &validate);
        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        eprintln!(
            "[{n}/{total}] {}: fuel {} ({:.1} s)",
            problem.id,
            if side.is_ok() { "measured" } else { "FAILED" },
            t.elapsed().as_secs_f64()
        );
        side
    });
    let fuel_seconds = started.elapsed().as_secs_f64();
    let mut pairs: Vec<Pair> = Vec::new();
    let mut skipped: Vec<Skipped> = Vec::new();
    let mut failed: Vec<(String, String)> = Vec::new();
    let native_started = Instant::now();
    for (i, (problem, side)) in selected.iter().zip(&fuel).enumerate() {
        let t = Instant::now();
        let side = match side {
            Ok(side) => side,
            Err(e) => {
                failed.push((problem.id.clone(), e.to_string()));
                continue;
            }
        };
        skipped.extend(side.skipped.iter().cloned());
        match native_side(problem, side, &native) {
            Ok((mut p, s)) => {
                if args.work {
                    attach_work(&engine, &counting, problem, side, &mut p)?;
                }
                eprintln!(
                    "[{}/{total}] {}: {} pair(s) timed natively ({:.1} s)",
                    i + 1,
                    problem.id,
                    p.len(),
                    t.elapsed().as_secs_f64()
                );
                pairs.extend(p);
                skipped.extend(s);
            }
            Err(e) => {
                eprintln!("[{}/{total}] {}: FAILED: {e}", i + 1, problem.id);
                failed.push((problem.id.clone(), e));
            }
        }
    }
    let native_seconds = native_started.elapsed().as_secs_f64();
    let figures = Figures::of(&pairs);
    let mut worst: Vec<&Pair> = pairs.iter().collect();
    worst.sort_by(|a, b| b.disagreement().total_cmp(&a.disagreement()));
    worst.truncate(args.worst);
    if args.json {
        let out = json!({
            "suite": suite.dir,
            "runtime": engine.runtime(),
            "wasmtime": WASMTIME_VERSION,
            "cost_model": engine.cost_model().name(),
            "python": { "path": python, "version": version },
            "method": method,
            "options": {
                "runs": native.runs,
                "min_timing_ns": native.min_timing_ns,
                "cap_factor": validate.alternative_cap_factor,
                "floor_fuel": validate.alternative_floor_fuel,
            },
            "figures": figures,
            "worst": worst,
            "pairs": pairs,
            "skipped": skipped,
            "failed": failed.iter().map(|(id, e)| json!({"id": id, "error": e})).collect::<Vec<_>>(),
            "seconds": { "fuel": fuel_seconds, "native": native_seconds },
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        print_text(&method, &pairs, &figures, &worst, &skipped, &failed);
        println!(
            "\n{} problem(s) in {:.1} s (fuel side {:.1} s, native side {:.1} s)",
            total,
            fuel_seconds + native_seconds,
            fuel_seconds,
            native_seconds
        );
    }
    Ok(if failed.is_empty() {
        exit::OK
    } else {
        exit::BELOW_THRESHOLD
    })
}

fn percent(x: Option<f64>) -> String {
    x.map_or("-".into(), |x| format!("{:.1} %", 100.0 * x))
}

fn row(p: &Pair, width: usize, alt_width: usize) -> String {
    format!(
        "{:<width$}  {:>5}  {:<alt_width$}  {:>10.2}  {:>10.2}  {:>9.2}  {}",
        p.problem,
        p.level,
        p.alternative,
        p.fuel_ratio,
        p.time_ratio,
        p.fuel_ratio / p.time_ratio,
        if p.repeated { "r" } else { "" }
    )
}

fn print_text(
    method: &str,
    pairs: &[Pair],
    figures: &Figures,
    worst: &[&Pair],
    skipped: &[Skipped],
    failed: &[(String, String)],
) {
    println!("{method}\n");
    let width = pairs
        .iter()
        .map(|p| p.problem.len())
        .max()
        .unwrap_or(7)
        .max(7);
    let alt_width = pairs
        .iter()
        .map(|p| p.alternative.len())
        .max()
        .unwrap_or(11)
        .max(11);
    let header = format!(
        "{:<width$}  {:>5}  {:<alt_width$}  {:>10}  {:>10}  {:>9}",
        "problem", "level", "alternative", "fuel ratio", "time ratio", "fuel/time"
    );
    println!("{header}");
    for p in pairs {
        println!("{}", row(p, width, alt_width));
    }
    println!("\nfigures:");
    println!(
        "  pairs                                           {}",
        figures.pairs
    );
    println!(
        "  Spearman ρ, log fuel ratio vs log time ratio    {}",
        figures.spearman.map_or("-".into(), |r| format!("{r:.3}"))
    );
    println!(
        "  ratios within 1.5× of each other                {}",
        percent(figures.within_1_5x)
    );
    println!(
        "  ratios on the same side of 2×                   {}",
        percent(figures.same_side_of_2x)
    );
    println!(
        "  ratios on the same side of 1×                   {}",
        percent(figures.same_side_of_1x)
    );
    println!("\nworst pairs (largest max(fuel/time, time/fuel)):\n{header}");
    for p in worst {
        println!("{}", row(p, width, alt_width));
    }
    if !skipped.is_empty() {
        println!("\nleft out ({}):", skipped.len());
        for s in skipped {
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
    for (id, e) in failed {
        println!("FAILED {id}: {e}");
    }
}
