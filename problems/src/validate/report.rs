//! What the validator finds out about a problem, and its summary table.

use serde::Serialize;
use std::fmt::Write as _;

/// The outcome of one gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GateStatus {
    Pass,
    Fail,
    /// Not checked because an earlier step failed.
    Skipped,
    /// An authoring gate that an imported suite does not have to pass
    /// (`problems validate --imported`): its figure and findings are shown
    /// as notes, and it does not fail the problem.
    Relaxed,
}

/// One check of the validator, with the figure it was decided on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gate {
    pub name: &'static str,
    pub status: GateStatus,
    /// The figure, e.g. `2.1e7 fuel >= 1.0e6`.
    pub figure: String,
    /// Why it failed (one line each), or notes.
    pub details: Vec<String>,
}

impl Gate {
    pub fn pass(name: &'static str, figure: impl Into<String>) -> Gate {
        Gate {
            name,
            status: GateStatus::Pass,
            figure: figure.into(),
            details: Vec::new(),
        }
    }

    pub fn fail(name: &'static str, figure: impl Into<String>, details: Vec<String>) -> Gate {
        Gate {
            name,
            status: GateStatus::Fail,
            figure: figure.into(),
            details,
        }
    }

    pub fn skip(name: &'static str) -> Gate {
        Gate {
            name,
            status: GateStatus::Skipped,
            figure: "not checked (an earlier step failed)".into(),
            details: Vec::new(),
        }
    }

    /// The same gate, relaxed: whatever it found stays as a note.
    pub fn relaxed(self) -> Gate {
        Gate {
            status: GateStatus::Relaxed,
            ..self
        }
    }

    /// A pass or a failure, by `ok`.
    pub fn check(name: &'static str, ok: bool, figure: String, details: Vec<String>) -> Gate {
        if ok {
            Gate {
                details,
                ..Gate::pass(name, figure)
            }
        } else {
            Gate::fail(name, figure, details)
        }
    }
}

/// The reference on one level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelReport {
    pub level: usize,
    pub weight: f64,
    pub cases: usize,
    /// The largest fuel over the level's cases.
    pub reference_fuel: Option<u64>,
    /// The largest peak live bytes over the level's cases.
    pub reference_peak_live_bytes: Option<u64>,
}

/// An alternative on one level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlternativeLevel {
    /// The largest fuel over the cases that ran (a lower bound when
    /// censored: the fuel limit of a censored case counts).
    pub fuel: Option<u64>,
    /// `fuel` over the reference's, for this level.
    pub ratio: Option<f64>,
    /// A case of this level (or of a lower one) hit a limit.
    pub censored: bool,
    pub cases_run: usize,
    /// The largest peak live bytes over the cases answered right (none
    /// where a case was censored).
    pub peak_live_bytes: Option<u64>,
}

/// One alternative over every level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlternativeReport {
    pub name: String,
    pub levels: Vec<AlternativeLevel>,
    /// Wrong answers, errors, a failed import: each makes the problem fail.
    pub failures: Vec<String>,
    /// Where it hit its fuel (or memory, stack) limit: `level L case C: status`.
    /// The run stops there; every later case counts as censored too.
    pub censored_at: Option<String>,
}

/// Everything the validator found out about one problem.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValidationReport {
    pub id: String,
    pub title: String,
    /// Whether no gate failed.
    pub passed: bool,
    pub seconds: f64,
    /// Whether inputs, outputs and reference costs came from the cache.
    pub from_cache: bool,
    pub levels: Vec<LevelReport>,
    pub alternatives: Vec<AlternativeReport>,
    pub gates: Vec<Gate>,
}

impl ValidationReport {
    /// The report of `id` before anything is found.
    pub(crate) fn new(id: String, title: String) -> ValidationReport {
        ValidationReport {
            id,
            title,
            passed: false,
            seconds: 0.0,
            from_cache: false,
            levels: Vec::new(),
            alternatives: Vec::new(),
            gates: Vec::new(),
        }
    }

    /// Records the gates, whether none failed, and the time since `started`.
    pub(crate) fn finish(&mut self, gates: Vec<Gate>, started: std::time::Instant) {
        self.passed = gates
            .iter()
            .all(|g| matches!(g.status, GateStatus::Pass | GateStatus::Relaxed));
        self.gates = gates;
        self.seconds = started.elapsed().as_secs_f64();
    }

    /// The failed gates.
    pub fn failures(&self) -> impl Iterator<Item = &Gate> {
        self.gates.iter().filter(|g| g.status == GateStatus::Fail)
    }

    /// The summary table: reference cost per level, each alternative's ratio
    /// to it, the gates and the verdict.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let verdict = if self.passed { "PASS" } else { "FAIL" };
        let cached = if self.from_cache {
            ", cached inputs"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "{} — {}: {verdict} ({:.1} s{cached})",
            self.id, self.title, self.seconds
        );
        if !self.levels.is_empty() {
            let _ = write!(
                out,
                "  {:>5} {:>6} {:>5} {:>14}",
                "level", "weight", "cases", "reference"
            );
            for alt in &self.alternatives {
                let _ = write!(out, "  {:>w$}", alt.name, w = alt.name.len().max(9));
            }
            out.push('\n');
            for (i, level) in self.levels.iter().enumerate() {
                let reference = level.reference_fuel.map_or("-".to_owned(), format_fuel);
                let _ = write!(
                    out,
                    "  {:>5} {:>6} {:>5} {:>14}",
                    level.level, level.weight, level.cases, reference
                );
                for alt in &self.alternatives {
                    let cell = alt.levels.get(i).map_or("-".to_owned(), ratio_cell);
                    let _ = write!(out, "  {:>w$}", cell, w = alt.name.len().max(9));
                }
                out.push('\n');
            }
        }
        if self.alternatives.iter().any(|a| a.censored_at.is_some()) {
            out.push_str("  (c: censored, hit its fuel limit: the ratio is a lower bound)\n");
        }
        for gate in &self.gates {
            let mark = match gate.status {
                GateStatus::Pass => "ok  ",
                GateStatus::Fail => "FAIL",
                GateStatus::Skipped => "--  ",
                GateStatus::Relaxed => "rlx ",
            };
            let _ = writeln!(out, "  {mark} {:<14} {}", gate.name, gate.figure);
            for detail in &gate.details {
                let _ = writeln!(out, "         {detail}");
            }
        }
        out
    }
}

fn ratio_cell(level: &AlternativeLevel) -> String {
    match (level.ratio, level.censored) {
        (Some(r), false) => format!("{r:.2}×"),
        (Some(r), true) => format!("≥{r:.1}× c"),
        (None, true) => "censored".to_owned(),
        (None, false) => "-".to_owned(),
    }
}

/// A fuel figure, grouped by thousands.
pub fn format_fuel(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(ch);
    }
    out
}

/// A fuel figure in scientific notation, e.g. `2.1e7`.
pub(crate) fn sci(n: u64) -> String {
    format!("{:.1e}", n as f64)
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_fuel() {
        assert_eq!(super::format_fuel(1234567), "1 234 567");
        assert_eq!(super::format_fuel(999), "999");
        assert_eq!(super::sci(21_000_000), "2.1e7");
    }
}
