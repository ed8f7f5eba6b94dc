//! The command line, declared with clap's derive API.

use clap::{Args, Parser, Subcommand};
use effgauge_sandboxes::Meter;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "effgauge",
    version,
    about = "Score how efficient LLM-generated code is, in deterministic wasmtime sandboxes."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run one candidate file on a list of argument lists and show each call's cost.
    Exec(ExecArgs),
}

/// Options shared by every command that runs guests.
#[derive(Args, Clone)]
pub struct SandboxOpts {
    /// Which figure is the cost: fuel (deterministic), instructions (hardware counter), wall (ns).
    #[arg(long, default_value = "fuel", value_parser = parse_meter)]
    pub meter: Meter,
    /// The CPython-WASI runtime directory (default: the one build-python.sh caches).
    #[arg(long, env = "EFFGAUGE_RUNTIME")]
    pub runtime: Option<PathBuf>,
}

fn parse_meter(s: &str) -> Result<Meter, String> {
    s.parse()
}

#[derive(Args)]
pub struct ExecArgs {
    /// The candidate's Python source file.
    pub candidate: PathBuf,
    /// The function to call.
    #[arg(long)]
    pub entry: String,
    /// A JSON file holding an array of argument arrays, one per call.
    #[arg(long)]
    pub inputs: PathBuf,
    #[command(flatten)]
    pub sandbox: SandboxOpts,
    /// Fuel cap of one call.
    #[arg(long, default_value_t = 20_000_000_000)]
    pub fuel_limit: u64,
    /// Linear-memory cap in MiB (includes the interpreter's 64 MiB C stack).
    #[arg(long, default_value_t = 1024)]
    pub memory_limit: u64,
    /// Wall-clock cap of one call, in seconds.
    #[arg(long, default_value_t = 60.0)]
    pub timeout: f64,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}
