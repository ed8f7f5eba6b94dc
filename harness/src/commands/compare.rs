//! `effgauge compare`: what changed between two results files, as Markdown,
//! and a regression gate for CI.
//!
//! The rules (pairing of models, Δ, "outside the interval", gates) are
//! documented in `effgauge_reports::compare`. The Markdown goes to standard
//! output and, with `--markdown FILE`, is also *appended* to FILE (created if
//! missing), since `$GITHUB_STEP_SUMMARY` collects the output of several
//! steps. Exit codes: 0 no gate failed, 1 a metric dropped by more than its
//! `--max-regression`, 2 an invalid file or argument.

use super::report::{read_all, write_stdout};
use crate::exit::{self, invalid};
use clap::Args;
use effgauge_reports::compare::{compare, Threshold};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args)]
pub struct CompareArgs {
    /// The baseline results file.
    #[arg(value_name = "BASE.json")]
    pub base: PathBuf,
    /// The results file to check against it.
    #[arg(value_name = "NEW.json")]
    pub new: PathBuf,
    /// Exit 1 if METRIC drops by more than DELTA (old − new > DELTA) for a
    /// compared model. METRIC is a summary metric (eff@1, pass@10,
    /// efficient@1, …), `speedup` (geometric mean) or
    /// `speedup_ratio_of_sums`. Repeatable.
    #[arg(long = "max-regression", value_name = "METRIC=DELTA")]
    pub max_regression: Vec<String>,
    /// Also append the Markdown to FILE (created if missing), e.g.
    /// "$GITHUB_STEP_SUMMARY".
    #[arg(long, value_name = "FILE")]
    pub markdown: Option<PathBuf>,
}

pub fn run(args: CompareArgs) -> anyhow::Result<u8> {
    let thresholds: Vec<Threshold> = args
        .max_regression
        .iter()
        .map(|s| {
            s.parse()
                .map_err(|e: effgauge_reports::ReportsError| invalid(e.to_string()))
        })
        .collect::<anyhow::Result<_>>()?;
    let files = read_all(&[args.base.clone(), args.new.clone()])?;
    let (base_name, new_name) = (
        args.base.display().to_string(),
        args.new.display().to_string(),
    );
    let comparison = compare(&files[0], &files[1])
        .map_err(|e| invalid(format!("{base_name} vs {new_name}: {e}")))?;
    let violations = comparison
        .check(&thresholds)
        .map_err(|e| invalid(e.to_string()))?;
    let markdown = comparison.to_markdown(&base_name, &new_name, &thresholds, &violations);
    write_stdout(&markdown)?;
    if let Some(path) = &args.markdown {
        append(path, &markdown)
            .map_err(|e| invalid(format!("--markdown {}: {e}", path.display())))?;
    }
    for v in &violations {
        eprintln!(
            "regression: {} {} {} → {} (allowed drop {})",
            v.model,
            v.metric,
            v.old.map_or("n/a".into(), |x| format!("{x:.3}")),
            v.new.map_or("n/a".into(), |x| format!("{x:.3}")),
            v.max_drop
        );
    }
    Ok(if violations.is_empty() {
        exit::OK
    } else {
        exit::BELOW_THRESHOLD
    })
}

/// Appends `text` to `path`, after a blank line if the file has content.
fn append(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    if file.metadata()?.len() > 0 {
        file.write_all(b"\n")?;
    }
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
