//! What a suite is made of, counted: problems by category and difficulty,
//! levels and cases, alternatives by kind and the slips they cover. This is
//! what `effgauge problems list` summarises and what docs/suite.md's table
//! is copied from.

use crate::{Difficulty, Problem};
use serde::Serialize;
use std::collections::BTreeMap;

/// A problem's category: its first tag (docs/suite.md, "The problem suite").
pub fn category(problem: &Problem) -> &str {
    problem.tags.first().map_or("uncategorised", String::as_str)
}

/// The counts of a suite.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Census {
    pub problems: usize,
    /// Problems per category, by name.
    pub categories: BTreeMap<String, usize>,
    /// Problems per difficulty: easy, medium, hard.
    pub difficulty: BTreeMap<&'static str, usize>,
    pub levels: usize,
    pub cases: usize,
    pub alternatives: usize,
    /// Described alternatives per kind and slowdown, e.g. `slip/complexity`.
    pub alternative_kinds: BTreeMap<String, usize>,
    /// Alternatives per slip pattern.
    pub slip_patterns: BTreeMap<&'static str, usize>,
    /// Problems with no alternative described as a slip.
    pub without_slip: usize,
}

impl Census {
    pub fn of<'a>(problems: impl IntoIterator<Item = &'a Problem>) -> Census {
        let mut census = Census::default();
        for d in [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard] {
            census.difficulty.insert(d.name(), 0);
        }
        for p in problems {
            census.problems += 1;
            *census.categories.entry(category(p).to_owned()).or_default() += 1;
            *census.difficulty.entry(p.difficulty.name()).or_default() += 1;
            census.levels += p.levels.len();
            census.cases += p.levels.iter().map(|l| l.cases).sum::<usize>();
            census.alternatives += p.alternatives.len();
            let mut slip = false;
            for d in p.alternatives.iter().filter_map(|a| a.described) {
                *census
                    .alternative_kinds
                    .entry(format!("{}/{}", d.kind.name(), d.slows.name()))
                    .or_default() += 1;
                if let Some(pattern) = d.pattern {
                    slip = true;
                    *census.slip_patterns.entry(pattern.name()).or_default() += 1;
                }
            }
            census.without_slip += usize::from(!slip);
        }
        census
    }

    /// The summary printed under `problems list`.
    pub fn render(&self) -> String {
        let share = |n: usize| {
            if self.problems == 0 {
                0.0
            } else {
                100.0 * n as f64 / self.problems as f64
            }
        };
        let join = |items: Vec<String>| items.join(", ");
        let mut categories: Vec<(&String, &usize)> = self.categories.iter().collect();
        categories.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let difficulty = ["easy", "medium", "hard"]
            .iter()
            .map(|d| {
                let n = self.difficulty.get(d).copied().unwrap_or(0);
                format!("{d} {n} ({:.0} %)", share(n))
            })
            .collect();
        let mut out = format!(
            "categories ({}): {}\n",
            categories.len(),
            join(categories.iter().map(|(c, n)| format!("{c} {n}")).collect())
        );
        out += &format!("difficulty: {}\n", join(difficulty));
        out += &format!(
            "size: {} problems, {} levels, {} cases, {} alternatives ({})\n",
            self.problems,
            self.levels,
            self.cases,
            self.alternatives,
            join(
                self.alternative_kinds
                    .iter()
                    .map(|(k, n)| format!("{k} {n}"))
                    .collect()
            )
        );
        out += &format!(
            "slips: {} ({} problems without one)\n",
            join(
                self.slip_patterns
                    .iter()
                    .map(|(p, n)| format!("{p} {n}"))
                    .collect()
            ),
            self.without_slip
        );
        out
    }
}
