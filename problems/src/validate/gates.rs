//! The signal gates (step 4 of the validator): pure arithmetic on the
//! reference's and the alternatives' costs, so they are tested without a
//! sandbox.

use super::report::{format_fuel, sci, AlternativeReport, Gate};
use crate::{Prepared, Problem, ValidateOptions};

/// Floor (top level, then every weighted level), budget, level 0,
/// separation and growth, in that order.
pub(crate) fn signal_gates(
    problem: &Problem,
    prepared: &Prepared,
    alternatives: &[AlternativeReport],
    opts: &ValidateOptions,
) -> Vec<Gate> {
    let top = problem.levels.len() - 1;
    let top_costs: Vec<u64> = prepared
        .cases
        .iter()
        .filter(|c| c.level == top)
        .map(|c| c.reference_fuel)
        .collect();
    let cheapest = top_costs.iter().copied().min().unwrap_or(0);
    let dearest = top_costs.iter().copied().max().unwrap_or(0);
    let floor = Gate::check(
        "floor",
        cheapest >= opts.min_reference_fuel,
        format!(
            "cheapest top-level case of the reference {} fuel >= {} (bracket noise negligible)",
            sci(cheapest),
            sci(opts.min_reference_fuel)
        ),
        Vec::new(),
    );
    let budget = Gate::check(
        "budget",
        dearest <= opts.max_reference_fuel,
        format!(
            "dearest top-level case of the reference {} fuel <= {} (evaluation stays fast)",
            sci(dearest),
            sci(opts.max_reference_fuel)
        ),
        Vec::new(),
    );
    vec![
        floor,
        weighted_floor(problem, prepared),
        budget,
        level0(problem, prepared, dearest),
        separation(problem, alternatives, opts),
        growth(problem, prepared),
    ]
}

/// How many times a call's fixed cost every weighted level must cost.
pub const OVERHEAD_FACTOR: u64 = 10;

/// Every weighted level's dearest reference case costs at least
/// [`OVERHEAD_FACTOR`]× the cheapest correctness-only case, which does next
/// to no work and so is the call's fixed cost (the call, the import above
/// its allowance): the overhead then stays under a tenth of every level,
/// and the growth exponents between levels measure the algorithm.
fn weighted_floor(problem: &Problem, prepared: &Prepared) -> Gate {
    let overhead = prepared
        .cases
        .iter()
        .filter(|c| problem.levels[c.level].weight == 0.0)
        .map(|c| c.reference_fuel)
        .min();
    let Some(overhead) = overhead else {
        return Gate::pass(
            "weighted-floor",
            "no correctness-only level to estimate the call overhead from",
        );
    };
    let floor = overhead.saturating_mul(OVERHEAD_FACTOR);
    let weighted: Vec<(usize, u64)> = problem
        .levels
        .iter()
        .enumerate()
        .filter(|(_, l)| l.weight > 0.0)
        .map(|(i, _)| (i, prepared.reference_level_fuel[i]))
        .collect();
    let details: Vec<String> = weighted
        .iter()
        .filter(|(_, fuel)| *fuel < floor)
        .map(|(i, fuel)| {
            format!(
                "level {i}: the reference's dearest case costs {} fuel, under {OVERHEAD_FACTOR}× \
                 the call overhead ({} fuel, its cheapest corner case): make the level larger",
                format_fuel(*fuel),
                format_fuel(overhead)
            )
        })
        .collect();
    let lightest = weighted.iter().map(|(_, f)| *f).min().unwrap_or(0);
    Gate::check(
        "weighted-floor",
        details.is_empty(),
        format!(
            "lightest weighted level of the reference {} fuel >= {OVERHEAD_FACTOR}× the call \
             overhead {}",
            sci(lightest),
            sci(overhead)
        ),
        details,
    )
}

