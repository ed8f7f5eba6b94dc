//! `effgauge score SAMPLES.jsonl...`: the main job.

use crate::cli::SandboxOpts;
use crate::exit::{self, invalid};
use crate::samples;
use crate::scoring::assemble::{self, DistinctSample};
use crate::scoring::execute::{run_sample, RunSettings, SampleOutcome};
use crate::scoring::journal::{self, Journal, UnitKey};
use crate::scoring::progress::Progress;
use crate::scoring::{eff_config, plan};
use anyhow::Context;
use clap::Args;
use effgauge_metrics::BootstrapConfig;
use effgauge_problems::{prepare_many, Prepared, Problem, Suite};
use effgauge_reports::schema::{
    HarnessInfo, InvalidSample, ResultsFile, RuntimeRef, Shard, SCHEMA_VERSION,
};
use effgauge_sandboxes::{Meter, SandboxEngine, WASMTIME_VERSION};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Key of the reference's own unit under non-fuel meters.
const REFERENCE: &str = "reference";

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
    pub sandbox: SandboxOpts,
    /// The k of pass@k, eff@k and efficient@k.
    #[arg(long, value_delimiter = ',', default_value = "1")]
    pub k: Vec<u64>,
    /// ENAMEL's α: the time (fuel) limit is α × the reference's cost.
    #[arg(long, default_value_t = 2.0)]
    pub alpha: f64,
    /// ENAMEL's level weights h (level 0 first).
    #[arg(long, value_delimiter = ',', default_value = "0,3,3,4")]
    pub weights: Vec<f64>,
    /// One limit per level (α × that level's reference cost) instead of one for all.
    #[arg(long)]
    pub per_level_limit: bool,
    /// Worker threads (default: every core).
    #[arg(long)]
    pub jobs: Option<usize>,
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
    /// Fail (exit 1) when METRIC is below VALUE for some model, e.g. eff@1=0.40.
    #[arg(long = "fail-under", value_parser = parse_threshold)]
    pub fail_under: Vec<(String, f64)>,
    /// Model name for lines without a `model` field (default: the file stem).
    #[arg(long)]
    pub model: Option<String>,
    /// Record invalid input lines in the results instead of refusing to run.
    #[arg(long)]
    pub skip_invalid: bool,
    /// Seeds the guests' random sources and the bootstrap.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Bootstrap resamples of the confidence intervals.
    #[arg(long, default_value_t = 10_000)]
    pub bootstrap: u64,
    /// No progress output.
    #[arg(long, short)]
    pub quiet: bool,
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

