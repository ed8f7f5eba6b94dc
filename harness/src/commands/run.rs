//! `effgauge run --problem ID CANDIDATE.py`: score one submission, level by
//! level, against the reference. Exit 0 when it is correct, 1 when it is
//! wrong or censored.

use crate::cli::JudgeOpts;
use crate::exit::{self, invalid};
use clap::Args;
use effgauge_problems::{Language, Suite};
use effgauge_reports::scaling::fmt_growth_against;
use effgauge_reports::schema::{Growth, Inputs};
use effgauge_scoring::{ScoreConfig, Scorer, Verdict};
use serde_json::json;
use std::path::PathBuf;

#[derive(Args)]
pub struct RunArgs {
    /// The problem to score against.
    #[arg(long)]
    pub problem: String,
    /// The submission: a full program defining the entry point (Python; C++
    /// for a file named *.cpp, *.cc or *.cxx; C for *.c).
    pub candidate: PathBuf,
    /// The submission's language, `python`, `cpp` or `c` (default: by the
    /// file's extension).
    #[arg(long, value_name = "LANG")]
    pub language: Option<Language>,
    /// The problem suite (default: the bundled one).
    #[arg(long)]
    pub suite: Option<PathBuf>,
    #[command(flatten)]
    pub judge: JudgeOpts,
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// A file's language by its extension: C++ for `.cpp`, `.cc`, `.cxx`, C
/// for `.c`, Python otherwise.
fn language_of(path: &std::path::Path) -> Language {
    match path.extension().and_then(|e| e.to_str()) {
        Some("cpp" | "cc" | "cxx" | "C") => Language::Cpp,
        Some("c") => Language::C,
        _ => Language::Python,
    }
}

pub fn run(args: RunArgs) -> anyhow::Result<u8> {
    let salt = args.judge.salt.salt(Inputs::Public)?;
    let suite = Suite::load(&args.suite.clone().unwrap_or_else(Suite::bundled_dir))?;
    let problem = suite
        .get(&args.problem)
        .ok_or_else(|| invalid(format!("--problem: unknown problem '{}'", args.problem)))?
        .clone();
    let source = std::fs::read_to_string(&args.candidate)
        .map_err(|e| invalid(format!("{}: {e}", args.candidate.display())))?;
    // One program against one problem, weighted by the problem's own levels.
    let weights: Vec<f64> = problem.levels.iter().map(|l| l.weight).collect();
    let config = ScoreConfig {
        jobs: 1,
        language: args
            .language
            .unwrap_or_else(|| language_of(&args.candidate)),
        ..args.judge.config(weights, args.seed, salt.clone())
    };
    let scorer = Scorer::new(config, suite, 1)?;
    // The file's exact text, as `score` runs a sample: unless it is over the
    // source cap, then it is not run at all.
    let scored =
        scorer.score_program(&problem.id, &args.candidate.display().to_string(), &source)?;
    let settings = scorer.config().settings().for_problem(&problem);
    let outcome = &scored.outcome;
    let reference = &scored.reference_level_cost;
    let sample = &scored.sample;
    let unit = settings.meter.unit();
    let levels: Vec<serde_json::Value> = (0..reference.len())
        .map(|l| {
            let cost = outcome.level_cost[l];
            json!({
                "level": l,
                "weight": problem.levels[l].weight,
                "size": problem.levels[l].size,
                "cost": cost,
                "reference_cost": reference[l],
                "ratio": cost.map(|c| c as f64 / reference[l].max(1) as f64),
            })
        })
        .collect();
    if args.json {
        let out = json!({
            "problem": problem.id,
            "meter": settings.meter.name(),
            "inputs": if salt.is_some() { Inputs::HeldOut } else { Inputs::Public }.name(),
            "salt_sha256": salt.as_ref().map(|s| s.sha256_hex()),
            "verdict": sample.verdict,
            "status": sample.status,
            "failed_at": sample.failed_at,
            "error": sample.error,
            "levels": levels,
            "growth": sample.growth,
            "reference_growth": scored.reference_growth,
            "score": sample.score,
            "efficient": sample.efficient,
            "peak_memory_bytes": sample.peak_memory_bytes,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        let inputs = match &salt {
            Some(s) => format!("held-out (salt sha256 {}…)", &s.sha256_hex()[..12]),
            None => "public seeds".to_owned(),
        };
        println!(
            "{} ({}), meter: {}, inputs: {inputs}",
            problem.id, problem.title, settings.meter
        );
        println!(
            "{:>5}  {:>6}  {:>10}  {:>16}  {:>16}  {:>8}",
            "level",
            "weight",
            "size",
            format!("cost ({unit})"),
            "reference",
            "ratio"
        );
        for (l, row) in levels.iter().enumerate() {
            let cost = outcome.level_cost[l].map_or("-".to_owned(), |c| c.to_string());
            let size = problem.levels[l]
                .size
                .map_or("-".to_owned(), |n| n.to_string());
            let ratio = row["ratio"]
                .as_f64()
                .map_or("-".to_owned(), |r| format!("{r:.2}x"));
            println!(
                "{l:>5}  {:>6}  {size:>10}  {cost:>16}  {:>16}  {ratio:>8}",
                problem.levels[l].weight, reference[l]
            );
        }
        print_growth(&sample.growth, &scored.reference_growth);
        let place = sample
            .failed_at
            .map(|c| format!(" at level {} case {}", c.level, c.case))
            .unwrap_or_default();
        println!("verdict: {} ({}){place}", sample.verdict, sample.status);
        if let Some(e) = &sample.error {
            println!("error: {e}");
        }
        println!(
            "score e = {:.4}; efficient (COFFE): {}",
            sample.score,
            if sample.efficient { "yes" } else { "no" }
        );
    }
    Ok(if outcome.verdict == Verdict::Correct {
        exit::OK
    } else {
        exit::BELOW_THRESHOLD
    })
}

/// One line per level step: the sample's exponent next to the reference's
/// on the same step ("L1→L2  ≈ n^2.01 where the reference is n^1.00").
fn print_growth(sample: &[Growth], reference: &[Growth]) {
    if reference.is_empty() {
        println!("growth: the problem declares no level sizes");
        return;
    }
    println!("growth (cost ~ n^k between consecutive weighted levels):");
    for r in reference {
        let own = sample.iter().find(|g| (g.from, g.to) == (r.from, r.to));
        let text = match own {
            Some(g) => fmt_growth_against(g, Some(r), 2),
            None => format!(
                "no exponent (stopped before level {}); the reference is n^{:.2}",
                r.to, r.exponent
            ),
        };
        println!("  L{}→L{}  {text}", r.from, r.to);
    }
}
