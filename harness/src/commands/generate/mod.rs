//! `effgauge generate`: ask a model server for samples of every problem
//! and append them to a samples file `score` reads. The work is the
//! `effgauge-generate` crate's; this module turns options into its
//! settings, draws progress ([`observe`]) and prints the summary. `eval`
//! calls [`generate`] too.

mod observe;
mod options;

pub use options::GenerationOpts;

use crate::exit;
use effgauge_generate::{
    Client, GenerateError, Opened, Run, SamplesFile, Settings, Stats, Summary, Task,
};
use effgauge_problems::{Language, Suite};
use effgauge_scoring::lock::OutputLock;
use observe::ProgressObserver;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

#[derive(clap::Args)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub generation: GenerationOpts,
    /// The samples file: appended to as samples arrive; rerunning the same
    /// command resumes it.
    #[arg(long, value_name = "FILE", default_value = "samples.jsonl")]
    pub out: PathBuf,
    /// No progress output (failures and the summary are still printed).
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: GenerateArgs) -> anyhow::Result<u8> {
    generate(&args.generation, &args.out, args.quiet)
}

/// Generates the samples `opts` asks for into `out`. Returns OK when every
/// sample is in the file, INCOMPLETE when some could not be obtained and
/// INTERRUPTED after Ctrl-C.
pub fn generate(opts: &GenerationOpts, out: &Path, quiet: bool) -> anyhow::Result<u8> {
    opts.check()?;
    let suite = Suite::load(&opts.suite.clone().unwrap_or_else(Suite::bundled_dir))?;
    let tasks = tasks(&suite, &opts.problems, opts.language)?;
    let (config, client_config) = opts.configs()?;
    let _lock = OutputLock::acquire(out)?;
    let opened = open_samples(out, &config.settings, &config.model_name)?;
    let skipped = suite.problems.len() - tasks.len();
    let total = tasks.len() * config.n as usize;
    let run = Run::plan(tasks, config, &opened.present);
    let pending = run.pending();
    if !quiet {
        if opts.problems.is_empty() && skipped > 0 {
            eprintln!(
                "--language {0}: {skipped} problem(s) without a {0} track left out",
                opts.language
            );
        }
        eprintln!(
            "{}: {} of {total} samples present, asking {} for {pending}",
            out.display(),
            total - pending,
            client_config.base_url
        );
    }
    if pending == 0 {
        return Ok(exit::OK);
    }
    let stats = Arc::new(Stats::default());
    let started = Instant::now();
    let outcome = execute(run, Client::new(client_config)?, opened.file, &stats, quiet)?;
    let summary = stats.summary();
    print_summary(&summary, started);
    conclude(outcome, &summary, out)
}

/// The samples file, opened for appending; a torn last line it had is said.
fn open_samples(out: &Path, settings: &Settings, model: &str) -> anyhow::Result<Opened> {
    let opened = SamplesFile::open(out, settings, model)?;
    if opened.torn_bytes > 0 {
        eprintln!(
            "{}: removed an incomplete last line ({} bytes) left by an interrupted run",
            out.display(),
            opened.torn_bytes
        );
    }
    Ok(opened)
}

/// Runs the requests on a tokio runtime of this thread (the work is
/// waiting on the network) until they are done or Ctrl-C comes (`None`).
fn execute(
    run: Run,
    client: Client,
    file: SamplesFile,
    stats: &Arc<Stats>,
    quiet: bool,
) -> anyhow::Result<Option<Result<(), GenerateError>>> {
    let observer = Arc::new(ProgressObserver::new(run.pending() as u64, quiet));
    let outcome = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(async {
            tokio::select! {
                done = run.execute(client, file, stats.clone(), observer.clone()) => Some(done),
                _ = tokio::signal::ctrl_c() => None,
            }
        });
    observer.finish();
    Ok(outcome)
}

/// The exit code of a run that ended, with a word on what to do next.
fn conclude(
    outcome: Option<Result<(), GenerateError>>,
    summary: &Summary,
    out: &Path,
) -> anyhow::Result<u8> {
    match outcome {
        None => {
            eprintln!(
                "interrupted: the samples written are kept; rerun the same command to continue"
            );
            Ok(exit::INTERRUPTED)
        }
        Some(Err(error)) => Err(error.into()),
        Some(Ok(())) if summary.failed > 0 => {
            eprintln!(
                "{}: {} sample(s) could not be obtained; rerun the same command to ask for them again",
                out.display(),
                summary.failed
            );
            Ok(exit::INCOMPLETE)
        }
        Some(Ok(())) => Ok(exit::OK),
    }
}

/// The problems to ask for, each with its prompt in `language`:
/// `--problems`, else every problem of the suite the language supports (in
/// C++ or C, those with a track in it). A problem named that the language
/// does not support is refused.
fn tasks(suite: &Suite, requested: &[String], language: Language) -> anyhow::Result<Vec<Task>> {
    let task = |p: &effgauge_problems::Problem| {
        language.prompt(p).map(|prompt| Task {
            id: p.id.clone(),
            prompt,
            entry_point: p.entry_point.clone(),
        })
    };
    if requested.is_empty() {
        let tasks: Vec<Task> = suite.problems.iter().filter_map(task).collect();
        if tasks.is_empty() {
            return Err(exit::invalid(format!(
                "--language {language}: no problem of the suite has a {language} track"
            )));
        }
        return Ok(tasks);
    }
    let mut ids = requested.to_vec();
    ids.sort();
    ids.dedup();
    ids.iter()
        .map(|id| {
            let problem = suite
                .get(id)
                .ok_or_else(|| exit::invalid(format!("--problems: unknown problem '{id}'")))?;
            task(problem).ok_or_else(|| {
                exit::invalid(format!(
                    "--problems: '{id}' has no {} track ({language}/ in its folder), so it \
                     cannot be asked for with --language {language}",
                    language.dialect().map_or("Python", |d| d.name())
                ))
            })
        })
        .collect()
}

/// The final summary, on stderr.
fn print_summary(s: &Summary, started: Instant) {
    eprintln!(
        "generate: {} sample(s) written ({} without code, {} cut at max-tokens), {} not obtained; \
         {} request(s), {} retried; tokens {} in, {} out; {:.1} s",
        s.written,
        s.no_code,
        s.truncated,
        s.failed,
        s.requests,
        s.retries,
        s.tokens_in,
        s.tokens_out,
        started.elapsed().as_secs_f64()
    );
}
