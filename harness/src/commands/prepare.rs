//! `effgauge prepare --out FILE` and `effgauge prepare --restore FILE`: a
//! suite's prepared cases in one portable file, so that a CI cache or a
//! container image starts a runner warm. The format and every check are in
//! `effgauge_problems::bundle`; this only picks the problems and the salt
//! and says what was done.

use crate::cli::{SaltOpts, SandboxOpts};
use crate::exit::{self, invalid};
use clap::{ArgGroup, Args};
use effgauge_problems::bundle::{self, BundleBounds, BundleTarget};
use effgauge_problems::{default_cache_dir, prepare_many, Problem, ProblemsError, Suite};
use effgauge_reports::schema::Inputs;
use effgauge_sandboxes::{Meter, Runtime};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Args)]
#[command(group(ArgGroup::new("mode").required(true).args(["out", "restore"])))]
pub struct PrepareArgs {
    /// Prepare the selected problems (through this machine's suite cache)
    /// and write their prepared entries and a manifest to FILE as one
    /// bundle (atomically; the same bytes on every machine).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Check the bundle FILE (format, runtime, wasmtime, metering version,
    /// cost model, bounds, every entry's SHA-256) and install its entries
    /// into this machine's suite cache. Nothing is installed from a bundle
    /// that fails a check (exit 2).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["suite", "problems", "jobs", "allow_secret_inputs"])]
    pub restore: Option<PathBuf>,
    /// The suite folder (default: the bundled suite).
    #[arg(long, value_name = "DIR")]
    pub suite: Option<PathBuf>,
    /// Only these problems (default: every problem of the suite).
    #[arg(long, value_delimiter = ',', value_name = "ID,...")]
    pub problems: Vec<String>,
    #[command(flatten)]
    pub salt: SaltOpts,
    /// Write a bundle of held-out inputs (`--held-out` or a salt). Such a
    /// bundle holds the inputs and expected outputs the salt hides: keep it
    /// as secret as the salt, never publish it or put it in a cache that
    /// others (pull requests from forks) can read.
    #[arg(long)]
    pub allow_secret_inputs: bool,
    /// Problems prepared at once (default: every core).
    #[arg(long)]
    pub jobs: Option<usize>,
    #[command(flatten)]
    pub sandbox: SandboxOpts,
    /// No progress lines.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: PrepareArgs) -> anyhow::Result<u8> {
    if args.sandbox.meter != Meter::Fuel {
        return Err(invalid(format!(
            "--meter {}: prepared cases are fuel figures; prepare takes --meter fuel only",
            args.sandbox.meter.name()
        )));
    }
    match (&args.restore, &args.out) {
        (Some(file), _) => restore(&args, file),
        (None, Some(out)) => write(&args, out),
        (None, None) => unreachable!("clap requires --out or --restore"),
    }
}

fn write(args: &PrepareArgs, out: &Path) -> anyhow::Result<u8> {
    // Refused before the installation salt is read (or made).
    let held_out = !args.salt.public && (args.salt.held_out || args.salt.salt.is_some());
    if held_out && !args.allow_secret_inputs {
        return Err(invalid(
            "a bundle prepared under a salt (--held-out, --salt or $EFFGAUGE_SALT) holds the held-out \
             inputs and expected outputs themselves: pass --allow-secret-inputs to write it anyway, and \
             keep the file as secret as the salt; or --public for the published seeds",
        ));
    }
    let salt = args.salt.salt(Inputs::Public)?;
    let suite = Suite::load(&args.suite.clone().unwrap_or_else(Suite::bundled_dir))?;
    let selected = select(&suite, &args.problems)?;
    let engine = super::problems::fuel_engine(&args.sandbox)?;
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let results = prepare_many(&engine, &selected, jobs, !args.quiet, salt.as_ref());
    let mut prepared = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for (problem, result) in selected.iter().zip(results) {
        match result {
            Ok(p) => prepared.push((*problem, p)),
            Err(e) => errors.push(e),
        }
    }
    if let Some(i) = errors.iter().position(ProblemsError::is_setup) {
        return Err(errors.swap_remove(i).into());
    }
    match errors.len() {
        0 => {}
        1 => return Err(errors.remove(0).into()),
        _ => return Err(ProblemsError::Many(errors).into()),
    }
    let pairs: Vec<_> = prepared.iter().map(|(p, prep)| (*p, prep)).collect();
    let written = bundle::write_bundle(out, &BundleTarget::of(&engine), salt.as_ref(), &pairs)?;
    println!(
        "wrote {}: {} prepared problems, {} bytes, SHA-256 {}",
        out.display(),
        written.entries,
        written.bytes,
        written.sha256
    );
    if salt.is_some() {
        eprintln!(
            "note: {} holds held-out inputs: keep it as secret as the salt",
            out.display()
        );
    }
    Ok(exit::OK)
}

/// The suite's problems named by `ids` (each once, in the suite's order),
/// or all of them.
fn select<'a>(suite: &'a Suite, ids: &[String]) -> anyhow::Result<Vec<&'a Problem>> {
    if ids.is_empty() {
        return Ok(suite.problems.iter().collect());
    }
    let wanted: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    if let Some(missing) = wanted.iter().find(|id| suite.get(id).is_none()) {
        return Err(ProblemsError::NoSuchProblem {
            dir: suite.dir.clone(),
            id: (*missing).to_owned(),
        }
        .into());
    }
    Ok(suite
        .problems
        .iter()
        .filter(|p| wanted.contains(p.id.as_str()))
        .collect())
}

fn restore(args: &PrepareArgs, file: &Path) -> anyhow::Result<u8> {
    if args.salt.held_out || args.salt.public {
        return Err(invalid(
            "--restore installs the inputs the bundle holds (its manifest names the salt's hash); \
             --held-out and --public choose what `prepare --out` prepares",
        ));
    }
    // The runtime's identity and the cost model are all a restore needs:
    // no engine, so no snapshot is compiled.
    let runtime = Runtime::locate(args.sandbox.runtime.as_deref())?;
    let target = BundleTarget::new(&runtime.info, args.sandbox.cost_model);
    let cache = default_cache_dir();
    let report = bundle::restore(file, &target, &cache, &BundleBounds::DEFAULT)?;
    for id in &report.kept_local {
        eprintln!(
            "warning: problem `{id}`: the cache already holds a valid entry with other bytes under the \
             same key; kept it (the same key should give the same bytes: delete that entry's folder in \
             {} and restore again to take the bundle's)",
            cache.display()
        );
    }
    let inputs = match &report.salt_sha256 {
        Some(hash) => format!("held-out inputs, salt SHA-256 {}…", &hash[..12]),
        None => "the published seeds".to_owned(),
    };
    println!(
        "restored {}: {} entries installed, {} already present{} ({} bytes; {inputs}) into {}",
        file.display(),
        report.installed,
        report.present,
        if report.kept_local.is_empty() {
            String::new()
        } else {
            format!(", {} kept as they were", report.kept_local.len())
        },
        report.bytes,
        cache.display()
    );
    Ok(exit::OK)
}
