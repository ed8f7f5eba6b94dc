//! The figures the script needs to recompute the leaderboard over the
//! problems a filter shows, embedded as JSON in a `<script
//! type="application/json" id="board-data">` (data, never run):
//!
//! ```json
//! {"metrics": ["pass@1", "eff@1", "efficient@1"],
//!  "problems": [{"id": "…", "tags": ["…"], "difficulty": "easy"}],
//!  "entries": [{"label": "…",
//!               "problems": [{"pass@1": 1.0, "eff@1": 0.8, "efficient@1": 0.0,
//!                             "speedup": 1.2, "correct": true}, null]}]}
//! ```
//!
//! `entries[i].problems[j]` is entry i's result on `problems[j]` (null when
//! it was not scored); a metric is null where it is unavailable.

use crate::board::{problem_metric, Board};
use crate::ReportsError;
use serde_json::{json, Map, Value};

pub(super) fn embed(board: &Board, out: &mut String) -> Result<(), ReportsError> {
    let problems: Vec<Value> = board
        .problem_details
        .iter()
        .map(|p| json!({"id": p.task_id, "tags": p.tags, "difficulty": p.difficulty}))
        .collect();
    let grid = board.results_by_problem();
    let entries: Vec<Value> = board
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let values: Vec<Value> = grid
                .iter()
                .map(|row| {
                    row[i].map_or(Value::Null, |p| {
                        let mut v = Map::new();
                        for m in &board.metrics {
                            v.insert(m.clone(), json!(problem_metric(p, m)));
                        }
                        v.insert("speedup".into(), json!(p.speedup));
                        v.insert("correct".into(), json!(p.n_correct > 0));
                        Value::Object(v)
                    })
                })
                .collect();
            json!({"label": e.label, "problems": values})
        })
        .collect();
    let data = json!({"metrics": board.metrics, "problems": problems, "entries": entries});
    // Inside <script> only `</script` or `<!--` could end the element early;
    // `<` appears in JSON only within strings, where \u003c means the same.
    let text = serde_json::to_string(&data)?.replace('<', "\\u003c");
    out.push_str("<script type=\"application/json\" id=\"board-data\">");
    out.push_str(&text);
    out.push_str("</script>\n");
    Ok(())
}
