//! The gates on what a problem's alternatives show (step 5 of the
//! validator): that the problem includes a slip models really make, that no
//! standard algorithm ties with the reference, and that every alternative
//! declared a complexity slip grows faster than the reference. Pure
//! arithmetic on the alternatives' costs, like [`super::gates`].
//!
//! These are *authoring* gates: an imported suite has no described
//! alternatives, and relaxes them.

use super::report::{AlternativeReport, Gate};
use crate::{Alternative, AlternativeKind, Prepared, Problem, Slows, ValidateOptions};

/// A textbook alternative must cost at least this many times the reference
/// at the top level: closer, and the problem does not reward knowing the
/// better algorithm.
pub const NEAR_TIE: f64 = 1.2;

/// A complexity alternative's growth exponent must exceed the reference's
/// by at least this much. A log factor over a 10× size step moves an
/// exponent by about 0.1; a polynomial step by 1.
pub const MIN_EXPONENT_GAP: f64 = 0.2;

/// An alternative declared `slows = "memory"` must hold at least this many
/// times the reference's peak live bytes at the top level (both raised to
/// 4 KiB, as the memory scores do): the memory score reaches 0 there.
pub const MEMORY_SEPARATION: f64 = 2.0;

/// Slips, near-ties, discrimination and memory, in that order.
pub(crate) fn authoring_gates(
    problem: &Problem,
    prepared: &Prepared,
    reports: &[AlternativeReport],
    opts: &ValidateOptions,
    probe: &Probe<'_>,
) -> Vec<Gate> {
    vec![
        slips(problem),
        near_ties(problem, reports, opts),
        discrimination(problem, prepared, reports, probe),
        memory_separation(problem, prepared, reports),
    ]
}

/// Every alternative declared `slows = "memory"` finishes the top level
/// and holds at least [`MEMORY_SEPARATION`]× the reference's peak there.
fn memory_separation(
    problem: &Problem,
    prepared: &Prepared,
    reports: &[AlternativeReport],
) -> Gate {
    let top = problem.levels.len() - 1;
    let floor = |b: u64| (b as f64).max(effgauge_metrics::MEMORY_FLOOR_BYTES);
    let reference = prepared.reference_level_memory[top].peak_live_bytes;
    let mut details = Vec::new();
    let mut figures = Vec::new();
    for (alt, report) in problem.alternatives.iter().zip(reports) {
        let memory = alt.described.is_some_and(|d| d.slows == Slows::Memory);
        if !memory || !report.failures.is_empty() {
            continue;
        }
        let Some(peak) = report.levels.get(top).and_then(|l| l.peak_live_bytes) else {
            details.push(format!(
                "`{}` is declared a memory slip but did not finish the top level: a memory \
                 slip must be measurable there",
                alt.name
            ));
            continue;
        };
        let ratio = floor(peak) / floor(reference);
        figures.push(format!("`{}` {ratio:.1}× the reference's peak", alt.name));
        if ratio < MEMORY_SEPARATION {
            details.push(format!(
                "`{}` is declared a memory slip, but holds {peak} bytes at the top level, \
                 {ratio:.2}× the reference's {reference} (needs >= {MEMORY_SEPARATION}×)",
                alt.name
            ));
        }
    }
    let figure = if figures.is_empty() {
        "no memory alternative".to_owned()
    } else {
        figures.join("; ")
    };
    Gate::check("memory", details.is_empty(), figure, details)
}

/// Every alternative is described in `problem.toml`, and at least one is a
/// model-typical slip.
fn slips(problem: &Problem) -> Gate {
    let manifest = problem.file(crate::MANIFEST).display().to_string();
    let details: Vec<String> = problem
        .alternatives
        .iter()
        .filter(|a| a.described.is_none())
        .map(|a| {
            format!(
                "{manifest}: alternatives/{}.py is not described (add an [[alternatives]] table with its name, \
                 kind, slows, and for a slip its pattern)",
                a.name
            )
        })
        .collect();
    let patterns: Vec<&str> = problem
        .alternatives
        .iter()
        .filter_map(|a| a.described?.pattern.map(|p| p.name()))
        .collect();
    let figure = if patterns.is_empty() {
        "no alternative is a model-typical slip (needs >= 1)".to_owned()
    } else {
        format!("model-typical slips: {}", patterns.join(", "))
    };
    Gate::check(
        "slips",
        details.is_empty() && !patterns.is_empty(),
        figure,
        details,
    )
}

