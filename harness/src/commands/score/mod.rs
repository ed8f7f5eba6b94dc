//! `effgauge score SAMPLES.jsonl...`: the main job, in stages, each its
//! own module: [`plan`] what to run, [`prepare`] the problems, [`execute`]
//! the distinct samples (journaled), [`assemble`] the results file and
//! [`write`] it. The whole run holds the lock on `--out`.

mod assemble;
mod execute;
mod plan;
mod prepare;
mod write;

use crate::cli::{JudgingOpts, SaltOpts, SandboxOpts, SourceOpts};
use crate::exit::invalid;
use crate::scoring::eff_config;
use crate::scoring::lock::OutputLock;
use clap::Args;
use effgauge_problems::Suite;
use effgauge_reports::schema::{Inputs, Shard};
use std::path::PathBuf;

#[derive(Args)]
pub struct ScoreArgs {
    /// Sample files (JSON lines: task_id + solution or completion [+ model]).
    #[arg(required = true)]
    pub samples: Vec<PathBuf>,
    /// The problem suite (default: the bundled one).
    #[arg(long)]
    pub suite: Option<PathBuf>,
    /// Score only these problems (default: every task the samples name).
    #[arg(long, value_delimiter = ',')]
    pub problems: Vec<String>,
    #[command(flatten)]
    pub scoring: ScoringOpts,
    /// The results file (written atomically at the end).
    #[arg(long, default_value = "results.json")]
    pub out: PathBuf,
    /// Also write a Markdown summary (e.g. $GITHUB_STEP_SUMMARY).
    #[arg(long)]
    pub markdown: Option<PathBuf>,
    /// Continue from the journal next to --out.
    #[arg(long)]
    pub resume: bool,
    /// Score only shard I of N (problems i with i mod N = I-1), e.g. 2/4.
    #[arg(long, value_parser = parse_shard)]
    pub shard: Option<Shard>,
    /// Model name for lines without a `model` field (default: the file stem).
    #[arg(long)]
    pub model: Option<String>,
    /// Record invalid input lines in the results instead of refusing to run.
    #[arg(long)]
    pub skip_invalid: bool,
    /// Seeds the guests' random sources and the bootstrap.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// No progress output.
    #[arg(long, short)]
    pub quiet: bool,
    /// The inputs scored on when neither `--public`, `--held-out` nor a
    /// salt is given: the published seeds for `score`, held-out for `eval`.
    #[arg(skip = Inputs::Public)]
    pub inputs: Inputs,
}

/// How samples are run and judged: the options `score` shares with `eval`.
#[derive(Args, Clone)]
pub struct ScoringOpts {
    #[command(flatten)]
    pub sandbox: SandboxOpts,
    #[command(flatten)]
    pub source: SourceOpts,
    /// The k of pass@k, eff@k and efficient@k.
    #[arg(long, value_delimiter = ',', default_value = "1")]
    pub k: Vec<u64>,
    /// ENAMEL's α: the time (fuel) limit is α × the reference's cost.
    #[arg(long, default_value_t = 2.0)]
    pub alpha: f64,
    /// ENAMEL's level weights h (level 0 first).
    #[arg(long, value_delimiter = ',', default_value = "0,3,3,4")]
    pub weights: Vec<f64>,
    #[command(flatten)]
    pub judging: JudgingOpts,
    /// Worker threads (default: every core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Fail (exit 1) when METRIC is below VALUE for some model, e.g. eff@1=0.40.
    #[arg(long = "fail-under", value_parser = parse_threshold)]
    pub fail_under: Vec<(String, f64)>,
    #[command(flatten)]
    pub salt: SaltOpts,
    /// Bootstrap resamples of the confidence intervals.
    #[arg(long, default_value_t = 10_000)]
    pub bootstrap: u64,
}

pub fn parse_shard(s: &str) -> Result<Shard, String> {
    let (i, n) = s.split_once('/').ok_or("expected I/N, e.g. 2/4")?;
    let index: u32 = i.trim().parse().map_err(|_| "I must be a whole number")?;
    let count: u32 = n.trim().parse().map_err(|_| "N must be a whole number")?;
    if count == 0 || index == 0 || index > count {
        return Err(format!("need 1 <= I <= N, got {index}/{count}"));
    }
    Ok(Shard { index, count })
}

pub fn parse_threshold(s: &str) -> Result<(String, f64), String> {
    let (metric, value) = s
        .split_once('=')
        .ok_or("expected METRIC=VALUE, e.g. eff@1=0.40")?;
    let value: f64 = value
        .trim()
        .parse()
        .map_err(|_| format!("'{value}' is not a number"))?;
    Ok((metric.trim().to_owned(), value))
}

/// The run, stage by stage.
pub fn run(args: ScoreArgs) -> anyhow::Result<u8> {
    check_options(&args)?;
    let salt = args.scoring.salt.salt(args.inputs)?;
    let _lock = OutputLock::acquire(&args.out)?;
    let suite = Suite::load(&args.suite.clone().unwrap_or_else(Suite::bundled_dir))?;
    let plan = plan::plan(&args, &suite)?;
    let setup = prepare::prepare(&args, &plan, salt.as_ref())?;
    let (journal, done) = execute::execute(&args, &plan, &setup)?;
    let results = assemble::assemble(&args, &plan, &setup, &done)?;
    write::write(&args, &results, journal)
}

/// The options that can be refused before anything is read.
fn check_options(args: &ScoreArgs) -> anyhow::Result<()> {
    if args.scoring.k.contains(&0) {
        return Err(invalid("--k: k must be at least 1"));
    }
    // The bounds every reader of the results file checks (see README, "The
    // results file"): refused here rather than in a file written hours later.
    use effgauge_reports::limits::{MAX_BOOTSTRAP_RESAMPLES, MAX_K, MAX_KS};
    if let Some(k) = args.scoring.k.iter().find(|&&k| k > MAX_K) {
        return Err(invalid(format!("--k {k}: k is at most {MAX_K}")));
    }
    if args.scoring.k.len() > MAX_KS {
        return Err(invalid(format!("--k: at most {MAX_KS} values")));
    }
    if !(1..=MAX_BOOTSTRAP_RESAMPLES).contains(&args.scoring.bootstrap) {
        return Err(invalid(format!(
            "--bootstrap {}: from 1 to {MAX_BOOTSTRAP_RESAMPLES} resamples",
            args.scoring.bootstrap
        )));
    }
    if args.scoring.alpha.is_nan() || args.scoring.alpha <= 1.0 {
        return Err(invalid("--alpha: must be greater than 1"));
    }
    eff_config(
        args.scoring.alpha,
        args.scoring.weights.clone(),
        args.scoring.judging.per_level_limit,
        args.scoring.judging.tie(),
    )
    .validate()
    .map_err(|e| invalid(format!("--alpha/--weights/--tie-margin/--tie-floor: {e}")))
}
