//! The leaderboard as JSON: the summaries of the results and each model's
//! growth exponents, without per-sample detail, for dashboards and scripts.

use super::Renderer;
use crate::board::Board;
use crate::scaling::{headline, reference_step, representative};
use crate::schema::{HarnessInfo, ModelResult, ResultsFile};
use crate::ReportsError;
use serde_json::{json, Map, Value};

/// Version of the leaderboard JSON format, its `schema_version` field;
/// bumped on any incompatible change. (Independent of the results file's
/// `schema_version`, although both are 1 today.)
pub const LEADERBOARD_VERSION: u32 = 1;

/// Renders the leaderboard JSON (pretty-printed, trailing newline):
///
/// ```json
/// {
///   "schema_version": 1,
///   "harness": {"effgauge_version": "0.1.0",
///               "runtime": {"name": "…", "version": "…", "sha256": "…"},
///               "wasmtime": "48.0.8", "meter": "fuel", "alpha": 2.0,
///               "weights": [0.0, 3.0, 3.0, 4.0], "limit": "single", "k": [1, 10],
///               "seed": 0, "inputs": "held-out", "salt_sha256": "…",
///               "bootstrap_resamples": 10000, "suite_hash": "…", "problems": 40},
///   "warnings": [],
///   "leaderboard": [
///     {"rank": 1, "model": "gpt-x", "file": 0, "inputs": "held-out",
///      "problems": 40, "problems_with_correct": 37,
///      "metrics": {"pass@1": {"value": 0.9, "ci_low": 0.8, "ci_high": 0.95, "conditional": 0.97},
///                  "eff@1": {…}, "efficient@1": {…}},
///      "speedup": {"geometric_mean": 1.23, "ratio_of_sums": 1.1, "problems_with_ratio": 35},
///      "growth": [{"task_id": "two-sum", "from": 2, "to": 3, "exponent": 2.01,
///                  "at_least": false, "reference": 1.02}]}
///   ]
/// }
/// ```
///
/// * `harness` is the first input file's, with `problems` as a count;
///   `inputs` says which inputs it was scored on, `public` (the published
///   seeds) or `held-out` (drawn under a secret salt whose SHA-256 is
///   `salt_sha256`; null for `public`), and each leaderboard entry repeats
///   its own file's `inputs` (a file written before `inputs` was recorded
///   reads as held-out if it has a salt hash, public otherwise);
///   `warnings` lists the ways the other files differ from it (meter, suite,
///   α, …) and shards, as the other formats render them; `[]` if none.
/// * `leaderboard` is ranked by eff@1, highest first (unavailable last,
///   ties by name); `rank` starts at 1. `model` is unique: a name that
///   occurs in several files gets ` (#2)`, ` (#3)`… `file` is the 0-based
///   index of the input file it came from.
/// * `metrics` maps every summary metric of the model, ordered by k then
///   pass, eff, efficient, to its `value`, 95 % interval `ci_low`/`ci_high`
///   and correctness-`conditional` mean, each a number or null; a null
///   `value` comes with an `unavailable` reason string.
/// * `growth` has, per problem whose sizes give one, the growth exponent of
///   the model's median sample between the two largest levels it reached
///   (`from`, `to`; cost ~ n^`exponent`), `at_least` when it was stopped
///   by the cost limit at `to` (a lower bound), and the reference's
///   exponent over the same levels (`reference`, null if none). Problems in
///   task order. Added in the same version 1: readers of version 1 that
///   ignore unknown fields are unaffected.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonRenderer;

impl Renderer for JsonRenderer {
    fn render(&self, results: &[ResultsFile]) -> Result<String, ReportsError> {
        let mut text = serde_json::to_string_pretty(&leaderboard(results))?;
        text.push('\n');
        Ok(text)
    }
}

/// The leaderboard document as a JSON value (see [`JsonRenderer`]).
pub fn leaderboard(results: &[ResultsFile]) -> Value {
    let board = Board::new(results);
    let entries: Vec<Value> = board
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let s = &e.model.summary;
            let mut metrics = Map::new();
            for name in &board.metrics {
                if let Some(m) = ResultsFile::metric(e.model, name) {
                    let mut v = json!({
                        "value": m.value,
                        "ci_low": m.ci_low,
                        "ci_high": m.ci_high,
                        "conditional": m.conditional,
                    });
                    if let Some(why) = &m.unavailable {
                        v["unavailable"] = json!(crate::limits::shown(why));
                    }
                    metrics.insert(name.clone(), v);
                }
            }
            json!({
                "rank": i + 1,
                "model": e.label,
                "file": e.file,
                "inputs": results[e.file].harness.inputs().name(),
                "problems": s.problems,
                "problems_with_correct": s.problems_with_correct,
                "metrics": metrics,
                "speedup": {
                    "geometric_mean": s.speedup.geometric_mean,
                    "ratio_of_sums": s.speedup.ratio_of_sums,
                    "problems_with_ratio": s.speedup.problems_with_ratio,
                },
                "growth": growth(e.model),
            })
        })
        .collect();
    json!({
        "schema_version": LEADERBOARD_VERSION,
        "harness": board.harness.map(harness),
        "warnings": board.warnings,
        "leaderboard": entries,
    })
}

