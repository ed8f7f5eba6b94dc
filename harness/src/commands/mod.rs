//! One module per subcommand.

mod exec;

use crate::cli::{Cli, Command};

/// Runs the command; returns the exit code of a run that completed.
pub fn dispatch(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Exec(args) => exec::run(args),
    }
}

use crate::cli::SandboxOpts;
use effgauge_sandboxes::{Runtime, SandboxEngine};

/// The sandbox engine for a command: checks the meter works here first, so a
/// machine without a PMU is told so before anything runs.
pub fn engine(opts: &SandboxOpts) -> anyhow::Result<SandboxEngine> {
    opts.meter.check_available()?;
    let runtime = Runtime::locate(opts.runtime.as_deref())?;
    Ok(SandboxEngine::new(runtime)?)
}
