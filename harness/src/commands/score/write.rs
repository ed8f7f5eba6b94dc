//! Stage 5, write: the results file (atomically), then the journal is
//! removed; the Markdown summary, the summary on stderr and the exit code of
//! the `--fail-under` thresholds.

use super::ScoreArgs;
use crate::exit;
use anyhow::Context;
use effgauge_reports::schema::ResultsFile;
use std::path::Path;

pub fn write(args: &ScoreArgs, results: &ResultsFile, journal: &Path) -> anyhow::Result<u8> {
    // Within the bounds every reader checks, or it would be written and then
    // refused (a samples file may hold more samples of a problem than any
    // results file may count); the journal stays for a --resume.
    effgauge_reports::limits::check(results).map_err(|v| {
        crate::exit::invalid(format!(
            "the results would be over a bound of a results file, so no reader would read them: {v}"
        ))
    })?;
    effgauge_reports::write_results_atomic(&args.out, results)?;
    std::fs::remove_file(journal).with_context(|| format!("removing {}", journal.display()))?;
    if let Some(path) = &args.markdown {
        use effgauge_reports::Renderer;
        let text = effgauge_reports::MarkdownRenderer.render(std::slice::from_ref(results))?;
        effgauge_reports::write_atomic(path, text.as_bytes())?;
    }
    if !args.quiet {
        print_summary(results);
    }
    Ok(check_thresholds(results, &args.scoring.fail_under))
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
