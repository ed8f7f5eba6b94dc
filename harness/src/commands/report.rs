//! `effgauge report`: render results files as a Markdown summary, a
//! self-contained HTML leaderboard or leaderboard JSON.

use crate::exit::{self, invalid};
use anyhow::Context;
use clap::{Args, ValueEnum};
use effgauge_reports::{read_results, write_atomic, Format, ResultsFile};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args)]
pub struct ReportArgs {
    /// Results files written by `effgauge score`; several make one
    /// leaderboard (a warning is rendered if their settings differ).
    #[arg(required = true, value_name = "RESULTS.json")]
    pub results: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Markdown)]
    pub format: FormatArg,
    /// Write to FILE (atomically: temporary file, fsync, rename) instead of
    /// standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// GitHub-flavoured Markdown, e.g. for $GITHUB_STEP_SUMMARY.
    Markdown,
    /// One self-contained HTML page (inline CSS and SVG, no scripts).
    Html,
    /// The leaderboard as JSON.
    Json,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::Json => Format::Json,
        }
    }
}

pub fn run(args: ReportArgs) -> anyhow::Result<u8> {
    let files = read_all(&args.results)?;
    let text = render(&files, args.format.into())?;
    match &args.out {
        Some(path) => {
            write_atomic(path, text.as_bytes()).map_err(|e| invalid(format!("--out: {e}")))?
        }
        None => write_stdout(&text)?,
    }
    Ok(exit::OK)
}

/// The report of `files` in `format`.
pub fn render(files: &[ResultsFile], format: Format) -> anyhow::Result<String> {
    format
        .renderer()
        .render(files)
        .context("rendering the report")
}

/// Reads results files; an unreadable or invalid one is an input error
/// (exit 2) whose message names it.
pub fn read_all(paths: &[PathBuf]) -> anyhow::Result<Vec<ResultsFile>> {
    paths
        .iter()
        .map(|p| read_results(p).map_err(|e| invalid(e.to_string())))
        .collect()
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
pub fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::Error::new(e).context("writing to standard output"))
        }
        _ => Ok(()),
    }
}
