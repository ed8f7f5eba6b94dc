//! `effgauge score SAMPLES.jsonl...`: the main job. The options become one
//! [`ScoreConfig`], the scoring library runs it (its crate doc has the
//! stages), and [`write`] writes the results and the summary. The whole run
//! holds the lock on `--out`.

pub mod write;

use crate::cli::JudgeOpts;
use crate::progress::Progress;
use clap::Args;
use effgauge_problems::Suite;
use effgauge_reports::schema::{Inputs, Shard};
use effgauge_scoring::lock::OutputLock;
use effgauge_scoring::{journal, JournalSpec, Observer, SampleSet, ScoreConfig};
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
    pub judge: JudgeOpts,
    /// The k of pass@k, eff@k and efficient@k.
    #[arg(long, value_delimiter = ',', default_value = "1")]
    pub k: Vec<u64>,
    /// ENAMEL's level weights h (level 0 first). Default: the weights the
    /// scored problems declare in their problem.toml when they all agree
    /// (0,3,3,4 in the bundled suite and an ENAMEL import).
    #[arg(long, value_delimiter = ',')]
    pub weights: Option<Vec<f64>>,
    /// Worker threads (default: every core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Fail (exit 1) when METRIC is below VALUE for some model, e.g. eff@1=0.40.
    #[arg(long = "fail-under", value_parser = parse_threshold)]
    pub fail_under: Vec<(String, f64)>,
    /// Bootstrap resamples of the confidence intervals.
    #[arg(long, default_value_t = effgauge_scoring::DEFAULT_BOOTSTRAP)]
    pub bootstrap: u64,
    /// Leave out, and name on stderr, the problems whose inputs or reference
    /// cannot be prepared (an imported suite's reference out of fuel),
    /// instead of stopping; the results list the problems scored.
    #[arg(long)]
    pub skip_unpreparable: bool,
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

/// Resolves the options once, scores through the library, writes.
pub fn run(args: ScoreArgs) -> anyhow::Result<u8> {
    let salt = args.scoring.judge.salt.salt(args.inputs)?;
    let suite = Suite::load(&args.suite.clone().unwrap_or_else(Suite::bundled_dir))?;
    let samples = SampleSet::read(
        &args.samples,
        &suite,
        args.model.as_deref(),
        args.skip_invalid,
    )?;
    let weights = args
        .scoring
        .weights(&suite, &scored_ids(&args.problems, &suite, &samples)?)?;
    let mut config = args
        .scoring
        .config(weights, args.seed, salt, &args.problems, args.shard);
    config.validate()?;
    let _lock = OutputLock::acquire(&args.out)?;
    // The samples say their language (`language`, default Python).
    config.language = samples.language;
    let journal = JournalSpec {
        path: journal::path_for(&args.out),
        resume: args.resume,
    };
    let mut progress = ScoreProgress::new(args.quiet);
    let results = effgauge_scoring::score(&config, &suite, samples, Some(&journal), &mut progress)?;
    write::write(&args, &results, &journal.path)
}

/// The problems a run scores: `--problems`, else every task the samples
/// name.
fn scored_ids(
    problems: &[String],
    suite: &Suite,
    samples: &SampleSet,
) -> anyhow::Result<Vec<String>> {
    let chosen = effgauge_scoring::select::problem_set(problems, suite, &samples.samples)?;
    Ok(chosen.iter().map(|p| p.id.clone()).collect())
}

/// `given` weights (`--weights`), else the level weights the problems
/// named by `ids` (every problem when empty) share.
pub fn resolve_weights(
    given: Option<&[f64]>,
    suite: &Suite,
    ids: &[String],
) -> anyhow::Result<Vec<f64>> {
    match given {
        Some(weights) => Ok(weights.to_vec()),
        None => suite.level_weights(ids).map_err(crate::exit::invalid),
    }
}

impl ScoringOpts {
    /// `--weights`, else the level weights the scored problems share.
    pub fn weights(&self, suite: &Suite, problems: &[String]) -> anyhow::Result<Vec<f64>> {
        resolve_weights(self.weights.as_deref(), suite, problems)
    }

    /// The library's configuration of these options, for a run with this
    /// seed, salt and selection.
    pub fn config(
        &self,
        weights: Vec<f64>,
        seed: u64,
        salt: Option<effgauge_problems::Salt>,
        problems: &[String],
        shard: Option<Shard>,
    ) -> ScoreConfig {
        let mut config = self.judge.config(weights, seed, salt);
        config.ks = self.k.clone();
        config.bootstrap = self.bootstrap;
        config.skip_unpreparable = self.skip_unpreparable;
        config.jobs = self.jobs.unwrap_or(config.jobs);
        config.problems = problems.to_vec();
        config.shard = shard;
        config
    }
}

/// The progress bar as the library's observer.
struct ScoreProgress {
    quiet: bool,
    bar: Option<Progress>,
}

impl ScoreProgress {
    fn new(quiet: bool) -> ScoreProgress {
        ScoreProgress { quiet, bar: None }
    }
}

impl Observer for ScoreProgress {
    fn verbose(&self) -> bool {
        !self.quiet
    }
    fn resumed(&mut self, done: usize, total: usize) {
        if !self.quiet {
            eprintln!("resuming: {done} of {total} samples already scored");
        }
    }
    fn cached(&mut self, hits: usize, total: usize) {
        if !self.quiet && hits > 0 {
            eprintln!("outcome cache: {hits} of {total} distinct programs judged before under these settings");
        }
    }
    fn started(&mut self, pending: usize) {
        self.bar = Some(Progress::new(pending as u64, "scored", self.quiet));
    }
    fn scored(&mut self, task_id: &str) {
        if let Some(bar) = &mut self.bar {
            bar.advance(task_id);
        }
    }
    fn finished(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish();
        }
    }
    fn left_out(&mut self, problem: &str, error: &str) {
        // Always said, even with --quiet: the figures average over fewer
        // problems than asked.
        eprintln!("left out {problem}: it cannot be prepared: {error}");
    }
}
