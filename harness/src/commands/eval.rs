//! `effgauge eval`: from a model to a leaderboard in one command. It runs
//! `generate` into `OUT/samples.jsonl`, then `score` on it into
//! `OUT/results.json` (with `OUT/summary.md`), then renders
//! `OUT/leaderboard.html` and `OUT/leaderboard.json` as `report` does.
//! Rerunning the same command resumes: generation asks only for missing
//! samples, and an interrupted scoring continues from its journal.
//! `--language cpp` asks for C++ (the problems with a C++ track); the
//! samples say their language, and `score` scores them as C++.
//!
//! Its scores are a leaderboard's, so its inputs are held out by default:
//! drawn under the installation's own salt (`--salt` gives another), never
//! the published seeds unless `--public` asks for them.

use super::generate::{self, GenerationOpts};
use super::score::{self, ScoreArgs, ScoringOpts};
use crate::exit::{self, invalid};
use anyhow::Context;
use clap::Args;
use effgauge_reports::schema::Inputs;
use effgauge_reports::{read_results, write_atomic, Format};
use effgauge_scoring::journal;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct EvalArgs {
    #[command(flatten)]
    pub generation: GenerationOpts,
    #[command(flatten)]
    pub scoring: ScoringOpts,
    /// Where samples.jsonl, results.json, summary.md and the leaderboard go
    /// (default: eval/NAME, NAME being --name or --model with '/' as '_').
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Seeds the guests' random sources and the bootstrap (`score --seed`).
    #[arg(long, default_value_t = 0)]
    pub score_seed: u64,
    /// No progress output.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: EvalArgs) -> anyhow::Result<u8> {
    check_k(&args)?;
    // Settled before any request: contradictory options or an unusable
    // installation salt must not cost a generation. (This makes the
    // installation salt on first use; scoring reads the same one.)
    let salt = args.scoring.judge.salt.salt(Inputs::HeldOut)?;
    let dir = args
        .out_dir
        .clone()
        .unwrap_or_else(|| Path::new("eval").join(safe_file_name(args.generation.model_name())));
    std::fs::create_dir_all(&dir)
        .map_err(|e| invalid(format!("--out-dir {}: {e}", dir.display())))?;
    let samples = dir.join("samples.jsonl");
    let generated = generate::generate(&args.generation, &samples, args.quiet)?;
    if generated != exit::OK {
        eprintln!("eval: not scoring incomplete samples; rerun the same command to finish them");
        return Ok(generated);
    }
    let results = dir.join("results.json");
    let code = score::run(score_args(&args, samples, results.clone()))?;
    write_leaderboards(&results, &dir)?;
    if !args.quiet {
        let inputs = match &salt {
            Some(s) => format!("held-out inputs (salt sha256 {}…)", &s.sha256_hex()[..12]),
            None => "the public seeds".to_owned(),
        };
        eprintln!(
            "eval: scored on {inputs}; samples.jsonl, results.json, summary.md, leaderboard.html \
             and leaderboard.json in {}",
            dir.display()
        );
    }
    Ok(code)
}

/// Every k must be at most n, or its metrics would be unavailable after
/// all the generating.
fn check_k(args: &EvalArgs) -> anyhow::Result<()> {
    match args
        .scoring
        .k
        .iter()
        .find(|k| **k > u64::from(args.generation.n))
    {
        Some(k) => Err(invalid(format!(
            "--k {k}: needs at least {k} samples per problem (--n {k})"
        ))),
        None => Ok(()),
    }
}

/// `score`'s arguments for the generated samples.
fn score_args(args: &EvalArgs, samples: PathBuf, out: PathBuf) -> ScoreArgs {
    ScoreArgs {
        samples: vec![samples],
        suite: args.generation.suite.clone(),
        problems: args.generation.problems.clone(),
        scoring: args.scoring.clone(),
        resume: journal::path_for(&out).exists(),
        out: out.clone(),
        markdown: Some(out.with_file_name("summary.md")),
        shard: None,
        model: None,
        skip_invalid: false,
        seed: args.score_seed,
        quiet: args.quiet,
        inputs: Inputs::HeldOut,
    }
}

/// The HTML and JSON leaderboards of the results file, next to it.
fn write_leaderboards(results: &Path, dir: &Path) -> anyhow::Result<()> {
    let files = [read_results(results).context("reading the results back")?];
    for (format, name) in [
        (Format::Html, "leaderboard.html"),
        (Format::Json, "leaderboard.json"),
    ] {
        let text = super::report::render(&files, format)?;
        write_atomic(dir.join(name), text.as_bytes())?;
    }
    Ok(())
}

/// A model name as one path component: '/' (Hugging Face names) and other
/// characters a file name should not hold become '_'.
fn safe_file_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    // "." and ".." would name a directory that already is another.
    if safe.chars().all(|c| c == '.') {
        safe.replace('.', "_")
    } else {
        safe
    }
}
