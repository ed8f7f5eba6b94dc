//! GitHub-flavoured Markdown, for CI job summaries (`$GITHUB_STEP_SUMMARY`)
//! and pull-request comments.

use super::Renderer;
use crate::board::{fmt_ci, fmt_speedup, meter_note, problem_metric, Board, HEADLINE};
use crate::limits::shown;
use crate::scaling::{fmt_growth, headline, representative};
use crate::schema::{Growth, ResultsFile};
use crate::ReportsError;
use std::fmt::Write;

/// The leaderboard as Markdown: one table row per model (every summary
/// metric as `value [ci_low, ci_high]`, both speedups, problems with a
/// correct sample), notes on the meter and the settings, then compact
/// per-problem tables of eff@1 and of growth exponents per model inside
/// collapsed `<details>`.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkdownRenderer;

impl Renderer for MarkdownRenderer {
    fn render(&self, results: &[ResultsFile]) -> Result<String, ReportsError> {
        let board = Board::new(results);
        let mut out = String::new();
        out.push_str("## effgauge leaderboard\n\n");
        for w in &board.warnings {
            let _ = writeln!(out, "> **Warning:** {}\n", escape(w));
        }
        let _ = writeln!(out, "**Inputs:** {}.\n", escape(&board.inputs));
        if board.entries.is_empty() {
            out.push_str("No models in the results.\n");
            return Ok(out);
        }
        leaderboard_table(&board, &mut out);
        unavailable_notes(&board, &mut out);
        if let Some(h) = board.harness {
            let _ = writeln!(out, "{}\n", escape(&meter_note(h)));
            if let Some(t) = &h.toolchain {
                let _ = writeln!(
                    out,
                    "Language: {}, compiled with {} (toolchain sha256 `{}`); every sample is measured against the problem's reference in that language.\n",
                    h.language.name(),
                    escape(&t.name),
                    short(&t.sha256),
                );
            }
            let _ = writeln!(
                out,
                "Suite: {}, hash `{}`; runtime {} {} (sha256 `{}`); wasmtime {}; effgauge {}.\n",
                plural(h.problems.len(), "problem"),
                short(&h.suite_hash),
                escape(&h.runtime.name),
                escape(&h.runtime.version),
                short(&h.runtime.sha256),
                escape(&h.wasmtime),
                escape(&h.effgauge_version),
            );
        }
        if board.invalid_samples > 0 {
            let _ = writeln!(
                out,
                "{} input lines were skipped as invalid (`--skip-invalid`).\n",
                board.invalid_samples
            );
        }
        per_problem_table(&board, &mut out);
        growth_table(&board, &mut out);
        Ok(out)
    }
}

fn leaderboard_table(board: &Board, out: &mut String) {
    out.push_str("| # | model |");
    for m in &board.metrics {
        let _ = write!(out, " {} |", escape(m));
    }
    out.push_str(
        " speedup (geo. mean) | speedup (ratio of sums) | problems with a correct sample |\n",
    );
    out.push_str("| ---: | --- |");
    for _ in &board.metrics {
        out.push_str(" ---: |");
    }
    out.push_str(" ---: | ---: | ---: |\n");
    for (rank, e) in board.entries.iter().enumerate() {
        let _ = write!(out, "| {} | {} |", rank + 1, escape(&e.label));
        for m in &board.metrics {
            let _ = write!(out, " {} |", fmt_ci(ResultsFile::metric(e.model, m)));
        }
        let s = &e.model.summary;
        let _ = writeln!(
            out,
            " {} | {} | {}/{} |",
            fmt_speedup(s.speedup.geometric_mean),
            fmt_speedup(s.speedup.ratio_of_sums),
            s.problems_with_correct,
            s.problems
        );
    }
    out.push('\n');
    let _ = writeln!(out, "Ranked by {HEADLINE}. Cells are `value [95 % CI]`.\n");
}

