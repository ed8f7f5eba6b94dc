//! The page's tables of figures: the leaderboard (one row per model), the
//! problems table (one row per problem, eff@1 of every model) and the
//! filters that act on both. Every header is a sort button; every cell
//! carries the value it sorts by in `data-sort-value`.

use super::{escape, problem_anchor};
use crate::board::{fmt_speedup, fmt_value, problem_metric, Board, Entry, HEADLINE};
use crate::render::svg::color;
use crate::scaling::{fmt_growth_against, headline, reference_step, representative};
use crate::schema::{ProblemResult, ResultsFile};
use std::collections::BTreeSet;
use std::fmt::Write;

/// How a column sorts on its first click.
#[derive(Clone, Copy)]
pub(super) enum Sort {
    /// Numbers, largest first.
    Number,
    /// Text, A to Z.
    Text,
}

/// A column header: `<th scope="col">` with a sort button. `sorted` marks
/// the column the rows are in order of when the page loads.
pub(super) fn header(label: &str, sort: Sort, sorted: bool) -> String {
    let kind = match sort {
        Sort::Number => "number",
        Sort::Text => "text",
    };
    let aria = if sorted {
        " aria-sort=\"descending\""
    } else {
        ""
    };
    format!(
        "<th scope=\"col\" data-sort=\"{kind}\"{aria}><button type=\"button\" class=\"sort\">{label}</button></th>"
    )
}

/// A number for `data-sort-value` (empty when unknown: such rows sort last).
pub(super) fn sort_value(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite())
        .map(|v| v.to_string())
        .unwrap_or_default()
}

pub(super) fn filters(board: &Board, out: &mut String) {
    let problems = &board.problem_details;
    let tags: BTreeSet<&str> = problems
        .iter()
        .flat_map(|p| p.tags.iter().map(String::as_str))
        .collect();
    let levels: BTreeSet<&str> = problems
        .iter()
        .filter_map(|p| p.difficulty.as_deref())
        .collect();
    out.push_str(
        "<form class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"Filter the problems\">\
         <label>Tag <select id=\"filter-tag\"><option value=\"\">all tags</option>",
    );
    for t in tags {
        let _ = write!(out, "<option>{}</option>", escape(t));
    }
    out.push_str(
        "</select></label> <label>Difficulty <select id=\"filter-difficulty\">\
         <option value=\"\">all difficulties</option>",
    );
    for d in ["easy", "medium", "hard"]
        .into_iter()
        .filter(|d| levels.contains(d))
    {
        let _ = write!(out, "<option>{d}</option>");
    }
    let _ = writeln!(
        out,
        "</select></label> <label>Problem <input type=\"search\" id=\"filter-text\" \
         placeholder=\"name contains…\" autocomplete=\"off\"></label> \
         <button type=\"reset\">Show all</button> \
         <output id=\"filter-status\" aria-live=\"polite\">All {} problems shown.</output></form>",
        board.problems.len()
    );
}

pub(super) fn leaderboard(board: &Board, out: &mut String) {
    out.push_str(
        "<h2 id=\"leaderboard\">Leaderboard</h2>\n<div class=\"scroll\"><table class=\"sortable board\" id=\"leaderboard-table\">\n",
    );
    let _ = write!(
        out,
        "<caption>Models ranked by {HEADLINE}. Brackets: 95 % bootstrap interval over problems. \
         With a filter, each figure is the mean over the problems shown (no interval).</caption>\n<thead><tr>"
    );
    out.push_str(&header("#", Sort::Number, false));
    out.push_str(&header("model", Sort::Text, false));
    for m in &board.metrics {
        out.push_str(&header(&escape(m), Sort::Number, m == HEADLINE));
    }
    out.push_str(&header(
        "speedup <span class=\"ci\">geo. mean</span>",
        Sort::Number,
        false,
    ));
    out.push_str(&header(
        "speedup <span class=\"ci\">ratio of sums</span>",
        Sort::Number,
        false,
    ));
    out.push_str(&header(
        "problems with a correct sample",
        Sort::Number,
        false,
    ));
    out.push_str("</tr></thead>\n<tbody>\n");
    for (rank, e) in board.entries.iter().enumerate() {
        let _ = write!(
            out,
            "<tr data-entry=\"{rank}\"><td data-sort-value=\"{}\">{}</td><th scope=\"row\" class=\"model\" data-sort-value=\"{label}\">{label}</th>",
            rank + 1,
            rank + 1,
            label = escape(&e.label)
        );
        for name in &board.metrics {
            metric_cell(e, name, out);
        }
        let s = &e.model.summary;
        let share = (s.problems > 0).then(|| s.problems_with_correct as f64 / s.problems as f64);
        let _ = writeln!(
            out,
            "<td data-metric=\"speedup\" data-sort-value=\"{}\">{}</td><td data-metric=\"ratio\" data-sort-value=\"{}\">{}</td>\
             <td data-metric=\"correct\" data-sort-value=\"{}\">{} / {}</td></tr>",
            sort_value(s.speedup.geometric_mean),
            fmt_speedup(s.speedup.geometric_mean),
            sort_value(s.speedup.ratio_of_sums),
            fmt_speedup(s.speedup.ratio_of_sums),
            sort_value(share),
            s.problems_with_correct,
            s.problems
        );
    }
    out.push_str("</tbody>\n</table></div>\n");
}

