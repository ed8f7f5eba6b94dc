//! Planning a scoring run: which problems, and which samples of which model
//! (grouped so that each distinct program of a task runs once).

use crate::samples::Sample;
use crate::ScoringError;
use effgauge_problems::{Problem, Suite};
use effgauge_reports::limits::{MAX_PROBLEMS, MAX_SAMPLES_PER_PROBLEM};
use std::collections::{BTreeMap, HashMap};

/// The problems to score: `--problems`, else every task the samples name.
pub fn problem_set<'a>(
    requested: &[String],
    suite: &'a Suite,
    samples: &[Sample],
) -> Result<Vec<&'a Problem>, ScoringError> {
    let mut ids: Vec<String> = if requested.is_empty() {
        samples.iter().map(|s| s.task_id.clone()).collect()
    } else {
        requested.to_vec()
    };
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Err(ScoringError::invalid("no samples to score"));
    }
    if ids.len() > MAX_PROBLEMS {
        return Err(ScoringError::invalid(format!(
            "{} problems, more than the {MAX_PROBLEMS} a results file may hold (restrict with --problems)",
            ids.len()
        )));
    }
    ids.iter()
        .map(|id| {
            suite
                .get(id)
                .ok_or_else(|| ScoringError::invalid(format!("--problems: unknown problem '{id}'")))
        })
        .collect()
}

/// model → task → source sha → (first id, count). Every model must cover
/// every problem: the benchmark mean is over all of them.
pub type Grouped = BTreeMap<String, BTreeMap<String, BTreeMap<String, (String, u64)>>>;

pub fn group(samples: &[Sample], problems: &[&Problem]) -> Result<Grouped, ScoringError> {
    let wanted: HashMap<&str, ()> = problems.iter().map(|p| (p.id.as_str(), ())).collect();
    let mut grouped: Grouped = BTreeMap::new();
    for s in samples
        .iter()
        .filter(|s| wanted.contains_key(s.task_id.as_str()))
    {
        let entry = grouped
            .entry(s.model.clone())
            .or_default()
            .entry(s.task_id.clone())
            .or_default()
            .entry(s.source_sha256.clone())
            .or_insert_with(|| (s.id.clone(), 0));
        entry.1 += 1;
    }
    for (model, tasks) in &grouped {
        // A results file counts at most this many samples of one model on
        // one problem (its readers refuse more): refused before anything runs.
        for (task, sources) in tasks {
            let n: u64 = sources.values().map(|(_, count)| count).sum();
            if n > MAX_SAMPLES_PER_PROBLEM {
                return Err(ScoringError::invalid(format!(
                    "model '{model}' has {n} samples of problem '{task}', more than the \
                     {MAX_SAMPLES_PER_PROBLEM} a results file may count"
                )));
            }
        }
        if let Some(missing) = problems.iter().find(|p| !tasks.contains_key(&p.id)) {
            return Err(ScoringError::invalid(format!(
                "model '{model}' has no sample for problem '{}': every model must cover every scored problem \
                 (restrict with --problems)",
                missing.id
            )));
        }
    }
    Ok(grouped)
}
