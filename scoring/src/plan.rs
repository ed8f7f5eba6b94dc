//! Stage 1, plan: choose the problems (this shard's), group the samples by
//! model, and list the distinct units to execute; a program over the
//! source cap is decided here and never executed. Nothing runs yet.

use crate::journal::UnitKey;
use crate::samples::{InvalidLine, Sample, SampleSet};
use crate::select::{group, problem_set, Grouped};
use crate::SampleOutcome;
use crate::{size, ScoreConfig, ScoringError};
use effgauge_problems::{Language, Problem, Suite};
use effgauge_sandboxes::Meter;
use std::collections::BTreeMap;

/// Key of the reference's own unit under non-fuel meters.
pub const REFERENCE: &str = "reference";

/// Each (task, distinct source) once: the index of its problem in
/// [`Plan::selected`] and the source.
pub type Units = BTreeMap<UnitKey, (usize, String)>;

/// The distinct sources over the source cap, with their outcome.
pub type TooLargeUnits = BTreeMap<UnitKey, SampleOutcome>;

/// What a run will do.
pub struct Plan<'s> {
    /// Every problem of the run (all shards), sorted.
    pub all_problems: Vec<&'s Problem>,
    /// The problems this shard scores.
    pub selected: Vec<&'s Problem>,
    /// model → task → distinct source → (first id, count).
    pub models: Grouped,
    /// Each (task, distinct source) once, whoever sent it: the index of its
    /// problem in `selected` and the source.
    pub units: Units,
    /// The distinct sources over `--max-source-bytes`, with their outcome
    /// (wrong, `too_large`): not in `units`, never run.
    pub too_large: TooLargeUnits,
    /// The lines skipped with `--skip-invalid`.
    pub invalid: Vec<InvalidLine>,
}

pub fn plan<'s>(
    config: &ScoreConfig,
    suite: &'s Suite,
    samples: SampleSet,
) -> Result<Plan<'s>, ScoringError> {
    let SampleSet {
        samples,
        invalid,
        language,
    } = samples;
    if !samples.is_empty() && language != config.language {
        return Err(ScoringError::invalid(format!(
            "the samples are {language} but the run is configured for {} (--language)",
            config.language
        )));
    }
    let all_problems = problem_set(&config.problems, suite, &samples)?;
    let selected: Vec<&Problem> = all_problems
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            config
                .shard
                .is_none_or(|s| *i as u32 % s.count == s.index - 1)
        })
        .map(|(_, p)| *p)
        .collect();
    let models = group(&samples, &selected)?;
    let (units, too_large) = units(&selected, &samples, config)?;
    Ok(Plan {
        all_problems,
        selected,
        models,
        units,
        too_large,
        invalid,
    })
}

/// The distinct units to execute: each (task, source) once, whoever sent
/// it; under a meter other than fuel, also each reference (which the source
/// cap does not apply to). A source over the cap is set aside with its
/// outcome instead. Sources are keyed by the SHA-256 of their exact text;
/// two different texts with one hash (never seen) would stop the run rather
/// than be scored as one.
fn units(
    selected: &[&Problem],
    samples: &[Sample],
    config: &ScoreConfig,
) -> Result<(Units, TooLargeUnits), ScoringError> {
    let mut units = BTreeMap::new();
    let mut too_large = BTreeMap::new();
    for (pi, p) in selected.iter().enumerate() {
        if config.meter != Meter::Fuel {
            let reference = reference_source(p, config.language)?.to_owned();
            units.insert((p.id.clone(), REFERENCE.into()), (pi, reference));
        }
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for s in samples.iter().filter(|s| s.task_id == p.id) {
            let first = *seen.entry(&s.source_sha256).or_insert(&s.source);
            if first != s.source {
                return Err(ScoringError::invalid(format!(
                    "sample {}: another program of {} has the same SHA-256 ({})",
                    s.id, p.id, s.source_sha256
                )));
            }
            let key = (p.id.clone(), s.source_sha256.clone());
            if units.contains_key(&key) || too_large.contains_key(&key) {
                continue;
            }
            match size::check(&s.source, config.max_source_bytes) {
                Ok(()) => {
                    units.insert(key, (pi, s.source.clone()));
                }
                Err(over) => {
                    too_large.insert(key, over.outcome(p.levels.len()));
                }
            }
        }
    }
    Ok((units, too_large))
}

/// The problem's reference in `language`: what the run's samples are
/// measured against.
pub fn reference_source(problem: &Problem, language: Language) -> Result<&str, ScoringError> {
    language.reference(problem).ok_or_else(|| {
        ScoringError::invalid(format!(
            "problem {} has no {} reference",
            problem.id,
            language.name()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::sha256_hex;
    use effgauge_sandboxes::Status;
    use std::path::Path;

    fn problem() -> Problem {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../harness/tests/fixtures/suite/sum-of-squares");
        Problem::load(&dir).unwrap()
    }

    fn config(meter: Meter, max_source_bytes: u64) -> ScoreConfig {
        ScoreConfig {
            meter,
            max_source_bytes,
            ..ScoreConfig::default()
        }
    }

    fn sample(line: usize, source: &str) -> Sample {
        Sample {
            model: "m".into(),
            task_id: "sum-of-squares".into(),
            source: source.into(),
            source_sha256: sha256_hex(source),
            id: format!("s.jsonl:{line}"),
            language: Language::Python,
        }
    }

    #[test]
    fn only_identical_texts_are_one_unit_and_a_text_over_the_cap_is_set_aside() {
        let p = problem();
        let at_cap = "def f():\n    return 1\n";
        let cap = at_cap.len() as u64;
        let texts = [
            at_cap,
            "def f():\r\n    return 1\r\n",
            "def f():\n    return 1   \n",
            at_cap,
            "def f():\n    return 12\n",
        ];
        let samples: Vec<Sample> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| sample(i + 1, t))
            .collect();
        let (run, too_large) = units(&[&p], &samples, &config(Meter::Fuel, cap)).unwrap();
        let key = |t: &str| (p.id.clone(), sha256_hex(t));
        assert_eq!(run.len(), 1);
        assert_eq!(run[&key(at_cap)], (0, at_cap.to_owned()));
        assert_eq!(too_large.len(), 3, "{too_large:?}");
        let over = &too_large[&key(texts[1])];
        assert_eq!(over.status, Status::TooLarge);
        assert_eq!(over.level_cost.len(), p.levels.len());
        assert_eq!(
            over.error.as_deref(),
            Some(
                format!(
                    "the program is {} bytes, more than the {cap}-byte source cap",
                    cap + 2
                )
                .as_str()
            )
        );
        // Under a meter other than fuel the reference is run too, whatever
        // its size: the cap is for samples.
        let (wall, _) = units(&[&p], &samples, &config(Meter::Wall, 1)).unwrap();
        assert_eq!(wall.len(), 1);
        assert!(wall.contains_key(&(p.id.clone(), REFERENCE.to_owned())));
    }

    #[test]
    fn two_texts_with_one_hash_stop_the_run() {
        let p = problem();
        let mut forged = sample(2, "def f():\n    return 2\n");
        forged.source_sha256 = sha256_hex("def f():\n    return 1\n");
        let samples = [sample(1, "def f():\n    return 1\n"), forged];
        let err = units(&[&p], &samples, &config(Meter::Fuel, 1 << 16)).unwrap_err();
        assert!(
            err.to_string().contains(
                "sample s.jsonl:2: another program of sum-of-squares has the same SHA-256"
            ),
            "{err}"
        );
    }
}
