//! `effgauge`: the command line over effgauge's libraries. Parsing and
//! dispatch live in `cli`, each subcommand in `commands`; this file only
//! turns the outcome into a process exit code (see `exit`).

mod cli;
mod commands;
mod exit;
mod progress;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = <cli::Cli as clap::Parser>::parse();
    match commands::dispatch(args) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(exit::classify(&error))
        }
    }
}