fn unavailable_notes(board: &Board, out: &mut String) {
    let mut any = false;
    for e in &board.entries {
        for m in &e.model.summary.metrics {
            if m.value.is_none() {
                if !any {
                    out.push_str("Unavailable figures:\n\n");
                    any = true;
                }
                let why = m
                    .unavailable
                    .as_deref()
                    .map_or("no reason given".into(), shown);
                let _ = writeln!(
                    out,
                    "- {} {}: {}",
                    escape(&e.label),
                    escape(&m.name),
                    escape(&why)
                );
            }
        }
    }
    if any {
        out.push('\n');
    }
}

fn per_problem_table(board: &Board, out: &mut String) {
    if board.problems.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<details><summary>{HEADLINE} per problem ({})</summary>\n",
        plural(board.problems.len(), "problem")
    );
    model_columns(board, &["problem"], out);
    for (task, results) in board.problems.iter().zip(board.results_by_problem()) {
        let _ = write!(out, "| {} |", escape(task));
        for result in results {
            match result.map(|p| problem_metric(p, HEADLINE)) {
                Some(Some(v)) => {
                    let _ = write!(out, " {v:.2} |");
                }
                Some(None) => out.push_str(" n/a |"),
                None => out.push_str(" – |"),
            }
        }
        out.push('\n');
    }
    out.push_str("\n– : not scored for this model.\n\n</details>\n");
}

/// Per problem, the reference's growth exponent and each model's (its
/// median sample's headline step; see [`crate::scaling::headline`]).
fn growth_table(board: &Board, out: &mut String) {
    if board
        .problem_details
        .iter()
        .all(|p| p.reference_growth.is_empty())
    {
        return;
    }
    let _ = writeln!(
        out,
        "<details><summary>Growth exponents per problem: cost ~ n^k between the two largest \
         levels a sample reached (≥: a lower bound, stopped by the cost limit there)</summary>\n"
    );
    model_columns(board, &["problem", "reference solution"], out);
    let growth = |g: Option<&Growth>| g.map_or("–".to_owned(), |g| fmt_growth(g, 1));
    for (p, results) in board.problem_details.iter().zip(board.results_by_problem()) {
        let _ = write!(
            out,
            "| {} | {} |",
            escape(&p.task_id),
            growth(headline(&p.reference_growth))
        );
        for result in results {
            let own = result
                .and_then(representative)
                .and_then(|s| headline(&s.growth));
            let _ = write!(out, " {} |", growth(own));
        }
        out.push('\n');
    }
    out.push_str("\n</details>\n");
}

/// The head of a table with the `leading` columns, then one per model.
fn model_columns(board: &Board, leading: &[&str], out: &mut String) {
    out.push('|');
    for column in leading {
        let _ = write!(out, " {column} |");
    }
    for e in &board.entries {
        let _ = write!(out, " {} |", escape(&e.label));
    }
    out.push_str("\n| --- |");
    for _ in 1..leading.len() {
        out.push_str(" ---: |");
    }
    for _ in &board.entries {
        out.push_str(" ---: |");
    }
    out.push('\n');
}

fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

fn short(hash: &str) -> String {
    escape(&hash.chars().take(12).collect::<String>())
}