/// The headline growth exponent of each problem (see [`JsonRenderer`]).
fn growth(model: &ModelResult) -> Vec<Value> {
    model
        .problems
        .iter()
        .filter_map(|p| {
            let step = headline(&representative(p)?.growth)?;
            Some(json!({
                "task_id": p.task_id,
                "from": step.from,
                "to": step.to,
                "exponent": step.exponent,
                "at_least": step.at_least,
                "reference": reference_step(p, step).map(|r| r.exponent),
            }))
        })
        .collect()
}

fn harness(h: &HarnessInfo) -> Value {
    json!({
        "effgauge_version": h.effgauge_version,
        "runtime": h.runtime,
        "wasmtime": h.wasmtime,
        "meter": h.meter,
        "alpha": h.alpha,
        "weights": h.weights,
        "limit": h.limit,
        "k": h.k,
        "seed": h.seed,
        "inputs": h.inputs().name(),
        "salt_sha256": h.salt_sha256,
        "bootstrap_resamples": h.bootstrap_resamples,
        "suite_hash": h.suite_hash,
        "problems": h.problems.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::{file, model};

    #[test]
    fn leaderboard_shape() {
        let text = JsonRenderer
            .render(&[
                file(vec![model("low", 0.2, 0.1)]),
                file(vec![model("high", 0.9, 1.0)]),
            ])
            .unwrap();
        assert!(text.ends_with("}\n"));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["schema_version"], 1);
        assert_eq!(v["warnings"], json!([]));
        assert_eq!(v["harness"]["meter"], "fuel");
        assert_eq!(v["harness"]["problems"], 2);
        let board = v["leaderboard"].as_array().unwrap();
        assert_eq!(board.len(), 2);
        assert_eq!(board[0]["model"], "high");
        assert_eq!(board[0]["rank"], 1);
        assert_eq!(board[0]["file"], 1);
        assert_eq!(board[1]["model"], "low");
        let eff = &board[0]["metrics"]["eff@1"];
        assert_eq!(eff["value"].as_f64(), Some(0.9));
        assert_eq!(eff["ci_low"].as_f64(), Some(0.75));
        assert!(eff.get("unavailable").is_none());
        let names: Vec<&String> = board[0]["metrics"].as_object().unwrap().keys().collect();
        assert_eq!(names, ["pass@1", "eff@1", "efficient@1"]);
        assert_eq!(board[0]["speedup"]["geometric_mean"].as_f64(), Some(1.234));
        let growth = board[0]["growth"].as_array().unwrap();
        assert_eq!(growth.len(), 2);
        assert_eq!(
            growth[0],
            json!({"task_id": "p/1", "from": 2, "to": 3, "exponent": 1.0,
                   "at_least": false, "reference": 1.0})
        );
    }

    #[test]
    fn says_which_inputs_were_used() {
        let public = file(vec![model("p", 0.2, 0.1)]);
        let mut held_out = file(vec![model("h", 0.9, 1.0)]);
        held_out.harness.inputs = Some(crate::schema::Inputs::HeldOut);
        held_out.harness.salt_sha256 = Some("ef".repeat(32));
        let v = leaderboard(std::slice::from_ref(&public));
        assert_eq!(v["harness"]["inputs"], "public");
        assert_eq!(v["harness"]["salt_sha256"], Value::Null);
        assert_eq!(v["leaderboard"][0]["inputs"], "public");
        let v = leaderboard(&[held_out.clone(), public]);
        assert_eq!(v["harness"]["inputs"], "held-out");
        assert_eq!(v["harness"]["salt_sha256"], "ef".repeat(32));
        assert_eq!(v["leaderboard"][0]["model"], "h");
        assert_eq!(v["leaderboard"][0]["inputs"], "held-out");
        assert_eq!(v["leaderboard"][1]["inputs"], "public");
        let warnings = v["warnings"].to_string();
        assert!(warnings.contains("differ in inputs"), "{warnings}");
        // A file from before `inputs` was recorded: its salt hash decides.
        held_out.harness.inputs = None;
        let v = leaderboard(&[held_out]);
        assert_eq!(v["harness"]["inputs"], "held-out");
    }

    #[test]
    fn duplicate_names_are_made_unique() {
        let v = leaderboard(&[
            file(vec![model("m", 0.2, 0.1)]),
            file(vec![model("m", 0.9, 1.0)]),
        ]);
        assert_eq!(v["leaderboard"][0]["model"], "m (#2)");
        assert_eq!(v["leaderboard"][1]["model"], "m");
        assert_eq!(v["warnings"].as_array().unwrap().len(), 1);
    }
}
