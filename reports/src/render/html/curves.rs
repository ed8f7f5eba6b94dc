//! One section per problem: the cost-versus-size curve of every model and
//! of the reference on log–log axes with the cost limit drawn in
//! ([`super::plot`]), and a table of the same figures (which is also what a
//! screen reader reads).
//!
//! A model's curve is its representative sample's (see
//! [`crate::scaling::representative`]) over the weighted levels that
//! declare a size. A sample stopped by the cost limit ends on a triangle at
//! the limit, joined by a dotted segment: it cost at least that much there.

use super::plot::{chart, model_style, Quantity, Series};
use super::table::{header, sort_value, Sort};
use super::{escape, problem_anchor};
use crate::board::{fmt_value, problem_metric, Board, HEADLINE};
use crate::scaling::{fmt_growth, headline, reference_step, representative};
use crate::schema::{Growth, ProblemResult, SampleResult, Status, Verdict};
use effgauge_metrics::{curve_points, LevelPoint};
use std::fmt::Write;

/// One model on one problem.
struct Line<'a> {
    series: Series<'a>,
    /// Its peak memory per level (empty where memory was not measured).
    memory: Vec<LevelPoint>,
    /// The model's result on the problem.
    result: &'a ProblemResult,
    sample: Option<&'a SampleResult>,
}

pub(super) fn section(board: &Board, out: &mut String) {
    let weights: &[f64] = board.harness.map_or(&[], |h| &h.weights);
    let counted = |l: usize| weights.get(l).is_none_or(|&w| w > 0.0);
    out.push_str(
        "<h2 id=\"curves\">Scaling curves</h2>\n<p>Cost against the level's nominal input size n, \
         both on log scales, for each problem's weighted levels: a straight line of slope k is a \
         cost growing as n^k. Black: the reference. Dashed red: the cost limit (α × the \
         reference's cost, never below the scorer's floor); a triangle on it marks a model stopped \
         there, which cost at least that much. Each model is drawn by its median sample. Open a \
         problem to see its chart.</p>\n",
    );
    let grid = board.results_by_problem();
    for (i, p) in board.problem_details.iter().enumerate() {
        let lines: Vec<Line> = board
            .entries
            .iter()
            .enumerate()
            .filter_map(|(j, e)| {
                let result = grid[i][j]?;
                let sample = representative(result);
                let (color, dash) = model_style(j);
                let points = sample.map_or_else(Vec::new, |s| sample_points(result, s, &counted));
                let memory = sample.map_or_else(Vec::new, |s| memory_points(result, s, &counted));
                Some(Line {
                    memory,
                    series: Series {
                        label: &e.label,
                        points,
                        color,
                        dash,
                    },
                    result,
                    sample,
                })
            })
            .collect();
        problem_section(i, p, &lines, &counted, out);
    }
}

fn problem_section(
    index: usize,
    p: &ProblemResult,
    lines: &[Line],
    counted: &dyn Fn(usize) -> bool,
    out: &mut String,
) {
    let costs =
        |values: &[u64]| -> Vec<Option<f64>> { values.iter().map(|&c| Some(c as f64)).collect() };
    let reference = Series {
        label: "reference",
        points: curve_points(
            &costs(&p.reference_level_cost),
            &p.level_size,
            counted,
            None,
        ),
        color: "#000",
        dash: "",
    };
    let limit = curve_points(&costs(&p.level_limit), &p.level_size, counted, None);
    let _ = write!(
        out,
        "<details class=\"problem\" id=\"{}\" data-problem=\"{index}\"><summary>{}</summary>\n<div class=\"problem-body\">",
        problem_anchor(index),
        summary(p, lines)
    );
    if reference.points.is_empty() {
        out.push_str("<p>This problem declares no level sizes: there is no curve to draw.</p>");
    } else {
        let models: Vec<&Series> = lines.iter().map(|l| &l.series).collect();
        chart(
            index,
            &p.task_id,
            (&reference, &limit),
            &models,
            Quantity::Cost,
            out,
        );
        memory_chart(index, p, lines, counted, out);
    }
    legend(p, lines, out);
    out.push_str("</div></details>\n");
}

/// The peak-memory-versus-size chart beside the cost chart, where memory
/// was measured (no limit: memory has none but the sandbox's).
fn memory_chart(
    index: usize,
    p: &ProblemResult,
    lines: &[Line],
    counted: &dyn Fn(usize) -> bool,
    out: &mut String,
) {
    let Some(memory) = &p.reference_memory else {
        return;
    };
    let reference = Series {
        label: "reference",
        points: curve_points(
            &peaks(&memory.peak_live_bytes),
            &p.level_size,
            counted,
            None,
        ),
        color: "#000",
        dash: "",
    };
    let models: Vec<Series> = lines
        .iter()
        .map(|l| Series {
            points: l.memory.clone(),
            ..l.series.clone()
        })
        .collect();
    let models: Vec<&Series> = models.iter().collect();
    chart(
        index,
        &p.task_id,
        (&reference, &[]),
        &models,
        Quantity::Memory,
        out,
    );
}

/// Peaks as a curve's values (floored as the scores floor them, so that a
/// few hundred bytes do not span decades of the axis).
fn peaks(values: &[Option<u64>]) -> Vec<Option<f64>> {
    values
        .iter()
        .map(|v| v.map(|b| effgauge_metrics::floored(b as f64)))
        .collect()
}

/// A sample's peak memory per level, as far as it got.
fn memory_points(
    p: &ProblemResult,
    s: &SampleResult,
    counted: &dyn Fn(usize) -> bool,
) -> Vec<LevelPoint> {
    match &s.memory {
        Some(m) => curve_points(
            &peaks(&m.levels.peak_live_bytes),
            &p.level_size,
            counted,
            None,
        ),
        None => Vec::new(),
    }
}

