//! Scaling curves as the reports show them: which sample stands for a model
//! on a problem, which exponent is quoted, how it reads, and where a model
//! is weakest.

use crate::board::{problem_metric, Entry, HEADLINE};
use crate::schema::{Growth, ProblemResult, SampleResult};
use effgauge_metrics::{growth_exponents, LevelPoint};

/// The sample whose curve stands for a model on a problem: the median by
/// score e, counting duplicates (the lower median of an even count), ties
/// by id. With one sample per problem it is that sample; with many it is a
/// real program's curve rather than a blend of several.
pub fn representative(problem: &ProblemResult) -> Option<&SampleResult> {
    let mut samples: Vec<&SampleResult> = problem.samples.iter().collect();
    samples.sort_by(|a, b| a.score.total_cmp(&b.score).then_with(|| a.id.cmp(&b.id)));
    let total: u64 = samples.iter().map(|s| s.count).sum();
    let median = total.saturating_sub(1) / 2;
    let mut seen = 0;
    samples.into_iter().find(|s| {
        seen += s.count;
        seen > median
    })
}

/// The growth exponents of a curve's points (see
/// [`effgauge_metrics::growth_exponents`]), as the results file records them.
pub fn growth_steps(points: &[LevelPoint]) -> Vec<Growth> {
    growth_exponents(points)
        .into_iter()
        .map(|step| Growth {
            from: step.from as u32,
            to: step.to as u32,
            exponent: step.exponent,
            at_least: step.at_least,
        })
        .collect()
}

/// The exponent quoted for a curve: its last measured step, between the
/// largest sizes it ran to the end, where the asymptotic behaviour shows
/// most — unless the sample was stopped by its limit and the lower bound
/// that gives is steeper (or is all there is). A bound below the measured
/// exponent only says the sample was already near its limit.
pub fn headline(growth: &[Growth]) -> Option<&Growth> {
    let measured = growth.iter().rev().find(|g| !g.at_least);
    let bound = growth.iter().find(|g| g.at_least);
    match (measured, bound) {
        (Some(m), Some(b)) if b.exponent > m.exponent => Some(b),
        (Some(m), _) => Some(m),
        (None, b) => b,
    }
}

/// The reference's exponent over the same two levels as `step`.
pub fn reference_step<'a>(problem: &'a ProblemResult, step: &Growth) -> Option<&'a Growth> {
    problem
        .reference_growth
        .iter()
        .find(|r| (r.from, r.to) == (step.from, step.to))
}

/// `≈ n^2.0`, or `≥ n^2.3` for a lower bound.
pub fn fmt_growth(g: &Growth, decimals: usize) -> String {
    let sign = if g.at_least { '≥' } else { '≈' };
    format!("{sign} n^{:.*}", decimals, g.exponent)
}

/// `≈ n^2.0 where the reference is n^1.0`; a lower bound says why.
pub fn fmt_growth_against(g: &Growth, reference: Option<&Growth>, decimals: usize) -> String {
    let mut text = fmt_growth(g, decimals);
    if g.at_least {
        text.push_str(" (stopped by its cost limit)");
    }
    if let Some(r) = reference {
        text.push_str(&format!(
            " where the reference is n^{:.*}",
            decimals, r.exponent
        ));
    }
    text
}

/// How much faster than the reference's a curve grows on its headline step:
/// the difference of exponents (a lower bound where the sample was stopped).
pub fn excess(problem: &ProblemResult, sample: &SampleResult) -> Option<f64> {
    let step = headline(&sample.growth)?;
    Some(step.exponent - reference_step(problem, step)?.exponent)
}

/// One of a model's weakest problems.
#[derive(Debug, Clone)]
pub struct Weak<'a> {
    pub problem: &'a ProblemResult,
    /// The headline metric on the problem (`None`: unavailable).
    pub value: Option<f64>,
    /// The representative sample.
    pub sample: Option<&'a SampleResult>,
}

/// A model's `count` weakest problems: lowest headline metric first, then
/// the curve that grows most beyond the reference's, then by id.
pub fn weakest<'a>(entry: &Entry<'a>, count: usize) -> Vec<Weak<'a>> {
    let mut all: Vec<Weak<'a>> = entry
        .model
        .problems
        .iter()
        .map(|p| Weak {
            problem: p,
            value: problem_metric(p, HEADLINE),
            sample: representative(p),
        })
        .collect();
    let key = |w: &Weak| {
        let excess = w.sample.and_then(|s| excess(w.problem, s));
        (w.value.unwrap_or(f64::NEG_INFINITY), -excess.unwrap_or(0.0))
    };
    all.sort_by(|a, b| {
        let (ka, kb) = (key(a), key(b));
        ka.0.total_cmp(&kb.0)
            .then(ka.1.total_cmp(&kb.1))
            .then_with(|| a.problem.task_id.cmp(&b.problem.task_id))
    });
    all.truncate(count);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::{growth, problem, sample};

    #[test]
    fn the_representative_is_the_median_sample_counting_duplicates() {
        let mut p = problem("p/1", 0.5);
        p.samples = vec![
            sample("a", 0.9, 1),
            sample("b", 0.1, 1),
            sample("c", 0.5, 1),
        ];
        assert_eq!(representative(&p).unwrap().id, "c");
        // Three copies of the worst sample out of five: it is the median.
        p.samples[1].count = 3;
        assert_eq!(representative(&p).unwrap().id, "b");
        p.samples.clear();
        assert!(representative(&p).is_none());
    }

    #[test]
    fn growth_reads_against_the_reference() {
        let mut p = problem("p/1", 0.5);
        p.reference_growth = vec![growth(1, 2, 1.0, false), growth(2, 3, 1.04, false)];
        let mut s = sample("a", 0.2, 1);
        s.growth = vec![growth(1, 2, 1.9, false), growth(2, 3, 2.02, true)];
        let step = headline(&s.growth).unwrap();
        assert_eq!(
            fmt_growth_against(step, reference_step(&p, step), 1),
            "≥ n^2.0 (stopped by its cost limit) where the reference is n^1.0"
        );
        assert_eq!(fmt_growth(&s.growth[0], 2), "≈ n^1.90");
        assert!((excess(&p, &s).unwrap() - 0.98).abs() < 1e-9);
        // A bound below the measured exponent is not quoted.
        s.growth[1].exponent = 0.2;
        assert_eq!(headline(&s.growth), Some(&s.growth[0]));
        assert_eq!(headline(&s.growth[1..]), Some(&s.growth[1]));
        assert_eq!(headline(&[]), None);
    }
}