/// The cost of an alternative at `level` relative to the reference, as a
/// lower bound where it was censored (at this level or before: then at
/// least the cap factor).
fn ratio_at(report: &AlternativeReport, level: usize, opts: &ValidateOptions) -> Option<f64> {
    let at = report.levels.get(level)?;
    match at.ratio {
        Some(r) if at.censored => Some(r.max(opts.alternative_cap_factor)),
        Some(r) => Some(r),
        None if at.censored => Some(opts.alternative_cap_factor),
        None => None,
    }
}

/// No textbook alternative lands within [`NEAR_TIE`]× of the reference at
/// the top level.
fn near_ties(problem: &Problem, reports: &[AlternativeReport], opts: &ValidateOptions) -> Gate {
    let top = problem.levels.len() - 1;
    let mut details = Vec::new();
    let mut closest: Option<(&str, f64)> = None;
    for (alt, report) in problem.alternatives.iter().zip(reports) {
        let textbook = alt
            .described
            .is_some_and(|d| d.kind == AlternativeKind::Textbook);
        if !textbook || !report.failures.is_empty() {
            continue;
        }
        let Some(ratio) = ratio_at(report, top, opts) else {
            continue;
        };
        if closest.is_none_or(|(_, r)| ratio < r) {
            closest = Some((&alt.name, ratio));
        }
        if ratio < NEAR_TIE {
            details.push(format!(
                "textbook alternative `{}` costs {ratio:.2}× the reference at the top level: \
                 improve the reference or drop the problem",
                alt.name
            ));
        }
    }
    let figure = match closest {
        None => "no textbook alternative".to_owned(),
        Some((name, ratio)) => format!(
            "closest textbook alternative `{name}` {ratio:.2}× the reference at the top level, \
             needs >= {NEAR_TIE}×"
        ),
    };
    Gate::check("near-ties", details.is_empty(), figure, details)
}

/// The costs behind a growth exponent: an alternative's and the reference's
/// on two consecutive weighted levels (the largest fuel over each level's
/// cases).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LevelPair {
    pub from: usize,
    pub to: usize,
    pub sizes: (u64, u64),
    pub reference: (u64, u64),
    pub alternative: (u64, u64),
    /// The alternative was censored at `to`: its cost there is a lower
    /// bound, and so is its exponent.
    pub bound: bool,
}

impl LevelPair {
    fn exponent(&self, (a, b): (u64, u64)) -> f64 {
        (b as f64 / a as f64).ln() / (self.sizes.1 as f64 / self.sizes.0 as f64).ln()
    }

    pub fn reference_exponent(&self) -> f64 {
        self.exponent(self.reference)
    }

    pub fn alternative_exponent(&self) -> f64 {
        self.exponent(self.alternative)
    }

    /// The alternative's cost at `to` that would put its exponent exactly
    /// [`MIN_EXPONENT_GAP`] above the reference's.
    pub fn target_fuel(&self) -> u64 {
        let growth = self.reference.1 as f64 / self.reference.0 as f64
            * (self.sizes.1 as f64 / self.sizes.0 as f64).powf(MIN_EXPONENT_GAP);
        (self.alternative.0 as f64 * growth)
            .ceil()
            .min(u64::MAX as f64) as u64
    }
}

/// The highest pair of consecutive weighted levels where the alternative
/// ran every case of the lower level uncensored, or why there is none.
pub(crate) fn level_pair(
    problem: &Problem,
    prepared: &Prepared,
    report: &AlternativeReport,
) -> Result<LevelPair, String> {
    let weighted: Vec<usize> = (0..problem.levels.len())
        .filter(|&l| problem.levels[l].weight > 0.0)
        .collect();
    for pair in weighted.windows(2).rev() {
        let (a, b) = (pair[0], pair[1]);
        let (Some(size_a), Some(size_b)) = (problem.levels[a].size, problem.levels[b].size) else {
            return Err("the weighted levels do not all declare `size`".into());
        };
        let (Some(at_a), Some(at_b)) = (report.levels.get(a), report.levels.get(b)) else {
            continue;
        };
        let (Some(fuel_a), Some(fuel_b)) = (at_a.fuel, at_b.fuel) else {
            continue;
        };
        let (ref_a, ref_b) = (
            prepared.reference_level_fuel[a],
            prepared.reference_level_fuel[b],
        );
        if at_a.censored || fuel_a == 0 || ref_a == 0 || ref_b == 0 || size_b <= size_a {
            continue;
        }
        return Ok(LevelPair {
            from: a,
            to: b,
            sizes: (size_a, size_b),
            reference: (ref_a, ref_b),
            alternative: (fuel_a, fuel_b),
            bound: at_b.censored,
        });
    }
    Err(
        "censored from the first weighted level on (or earlier): make the first weighted \
         level small enough for it to finish"
            .into(),
    )
}

