//! `effgauge run --problem ID CANDIDATE.py`: score one submission, level by
//! level, against the reference. Exit 0 when it is correct, 1 when it is
//! wrong or censored.

use crate::cli::JudgeOpts;
use crate::exit::{self, invalid};
use clap::Args;
use effgauge_problems::{Language, Suite};
use effgauge_reports::scaling::fmt_growth_against;
use effgauge_reports::schema::{Growth, Inputs, LevelMemory};
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
    let memory = sample.memory.as_ref();
    let reference_memory = scored.reference_memory.as_ref();
    let peak = |m: Option<&LevelMemory>, l: usize| m.and_then(|m| m.peak_live_bytes[l]);
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
                "peak_live_bytes": peak(memory.map(|m| &m.levels), l),
                "reference_peak_live_bytes": peak(reference_memory, l),
                "live_kib_fuel": memory.and_then(|m| m.levels.live_kib_fuel[l]),
                "reference_live_kib_fuel": reference_memory.and_then(|m| m.live_kib_fuel[l]),
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
            "memory_score": memory.map(|m| m.score),
            "dual_score": memory.map(|m| m.dual_score),
            "memory_efficient": memory.map(|m| m.efficient),
            "memory_growth": memory.map(|m| &m.levels.growth),
            "reference_memory_growth": reference_memory.map(|m| &m.growth),
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
            "{:>5}  {:>6}  {:>10}  {:>16}  {:>16}  {:>8}  {:>10}  {:>10}",
            "level",
            "weight",
            "size",
            format!("cost ({unit})"),
            "reference",
            "ratio",
            "memory",
            "reference"
        );
        for (l, row) in levels.iter().enumerate() {
            let cost = outcome.level_cost[l].map_or("-".to_owned(), |c| c.to_string());
            let size = problem.levels[l]
                .size
                .map_or("-".to_owned(), |n| n.to_string());
            let ratio = row["ratio"]
                .as_f64()
                .map_or("-".to_owned(), |r| format!("{r:.2}x"));
            let bytes = |m: Option<u64>| m.map_or("-".to_owned(), fmt_bytes);
            println!(
                "{l:>5}  {:>6}  {size:>10}  {cost:>16}  {:>16}  {ratio:>8}  {:>10}  {:>10}",
                problem.levels[l].weight,
                reference[l],
                bytes(peak(memory.map(|m| &m.levels), l)),
                bytes(peak(reference_memory, l)),
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
        if let Some(m) = memory {
            println!(
                "memory score = {:.4}; dual score = {:.4}; memory-efficient: {}",
                m.score,
                m.dual_score,
                if m.efficient { "yes" } else { "no" }
            );
        }
    }
    Ok(if outcome.verdict == Verdict::Correct {
        exit::OK
    } else {
        exit::BELOW_THRESHOLD
    })
}

/// Bytes for a table: B, KiB or MiB with one decimal.
fn fmt_bytes(bytes: u64) -> String {
    match bytes {
        b if b < 1 << 10 => format!("{b} B"),
        b if b < 1 << 20 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{:.1} MiB", b as f64 / (1 << 20) as f64),
    }
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
