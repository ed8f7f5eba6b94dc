//! The comparison as Markdown.

use super::{Comparison, ModelComparison, Threshold, Violation, PROBLEM_METRIC};
use crate::board::fmt_value;
use crate::render::markdown_escape as escape;
use std::fmt::Write;

impl Comparison {
    /// The comparison as Markdown; `base` and `new` name the two files.
    pub fn to_markdown(
        &self,
        base: &str,
        new: &str,
        thresholds: &[Threshold],
        violations: &[Violation],
    ) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "## effgauge compare\n\nBase: `{}` → new: `{}`\n",
            code(base),
            code(new)
        );
        for w in &self.warnings {
            let _ = writeln!(out, "> **Warning:** {}\n", escape(w));
        }
        for m in &self.models {
            model_markdown(m, thresholds, violations, &mut out);
        }
        if !self.only_in_base.is_empty() {
            let _ = writeln!(
                out,
                "Only in the base file: {}.\n",
                list(&self.only_in_base)
            );
        }
        if !self.only_in_new.is_empty() {
            let _ = writeln!(out, "Only in the new file: {}.\n", list(&self.only_in_new));
        }
        if thresholds.is_empty() {
            out.push_str("**Result:** no `--max-regression` gate given.\n");
        } else if violations.is_empty() {
            out.push_str("**Result:** no metric regressed beyond its `--max-regression`.\n");
        } else {
            let _ = writeln!(
                out,
                "**Result:** {} regression(s) beyond `--max-regression`:\n",
                violations.len()
            );
            for v in violations {
                let what = match (v.old, v.new) {
                    (Some(o), Some(n)) => format!("dropped by {:.3} ({o:.3} → {n:.3})", o - n),
                    _ => "became unavailable".to_owned(),
                };
                let _ = writeln!(
                    out,
                    "- {} {}: {what}; allowed {}",
                    escape(&v.model),
                    escape(&v.metric),
                    v.max_drop
                );
            }
        }
        out
    }
}

fn model_markdown(
    m: &ModelComparison,
    thresholds: &[Threshold],
    violations: &[Violation],
    out: &mut String,
) {
    if m.base == m.new {
        let _ = writeln!(out, "### {}\n", escape(&m.new));
    } else {
        let _ = writeln!(out, "### {} → {}\n", escape(&m.base), escape(&m.new));
    }
    out.push_str("| metric | base | new | Δ (new − base) | outside CI? | gate |\n");
    out.push_str("| --- | ---: | ---: | ---: | :---: | --- |\n");
    for d in &m.metrics {
        let delta = d.delta().map_or("n/a".to_owned(), |x| format!("{x:+.3}"));
        let outside = match d.outside_ci() {
            Some(true) => "**yes**",
            Some(false) => "no",
            None => "–",
        };
        let gate = match thresholds.iter().find(|t| t.metric == d.name) {
            None => String::new(),
            Some(t)
                if violations
                    .iter()
                    .any(|v| v.metric == d.name && v.model == m.new) =>
            {
                format!("**FAIL** (max drop {})", t.max_drop)
            }
            Some(t) => format!("ok (max drop {})", t.max_drop),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {delta} | {outside} | {gate} |",
            escape(&d.name),
            fmt_value(d.old),
            fmt_value(d.new)
        );
    }
    out.push('\n');
    if m.regressions.is_empty() {
        let _ = writeln!(
            out,
            "No problem's {PROBLEM_METRIC} dropped ({} problems in both files).\n",
            m.problems_compared
        );
        return;
    }
    let _ = writeln!(
        out,
        "Largest {PROBLEM_METRIC} drops per problem ({} of {} problems in both files):\n",
        m.regressions.len(),
        m.problems_compared
    );
    out.push_str("| problem | base | new | Δ |\n| --- | ---: | ---: | ---: |\n");
    for r in &m.regressions {
        let _ = writeln!(
            out,
            "| {} | {:.3} | {:.3} | {:+.3} |",
            escape(&r.task_id),
            r.old,
            r.new,
            r.new - r.old
        );
    }
    out.push('\n');
}

fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| escape(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Text for an inline code span: backticks would end it.
fn code(s: &str) -> String {
    s.replace('`', "'")
}