/// Runs an alternative on every case of one level with one fuel limit and
/// returns its largest fuel there and whether it ran out (then the fuel is
/// the limit: a lower bound); `None` if it could not run.
pub(crate) type Probe<'a> = dyn Fn(&Alternative, usize, u64) -> Option<(u64, bool)> + 'a;

/// The largest probe [`discrimination`] runs: about ten seconds of one core.
pub const MAX_PROBE_FUEL: u64 = 50_000_000_000;

/// Every alternative declared `slows = "complexity"` grows at least
/// [`MIN_EXPONENT_GAP`] faster than the reference between the highest pair
/// of weighted levels where it finished the lower one.
///
/// Where it was censored at the upper level (at 10× the reference) the
/// censoring may hide its growth: a quadratic alternative already at 40×
/// on the lower level shows only "≥ 10×" above. Then it runs again on the
/// upper level with the fuel that would prove the gap as its limit: running
/// out of it proves the gap, finishing measures the exponent exactly.
fn discrimination(
    problem: &Problem,
    prepared: &Prepared,
    reports: &[AlternativeReport],
    probe: &Probe<'_>,
) -> Gate {
    let mut details = Vec::new();
    let mut figures = Vec::new();
    for (alt, report) in problem.alternatives.iter().zip(reports) {
        let complexity = alt.described.is_some_and(|d| d.slows == Slows::Complexity);
        if !complexity || !report.failures.is_empty() {
            continue;
        }
        let mut pair = match level_pair(problem, prepared, report) {
            Ok(pair) => pair,
            Err(why) => {
                details.push(format!("`{}`: growth not measurable: {why}", alt.name));
                continue;
            }
        };
        let gap = |p: &LevelPair| p.alternative_exponent() - p.reference_exponent();
        let mut probed = "";
        if pair.bound && gap(&pair) < MIN_EXPONENT_GAP {
            let target = pair.target_fuel().saturating_add(1);
            if target > MAX_PROBE_FUEL {
                details.push(format!(
                    "`{}`: its growth is hidden by censoring (already {:.1}× the reference at \
                     L{}): make level {} smaller so that it finishes well under the cap",
                    alt.name,
                    pair.alternative.0 as f64 / pair.reference.0 as f64,
                    pair.from,
                    pair.from
                ));
                continue;
            }
            if let Some((fuel, ran_out)) = probe(alt, pair.to, target) {
                pair.alternative.1 = fuel;
                pair.bound = ran_out;
                probed = ", probed";
            }
        }
        let ge = if pair.bound { ">= " } else { "" };
        let (alt_e, ref_e) = (pair.alternative_exponent(), pair.reference_exponent());
        figures.push(format!(
            "`{}` n^{ge}{alt_e:.2} vs n^{ref_e:.2} (L{}→L{}{probed})",
            alt.name, pair.from, pair.to
        ));
        if gap(&pair) < MIN_EXPONENT_GAP - 1e-9 {
            details.push(format!(
                "`{}` is declared a complexity slowdown, but its growth exponent {ge}{alt_e:.2} \
                 is not {MIN_EXPONENT_GAP} above the reference's {ref_e:.2} (L{}→L{}): declare \
                 it `constant`, or size the levels so that its growth shows",
                alt.name, pair.from, pair.to
            ));
        }
    }
    let figure = if figures.is_empty() {
        "no complexity alternative measured".to_owned()
    } else {
        figures.join("; ")
    };
    Gate::check("discrimination", details.is_empty(), figure, details)
}