/// No case of a correctness-only level (weight 0) costs the reference more
/// than the dearest top-level case: corner cases are for correctness, and a
/// heavy one makes every candidate pay for a level that scores nothing (and
/// fail it, when a limit hits there).
fn level0(problem: &Problem, prepared: &Prepared, dearest_top: u64) -> Gate {
    let path = problem.file(crate::GENERATOR).display().to_string();
    let corner = prepared
        .cases
        .iter()
        .filter(|c| problem.levels[c.level].weight == 0.0);
    let details: Vec<String> = corner
        .clone()
        .filter(|c| c.reference_fuel > dearest_top)
        .map(|c| {
            format!(
                "{path}: level {} case {}: the reference costs {} fuel there, more than on any \
                 top-level case: make the corner case smaller",
                c.level,
                c.case,
                format_fuel(c.reference_fuel)
            )
        })
        .collect();
    let dearest_corner = corner.map(|c| c.reference_fuel).max().unwrap_or(0);
    Gate::check(
        "level0",
        details.is_empty(),
        format!(
            "dearest correctness-only case {} fuel <= dearest top-level case {}",
            sci(dearest_corner),
            sci(dearest_top)
        ),
        details,
    )
}

/// The slowest alternative costs at least α× the reference at the top level
/// (α: the problem's own `alpha`, else the option). A censored alternative
/// counts by the lower bound of its cost; one censored at a lower level has
/// no figure at the top, and counts as at least the cap factor.
fn separation(
    problem: &Problem,
    alternatives: &[AlternativeReport],
    opts: &ValidateOptions,
) -> Gate {
    let alpha = problem.alpha.unwrap_or(opts.alpha_gate);
    let top = problem.levels.len() - 1;
    let mut slowest: Option<(&str, f64, bool)> = None;
    for alt in alternatives.iter().filter(|a| a.failures.is_empty()) {
        let Some(level) = alt.levels.get(top) else {
            continue;
        };
        let ratio = match level.ratio {
            Some(r) if level.censored => r.max(opts.alternative_cap_factor),
            Some(r) => r,
            None if level.censored => opts.alternative_cap_factor,
            None => continue,
        };
        if slowest.is_none_or(|(_, r, _)| ratio > r) {
            slowest = Some((&alt.name, ratio, level.censored));
        }
    }
    match slowest {
        None => Gate::fail(
            "separation",
            format!("no correct alternative has a top-level figure (needs >= {alpha}×)"),
            Vec::new(),
        ),
        Some((name, ratio, censored)) => {
            let bound = if censored { ">= " } else { "" };
            let note = if censored { " (censored)" } else { "" };
            Gate::check(
                "separation",
                ratio >= alpha,
                format!("slowest alternative `{name}` {bound}{ratio:.2}× the reference at the top level{note}, needs >= {alpha}×"),
                Vec::new(),
            )
        }
    }
}

/// The reference's cost rises from each weighted level to the next (levels
/// of weight 0 are correctness-only corner cases and are left out).
fn growth(problem: &Problem, prepared: &Prepared) -> Gate {
    let weighted: Vec<(usize, u64)> = problem
        .levels
        .iter()
        .enumerate()
        .filter(|(_, l)| l.weight > 0.0)
        .map(|(i, _)| (i, prepared.reference_level_fuel[i]))
        .collect();
    let mut details = Vec::new();
    for pair in weighted.windows(2) {
        let ((a, fa), (b, fb)) = (pair[0], pair[1]);
        if fb <= fa {
            details.push(format!(
                "level {b} ({} fuel) does not cost more than level {a} ({} fuel)",
                format_fuel(fb),
                format_fuel(fa)
            ));
        }
    }
    let figure = weighted
        .iter()
        .map(|(i, f)| format!("L{i} {}", sci(*f)))
        .collect::<Vec<_>>()
        .join(" < ");
    Gate::check(
        "growth",
        details.is_empty(),
        format!("reference per weighted level: {figure}"),
        details,
    )
}
