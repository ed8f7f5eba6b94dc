//! Where each model is weakest: its lowest-scoring problems (ties broken by
//! the curve that outgrows the reference's most), each with its score,
//! verdict and growth against the reference's, linked to its curves.

use super::table::{header, sort_value, Sort};
use super::{escape, problem_anchor};
use crate::board::{fmt_value, Board};
use crate::scaling::{fmt_growth_against, headline, reference_step, weakest, Weak};
use std::fmt::Write;

/// How many problems each model lists.
const SHOWN: usize = 5;

pub(super) fn section(board: &Board, out: &mut String) {
    let index_of = |task: &str| {
        board
            .problems
            .binary_search_by(|p| p.as_str().cmp(task))
            .ok()
    };
    let _ = writeln!(
        out,
        "<h2 id=\"weakest\">Weakest problems</h2>\n<p>Each model's {SHOWN} lowest-scoring problems \
         (ties: the curve growing fastest beyond the reference's first), over all problems.</p>"
    );
    out.push_str(
        "<div class=\"scroll\"><table class=\"sortable weakest\" id=\"weakest-table\"><thead><tr>",
    );
    out.push_str(&header("model", Sort::Text, false));
    out.push_str(&header("mean score of these problems", Sort::Number, false));
    out.push_str(&header("weakest problems", Sort::Text, false));
    out.push_str("</tr></thead><tbody>\n");
    for e in &board.entries {
        let weak = weakest(e, SHOWN);
        let values: Vec<f64> = weak.iter().filter_map(|w| w.value).collect();
        let mean = (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
        let _ = write!(
            out,
            "<tr><th scope=\"row\" data-sort-value=\"{label}\">{label}</th><td data-sort-value=\"{}\">{}</td>\
             <td data-sort-value=\"{}\"><ol>",
            sort_value(mean),
            fmt_value(mean),
            escape(weak.first().map_or("", |w| w.problem.task_id.as_str())),
            label = escape(&e.label)
        );
        for w in &weak {
            item(w, index_of(&w.problem.task_id), out);
        }
        out.push_str("</ol></td></tr>\n");
    }
    out.push_str("</tbody></table></div>\n");
}

fn item(w: &Weak, index: Option<usize>, out: &mut String) {
    let name = escape(&w.problem.task_id);
    let link = match index {
        Some(i) => format!("<a href=\"#{}\">{name}</a>", problem_anchor(i)),
        None => name,
    };
    let mut facts = vec![format!("eff@1 {}", fmt_value(w.value))];
    if let Some(s) = w.sample {
        if let Some(at) = s.failed_at {
            facts.push(format!("{} at level {}", s.verdict, at.level));
        }
        if let Some(step) = headline(&s.growth) {
            facts.push(fmt_growth_against(step, reference_step(w.problem, step), 1));
        }
    }
    let _ = write!(
        out,
        "<li>{link} <span class=\"ci\">{}</span></li>",
        escape(&facts.join(", "))
    );
}