fn metric_cell(e: &Entry, name: &str, out: &mut String) {
    let Some(m) = ResultsFile::metric(e.model, name) else {
        let _ = write!(
            out,
            "<td data-metric=\"{}\" data-sort-value=\"\">n/a</td>",
            escape(name)
        );
        return;
    };
    let title = match (&m.unavailable, m.conditional) {
        (Some(why), _) => format!("unavailable: {}", crate::limits::shown(why)),
        (None, Some(c)) => format!("over problems with a correct sample: {c:.3}"),
        (None, None) => String::new(),
    };
    let ci = match (m.ci_low, m.ci_high) {
        (Some(lo), Some(hi)) if m.value.is_some() => {
            format!(" <span class=\"ci\">[{lo:.2}, {hi:.2}]</span>")
        }
        _ => String::new(),
    };
    let _ = write!(
        out,
        "<td data-metric=\"{}\" data-sort-value=\"{}\" title=\"{}\">{}{ci}</td>",
        escape(name),
        sort_value(m.value),
        escape(&title),
        fmt_value(m.value)
    );
}

/// One row per problem: its difficulty, tags and reference growth, how many
/// models solve it, and every model's eff@1 (coloured as a heatmap; the
/// cell's title gives the model's growth against the reference's).
pub(super) fn problems(board: &Board, out: &mut String) {
    let details = &board.problem_details;
    let grid = board.results_by_problem();
    out.push_str(
        "<h2 id=\"problems\">Problems</h2>\n<div class=\"scroll tall\"><table class=\"sortable problems\" id=\"problems-table\">\n",
    );
    let _ = write!(
        out,
        "<caption>{HEADLINE} of every model per problem (red 0, yellow 0.5, green 1 = the reference, \
         dark green above). Growth: the reference's cost ~ n^k between its two largest levels. \
         A problem's name leads to its scaling curves.</caption>\n<thead><tr>"
    );
    out.push_str(&header("problem", Sort::Text, false));
    out.push_str(&header("difficulty", Sort::Text, false));
    out.push_str(&header("tags", Sort::Text, false));
    out.push_str(&header("reference growth", Sort::Number, false));
    out.push_str(&header("models correct", Sort::Number, false));
    for e in &board.entries {
        out.push_str(&header(&escape(&e.label), Sort::Number, false));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, task) in board.problems.iter().enumerate() {
        let p = details[i];
        let scored = &grid[i];
        let solved = scored.iter().flatten().filter(|r| r.n_correct > 0).count();
        let reference = headline(&p.reference_growth);
        let difficulty = p.difficulty.as_deref().unwrap_or("");
        let tags = p.tags.join(", ");
        let _ = write!(
            out,
            "<tr data-problem=\"{i}\"><th scope=\"row\" data-sort-value=\"{name}\"><a href=\"#{}\">{name}</a></th>\
             <td data-sort-value=\"{}\">{}</td><td data-sort-value=\"{tags}\" class=\"tags\">{tags}</td>\
             <td data-sort-value=\"{}\">{}</td><td data-sort-value=\"{solved}\">{solved} / {}</td>",
            problem_anchor(i),
            difficulty_rank(difficulty),
            escape(difficulty),
            sort_value(reference.map(|g| g.exponent)),
            reference.map_or("–".to_owned(), |g| format!("n^{:.1}", g.exponent)),
            scored.iter().flatten().count(),
            name = escape(task),
            tags = escape(&tags),
        );
        for (e, result) in board.entries.iter().zip(scored) {
            model_cell(e, *result, out);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n");
}

/// Difficulties sort easy, medium, hard rather than alphabetically.
fn difficulty_rank(d: &str) -> &'static str {
    match d {
        "easy" => "1 easy",
        "medium" => "2 medium",
        "hard" => "3 hard",
        _ => "4",
    }
}

fn model_cell(e: &Entry, result: Option<&ProblemResult>, out: &mut String) {
    let Some(p) = result else {
        out.push_str("<td data-sort-value=\"\" title=\"not scored\">–</td>");
        return;
    };
    let value = problem_metric(p, HEADLINE);
    let growth = representative(p).and_then(|s| {
        let step = headline(&s.growth)?;
        Some(fmt_growth_against(step, reference_step(p, step), 1))
    });
    let title = format!(
        "{} · {}: {HEADLINE} {}{}",
        e.label,
        p.task_id,
        fmt_value(value),
        growth.map(|g| format!(", {g}")).unwrap_or_default()
    );
    let style = value
        .map(|v| format!(" style=\"background:{}\"", color(v)))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<td data-sort-value=\"{}\" title=\"{}\"{style}>{}</td>",
        sort_value(value),
        escape(&title),
        value.map_or("n/a".to_owned(), |v| format!("{v:.2}"))
    );
}