/// Escapes text for a Markdown table cell or paragraph: Markdown
/// punctuation gets a backslash, `<`, `>` and `&` become entities (GitHub
/// renders inline HTML), and line breaks become spaces.
pub(crate) fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let alnum = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|c| c.is_alphanumeric())
        };
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            // Intraword underscores never emphasize in GFM.
            '_' if alnum(i.checked_sub(1)) && alnum(Some(i + 1)) => out.push(c),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::{file, model};

    #[test]
    fn contains_the_figures_and_notes() {
        let md = MarkdownRenderer
            .render(&[file(vec![
                model("alpha", 0.8125, 1.0),
                model("beta", 0.5, 0.0),
            ])])
            .unwrap();
        assert!(
            md.contains("| # | model | pass@1 | eff@1 | efficient@1 |"),
            "{md}"
        );
        assert!(md.contains("0.812 [0.75, 0.87]"), "{md}");
        assert!(md.contains("1.23×"), "{md}");
        assert!(md.contains("eff@1 = 1 by construction"), "{md}");
        assert!(md.contains("2/2"), "{md}");
        // Ranked by eff@1: alpha (0.8125) above beta (0.5).
        let a = md.find("| 1 | alpha |").expect("alpha first");
        let b = md.find("| 2 | beta |").expect("beta second");
        assert!(a < b);
        // The per-problem table.
        assert!(md.contains("<details><summary>eff@1 per problem (2 problems)</summary>"));
        assert!(md.contains("| p/1 | 1.00 | 0.00 |"), "{md}");
        assert!(!md.contains("Warning"));
        // The growth table: the reference's exponent, then each model's.
        assert!(md.contains("<details><summary>Growth exponents per problem"));
        assert!(md.contains("| p/1 | ≈ n^1.0 | ≈ n^1.0 | ≈ n^1.0 |"), "{md}");
    }

    #[test]
    fn growth_shows_a_lower_bound() {
        let mut m = model("m", 0.5, 1.0);
        m.problems[1].samples[0].growth = vec![crate::testdata::growth(1, 2, 2.345, true)];
        let md = MarkdownRenderer.render(&[file(vec![m])]).unwrap();
        assert!(md.contains("| p/2 | ≈ n^1.0 | ≥ n^2.3 |"), "{md}");
    }

    #[test]
    fn escapes_names_and_warns_about_mismatched_harness() {
        let mut a = file(vec![model("a|b<script>", 0.5, 1.0)]);
        a.harness.meter = "wall".into();
        let b = file(vec![model("c", 0.4, 1.0)]);
        let md = MarkdownRenderer.render(&[a, b]).unwrap();
        assert!(md.contains("a\\|b&lt;script&gt;"), "{md}");
        assert_eq!(escape("_a_ b_c *d*"), "\\_a\\_ b_c \\*d\\*");
        assert!(!md.contains("<script>"));
        assert!(
            md.contains("> **Warning:** the files differ in meter (wall vs fuel)"),
            "{md}"
        );
    }

    #[test]
    fn says_which_inputs_were_used() {
        let public = file(vec![model("m", 0.5, 1.0)]);
        let md = MarkdownRenderer
            .render(std::slice::from_ref(&public))
            .unwrap();
        assert!(
            md.contains("**Inputs:** public seeds: the published inputs"),
            "{md}"
        );
        let mut held_out = file(vec![model("m", 0.5, 1.0)]);
        held_out.harness.inputs = Some(crate::schema::Inputs::HeldOut);
        held_out.harness.salt_sha256 = Some("0123456789abcdef".repeat(4));
        let md = MarkdownRenderer
            .render(std::slice::from_ref(&held_out))
            .unwrap();
        assert!(
            md.contains(
                "**Inputs:** held-out (salt sha256 0123456789ab…): drawn under a secret salt"
            ),
            "{md}"
        );
        assert!(!md.contains("0123456789abcdef0123"), "only a prefix: {md}");
        // Even a file without models says it.
        let mut empty = held_out.clone();
        empty.models.clear();
        let md = MarkdownRenderer.render(&[empty]).unwrap();
        assert!(md.contains("**Inputs:** held-out"), "{md}");
        // Files on different inputs: each file's, and a warning.
        let md = MarkdownRenderer.render(&[public, held_out]).unwrap();
        assert!(
            md.contains(
                "**Inputs:** they differ between files: file 1 public seeds; \
                 file 2 held-out (salt sha256 0123456789ab…)."
            ),
            "{md}"
        );
        assert!(
            md.contains("> **Warning:** the files differ in inputs (public seeds vs held-out"),
            "{md}"
        );
    }

    #[test]
    fn unavailable_metric_is_explained() {
        let mut m = model("m", 0.5, 1.0);
        m.summary.metrics[1].value = None;
        m.summary.metrics[1].unavailable = Some("k = 1 > n = 0 for p/2".into());
        let md = MarkdownRenderer.render(&[file(vec![m])]).unwrap();
        assert!(md.contains("| n/a |"), "{md}");
        assert!(md.contains("- m pass@1: k = 1 &gt; n = 0 for p/2"), "{md}");
    }
}