/// The curve of a sample: a floor at the level where it ran out of fuel.
fn sample_points(
    p: &ProblemResult,
    s: &SampleResult,
    counted: &dyn Fn(usize) -> bool,
) -> Vec<LevelPoint> {
    let costs: Vec<Option<f64>> = s.level_cost.iter().map(|c| c.map(|v| v as f64)).collect();
    let floor = match (&s.failed_at, s.verdict, s.status) {
        (Some(at), Verdict::Censored, Status::Timeout) => p
            .level_limit
            .get(at.level as usize)
            .map(|&l| (at.level as usize, l as f64)),
        _ => None,
    };
    curve_points(&costs, &p.level_size, counted, floor)
}

/// The line a closed section shows: name, difficulty, tags, the
/// reference's growth and the steepest model.
fn summary(p: &ProblemResult, lines: &[Line]) -> String {
    let mut parts = vec![format!("<span class=\"pid\">{}</span>", escape(&p.task_id))];
    if let Some(d) = &p.difficulty {
        parts.push(escape(d));
    }
    if !p.tags.is_empty() {
        parts.push(escape(&p.tags.join(", ")));
    }
    if let Some(r) = headline(&p.reference_growth) {
        parts.push(format!("reference n^{:.1}", r.exponent));
    }
    let steepest = lines
        .iter()
        .filter_map(|l| Some((l.series.label, headline(&l.sample?.growth)?)))
        .max_by(|a, b| a.1.exponent.total_cmp(&b.1.exponent));
    if let Some((label, g)) = steepest {
        parts.push(format!("steepest: {} {}", escape(label), fmt_growth(g, 1)));
    }
    parts.join(" · ")
}

/// The figures of the chart as a table: per model its verdict, score,
/// growth and the reference's on the same step.
fn legend(p: &ProblemResult, lines: &[Line], out: &mut String) {
    out.push_str("<table class=\"sortable legend\"><thead><tr>");
    for (label, sort) in [
        ("model", Sort::Text),
        ("verdict", Sort::Text),
        (HEADLINE, Sort::Number),
        ("growth", Sort::Number),
        ("reference", Sort::Number),
    ] {
        out.push_str(&header(label, sort, false));
    }
    let memory = p.reference_memory.as_ref();
    if memory.is_some() {
        out.push_str(&header(MEMORY_HEADLINE, Sort::Number, false));
        out.push_str(&header("memory growth", Sort::Number, false));
    }
    out.push_str("</tr></thead><tbody>");
    let reference = headline(&p.reference_growth);
    let _ = write!(
        out,
        "<tr data-model=\"reference\"><th scope=\"row\" data-sort-value=\"\">{}reference</th><td data-sort-value=\"\">—</td>\
         <td data-sort-value=\"1\">1 by definition</td><td data-sort-value=\"{}\">{}</td><td data-sort-value=\"\">—</td>{}</tr>",
        swatch("#000", ""),
        sort_value(reference.map(|g| g.exponent)),
        growth_text(reference),
        memory.map_or(String::new(), |m| memory_cells(Some(1.0), headline(&m.growth)))
    );
    for line in lines {
        let own = line.sample.and_then(|s| headline(&s.growth));
        let against = own.and_then(|g| reference_step(p, g));
        let verdict = line
            .sample
            .map_or("no sample".to_owned(), |s| match s.failed_at {
                Some(at) => format!("{} at level {}", s.verdict, at.level),
                None => s.verdict.to_string(),
            });
        let value = problem_metric(line.result, HEADLINE);
        let _ = write!(
            out,
            "<tr data-model=\"{label}\"><th scope=\"row\" data-sort-value=\"{label}\">{}{label}</th>\
             <td data-sort-value=\"{verdict}\">{verdict}</td><td data-sort-value=\"{}\">{}</td>\
             <td data-sort-value=\"{}\">{}</td><td data-sort-value=\"{}\">{}</td>{}</tr>",
            swatch(line.series.color, line.series.dash),
            sort_value(value),
            fmt_value(value),
            sort_value(own.map(|g| g.exponent)),
            growth_text(own),
            sort_value(against.map(|g| g.exponent)),
            growth_text(against),
            memory.map_or(String::new(), |_| memory_cells(
                problem_metric(line.result, MEMORY_HEADLINE),
                line.sample
                    .and_then(|s| s.memory.as_ref())
                    .and_then(|m| headline(&m.levels.growth))
            )),
            label = escape(line.series.label),
            verdict = escape(&verdict),
        );
    }
    out.push_str("</tbody></table>");
}

/// The legend's memory metric.
const MEMORY_HEADLINE: &str = "mem@1";

/// A legend row's memory cells: its mem@1 and its memory growth.
fn memory_cells(value: Option<f64>, growth: Option<&Growth>) -> String {
    format!(
        "<td data-sort-value=\"{}\">{}</td><td data-sort-value=\"{}\">{}</td>",
        sort_value(value),
        fmt_value(value),
        sort_value(growth.map(|g| g.exponent)),
        growth_text(growth)
    )
}

fn growth_text(g: Option<&Growth>) -> String {
    g.map_or("–".to_owned(), |g| fmt_growth(g, 1))
}

fn swatch(color: &str, dash: &str) -> String {
    format!(
        "<svg class=\"swatch\" aria-hidden=\"true\" width=\"22\" height=\"8\"><line x1=\"1\" y1=\"4\" x2=\"21\" y2=\"4\" \
         stroke=\"{color}\" stroke-width=\"2.5\" stroke-dasharray=\"{dash}\"/></svg>"
    )
}
