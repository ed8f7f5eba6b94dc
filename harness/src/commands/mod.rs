//! One module per subcommand.

pub mod compare;
pub mod eval;
mod exec;
mod fidelity;
pub mod generate;
mod import;
pub mod merge;
pub mod prepare;
mod problems;
pub mod report;
pub mod run;
pub mod score;
pub mod serve;
mod setup;

use crate::cli::{Cli, Command};

/// Runs the command; returns the exit code of a run that completed.
pub fn dispatch(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Exec(args) => exec::run(args),
        Command::Problems(args) => problems::run(args),
        Command::Score(args) => score::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Prepare(args) => prepare::run(args),
        Command::Run(args) => run::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Report(args) => report::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Import(args) => import::run(args),
        Command::Setup(args) => setup::run(args),
        Command::Generate(args) => generate::run(args),
        Command::Eval(args) => eval::run(args),
    }
}

use crate::cli::SandboxOpts;
use effgauge_sandboxes::{Runtime, SandboxEngine};

/// The sandbox engine for a command: checks the meter works here first, so a
/// machine without a PMU is told so before anything runs.
pub fn engine(opts: &SandboxOpts) -> anyhow::Result<SandboxEngine> {
    opts.meter.check_available()?;
    let runtime = Runtime::locate(opts.runtime.as_deref())?;
    Ok(SandboxEngine::with_cost_model(runtime, opts.cost_model)?)
}
