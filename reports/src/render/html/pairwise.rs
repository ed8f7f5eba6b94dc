//! Model against model: for each ordered pair, on how many of the problems
//! both were scored on the row's model has the higher eff@1, with the
//! Clopper–Pearson 95 % interval of that share (see
//! [`effgauge_metrics::head_to_head`] for why that interval).

use super::escape;
use super::table::{header, Sort};
use crate::board::{problem_metric, Board, HEADLINE};
use effgauge_metrics::{head_to_head, HeadToHead};
use std::fmt::Write;

/// Coverage of the intervals shown.
const CONFIDENCE: f64 = 0.95;

pub(super) fn section(board: &Board, out: &mut String) {
    // [problem][entry]: the headline value, where there is one.
    let values: Vec<Vec<Option<f64>>> = board
        .results_by_problem()
        .iter()
        .map(|row| {
            row.iter()
                .map(|r| r.and_then(|p| problem_metric(p, HEADLINE)))
                .collect()
        })
        .collect();
    let _ = writeln!(
        out,
        "<h2 id=\"pairwise\">Pairwise</h2>\n<p>Row against column: on how many problems the row's \
         model has the higher {HEADLINE} (wins–losses; the rest are ties), over the problems both \
         were scored on. Below it, the 95 % Clopper–Pearson interval of the share of problems the \
         row's model wins: the exact binomial interval, treating problems as independent draws. \
         Blue: the row's model wins more often; orange: less. Over all problems (filters do not \
         apply).</p>"
    );
    out.push_str(
        "<div class=\"scroll\"><table class=\"sortable pairwise\" id=\"pairwise-table\">\
         <caption>Wins–losses of the row's model against the column's, with the interval of its win share</caption><thead><tr>",
    );
    out.push_str(&header("model", Sort::Text, false));
    for e in &board.entries {
        out.push_str(&header(&escape(&e.label), Sort::Number, false));
    }
    out.push_str("</tr></thead><tbody>\n");
    for (a, row) in board.entries.iter().enumerate() {
        let _ = write!(
            out,
            "<tr><th scope=\"row\" data-sort-value=\"{label}\">{label}</th>",
            label = escape(&row.label)
        );
        for (b, column) in board.entries.iter().enumerate() {
            if a == b {
                out.push_str("<td class=\"self\" data-sort-value=\"\">—</td>");
                continue;
            }
            let h = compare(&values, a, b);
            cell(&row.label, &column.label, &h, out);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n");
}

/// Entries `a` and `b` on the problems both have a value for.
fn compare(values: &[Vec<Option<f64>>], a: usize, b: usize) -> HeadToHead {
    let pairs: Vec<(f64, f64)> = values
        .iter()
        .filter_map(|row| Some((row[a]?, row[b]?)))
        .collect();
    head_to_head(&pairs, CONFIDENCE)
}

fn cell(a: &str, b: &str, h: &HeadToHead, out: &mut String) {
    let n = h.problems();
    let Some(ci) = h.win_share else {
        out.push_str("<td data-sort-value=\"\" title=\"no problem in common\">n/a</td>");
        return;
    };
    let decided = h.wins + h.losses;
    let lean = if decided == 0 {
        0.5
    } else {
        h.wins as f64 / decided as f64
    };
    let title = format!(
        "{a} beats {b} on {} of {n} problems, loses on {}, ties on {}; 95 % interval of the share \
         {a} wins: {:.0}–{:.0} %",
        h.wins,
        h.losses,
        h.ties,
        ci.low * 100.0,
        ci.high * 100.0
    );
    let _ = write!(
        out,
        "<td data-sort-value=\"{}\" title=\"{}\" style=\"background:{}\">{}–{}<br><span class=\"ci\">{:.0}–{:.0} %</span></td>",
        h.wins,
        escape(&title),
        lean_color(lean),
        h.wins,
        h.losses,
        ci.low * 100.0,
        ci.high * 100.0
    );
}

/// Orange (loses every decided problem) through white (even) to blue
/// (wins every one).
fn lean_color(share: f64) -> String {
    let t = (share.clamp(0.0, 1.0) - 0.5) * 2.0;
    let (target, t) = if t >= 0.0 {
        ([116.0, 169.0, 207.0], t)
    } else {
        ([253.0, 174.0, 97.0], -t)
    };
    let mix = |c: f64| (255.0 + (c - 255.0) * t).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(target[0]),
        mix(target[1]),
        mix(target[2])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaning_colours() {
        assert_eq!(lean_color(0.5), "#ffffff");
        assert_eq!(lean_color(1.0), "#74a9cf");
        assert_eq!(lean_color(0.0), "#fdae61");
    }
}