pub fn run(args: ScoreArgs) -> anyhow::Result<u8> {
    if args.k.contains(&0) {
        return Err(invalid("--k: k must be at least 1"));
    }
    if args.alpha.is_nan() || args.alpha <= 1.0 {
        return Err(invalid("--alpha: must be greater than 1"));
    }
    let suite_dir = args.suite.clone().unwrap_or_else(Suite::bundled_dir);
    let suite = Suite::load(&suite_dir)?;
    let prompts: BTreeMap<String, String> = suite
        .problems
        .iter()
        .map(|p| (p.id.clone(), p.prompt.clone()))
        .collect();
    let (samples, bad) = samples::read(&args.samples, &prompts, args.model.as_deref())
        .map_err(|e| invalid(e.to_string()))?;
    if !bad.is_empty() && !args.skip_invalid {
        let shown: Vec<String> = bad.iter().take(20).map(ToString::to_string).collect();
        let more = if bad.len() > 20 {
            format!("\n(and {} more)", bad.len() - 20)
        } else {
            String::new()
        };
        return Err(invalid(format!(
            "{} invalid sample line(s); nothing was scored (--skip-invalid records them instead):\n{}{more}",
            bad.len(),
            shown.join("\n")
        )));
    }
    let all_problems = plan::problem_set(&args.problems, &suite, &samples)?;
    let selected: Vec<&Problem> = all_problems
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            args.shard
                .is_none_or(|s| *i as u32 % s.count == s.index - 1)
        })
        .map(|(_, p)| *p)
        .collect();
    let models = plan::group(&samples, &selected)?;

    let engine = super::engine(&args.sandbox)?;
    let workers = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let settings = RunSettings {
        meter: args.sandbox.meter,
        alpha: args.alpha,
        per_level_limit: args.per_level_limit,
        weights: args.weights.clone(),
        seed: args.seed,
    };
    let cfg = eff_config(args.alpha, args.weights.clone(), args.per_level_limit);
    cfg.validate()
        .map_err(|e| invalid(format!("--alpha/--weights: {e}")))?;

    let prepared: Vec<Prepared> = prepare_many(&engine, &selected, workers, !args.quiet)
        .into_iter()
        .collect::<Result<_, _>>()?;
    for (p, prep) in selected.iter().zip(&prepared) {
        if prep.reference_level_fuel.len() != args.weights.len() {
            return Err(invalid(format!(
                "--weights has {} entries but problem {} has {} levels",
                args.weights.len(),
                p.id,
                prep.reference_level_fuel.len()
            )));
        }
    }

    // The distinct units to execute: each (task, source) once, whoever sent it.
    let mut units: BTreeMap<UnitKey, (usize, String)> = BTreeMap::new();
    for (pi, p) in selected.iter().enumerate() {
        if settings.meter != Meter::Fuel {
            units.insert((p.id.clone(), REFERENCE.into()), (pi, p.reference.clone()));
        }
        for s in samples.iter().filter(|s| s.task_id == p.id) {
            units
                .entry((p.id.clone(), s.source_sha256.clone()))
                .or_insert((pi, s.source.clone()));
        }
    }
    let harness = harness_info(&args, &engine, &all_problems);
    let fingerprint = samples::sha256_hex(&serde_json::to_string(&(&harness, WASMTIME_VERSION))?);
    let journal_path = journal::path_for(&args.out);
    let (mut journal, mut done) = Journal::open(&journal_path, &fingerprint, args.resume)
        .with_context(|| format!("opening the journal {}", journal_path.display()))?;
    let pending: Vec<(&UnitKey, &(usize, String))> = units
        .iter()
        .filter(|(k, _)| !done.contains_key(*k))
        .collect();
    if args.resume && !args.quiet {
        eprintln!(
            "resuming: {} of {} samples already scored",
            units.len() - pending.len(),
            units.len()
        );
    }
    let mut progress = Progress::new(pending.len() as u64, args.quiet);
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(UnitKey, anyhow::Result<SampleOutcome>)>();
    std::thread::scope(|scope| -> anyhow::Result<()> {
        for _ in 0..workers.min(pending.len().max(1)) {
            let tx = tx.clone();
            let (pending, next, engine, settings, selected, prepared) =
                (&pending, &next, &engine, &settings, &selected, &prepared);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((key, (pi, source))) = pending.get(i) else {
                    break;
                };
                let outcome = run_sample(engine, selected[*pi], &prepared[*pi], source, settings);
                if tx.send(((*key).clone(), outcome)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (key, outcome) in rx {
            let outcome = match outcome {
                Ok(o) => o,
                Err(e) => {
                    next.store(usize::MAX / 2, Ordering::Relaxed);
                    return Err(e.context(format!("running a sample of {}", key.0)));
                }
            };
            journal.append(&key, &outcome)?;
            progress.advance(&key.0);
            done.insert(key, outcome);
        }
        Ok(())
    })?;
    progress.finish();

    let bootstrap = BootstrapConfig {
        resamples: args.bootstrap as usize,
        seed: args.seed,
        ..BootstrapConfig::default()
    };
    let mut model_results = Vec::new();
    for (model, tasks) in &models {
        let mut problems = Vec::new();
        for (pi, p) in selected.iter().enumerate() {
            let reference = match settings.meter {
                Meter::Fuel => prepared[pi].reference_level_fuel.clone(),
                _ => reference_costs(&done[&(p.id.clone(), REFERENCE.to_owned())], &p.id)?,
            };
            let distinct: Vec<DistinctSample<'_>> = tasks[&p.id]
                .iter()
                .map(|(sha, (id, count))| DistinctSample {
                    id: id.clone(),
                    count: *count,
                    source_sha256: sha.clone(),
                    outcome: &done[&(p.id.clone(), sha.clone())],
                })
                .collect();
            problems.push(assemble::problem_result(
                &p.id, &reference, &distinct, &cfg, &args.k,
            )?);
        }
        model_results.push(assemble::model_result(
            model, problems, &args.k, &bootstrap,
        )?);
    }
    let results = ResultsFile {
        schema_version: SCHEMA_VERSION,
        harness,
        shard: args.shard,
        models: model_results,
        invalid_samples: bad
            .iter()
            .map(|b| InvalidSample {
                file: b.file.clone(),
                line: b.line,
                error: b.error.clone(),
            })
            .collect(),
    };
    effgauge_reports::write_results_atomic(&args.out, &results)?;
    journal
        .remove()
        .with_context(|| format!("removing {}", journal_path.display()))?;
    if let Some(path) = &args.markdown {
        use effgauge_reports::Renderer;
        let text = effgauge_reports::MarkdownRenderer.render(std::slice::from_ref(&results))?;
        effgauge_reports::write_atomic(path, text.as_bytes())?;
    }
    if !args.quiet {
        print_summary(&results);
    }
    Ok(check_thresholds(&results, &args.fail_under))
}

fn reference_costs(outcome: &SampleOutcome, id: &str) -> anyhow::Result<Vec<u64>> {
    outcome
        .level_cost
        .iter()
        .map(|c| {
            c.ok_or_else(|| anyhow::anyhow!("the reference of {id} did not pass under this meter"))
        })
        .collect()
}

fn harness_info(args: &ScoreArgs, engine: &SandboxEngine, problems: &[&Problem]) -> HarnessInfo {
    let hashes: Vec<&str> = problems.iter().map(|p| p.content_hash.as_str()).collect();
    let runtime = engine.runtime();
    HarnessInfo {
        effgauge_version: env!("CARGO_PKG_VERSION").to_owned(),
        runtime: RuntimeRef {
            name: runtime.name.clone(),
            version: runtime.version.clone(),
            sha256: runtime.sha256.clone(),
        },
        wasmtime: WASMTIME_VERSION.to_owned(),
        meter: args.sandbox.meter.name().to_owned(),
        alpha: args.alpha,
        weights: args.weights.clone(),
        limit: if args.per_level_limit {
            "per_level"
        } else {
            "single"
        }
        .to_owned(),
        k: args.k.clone(),
        seed: args.seed,
        bootstrap_resamples: args.bootstrap,
        suite_hash: samples::sha256_hex(&hashes.join("\n")),
        problems: problems.iter().map(|p| p.id.clone()).collect(),
    }
}

fn print_summary(results: &ResultsFile) {
    for m in &results.models {
        let figures: Vec<String> = m
            .summary
            .metrics
            .iter()
            .map(|s| match s.value {
                Some(v) => format!("{} {v:.3}", s.name),
                None => format!("{} n/a", s.name),
            })
            .collect();
        eprintln!(
            "{}: {} ({} problems)",
            m.model,
            figures.join(", "),
            m.summary.problems
        );
    }
}

/// `--fail-under`: exit 1 when some model is below a threshold.
pub fn check_thresholds(results: &ResultsFile, thresholds: &[(String, f64)]) -> u8 {
    let mut code = exit::OK;
    for (metric, min) in thresholds {
        for m in &results.models {
            match ResultsFile::metric(m, metric).and_then(|s| s.value) {
                Some(v) if v >= *min => {}
                Some(v) => {
                    eprintln!("{}: {metric} = {v:.4} is below {min}", m.model);
                    code = exit::BELOW_THRESHOLD;
                }
                None => {
                    eprintln!(
                        "{}: {metric} is not available (check --k and the samples per task)",
                        m.model
                    );
                    code = exit::BELOW_THRESHOLD;
                }
            }
        }
    }
    code
}
