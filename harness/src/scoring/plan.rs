//! Planning a scoring run: which problems, and which samples of which model
//! (grouped so that each distinct program of a task runs once).

use crate::exit::invalid;
use crate::samples::Sample;
use effgauge_problems::{Problem, Suite};
use std::collections::{BTreeMap, HashMap};

/// The problems to score: `--problems`, else every task the samples name.
pub fn problem_set<'a>(
    requested: &[String],
    suite: &'a Suite,
    samples: &[Sample],
) -> anyhow::Result<Vec<&'a Problem>> {
    let mut ids: Vec<String> = if requested.is_empty() {
        samples.iter().map(|s| s.task_id.clone()).collect()
    } else {
        requested.to_vec()
    };
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Err(invalid("no samples to score"));
    }
    ids.iter()
        .map(|id| {
            suite
                .get(id)
                .ok_or_else(|| invalid(format!("--problems: unknown problem '{id}'")))
        })
        .collect()
}

/// model → task → source sha → (first id, count). Every model must cover
/// every problem: the benchmark mean is over all of them.
pub type Grouped = BTreeMap<String, BTreeMap<String, BTreeMap<String, (String, u64)>>>;

pub fn group(samples: &[Sample], problems: &[&Problem]) -> anyhow::Result<Grouped> {
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
        if let Some(missing) = problems.iter().find(|p| !tasks.contains_key(&p.id)) {
            return Err(invalid(format!(
                "model '{model}' has no sample for problem '{}': every model must cover every scored problem \
                 (restrict with --problems)",
                missing.id
            )));
        }
    }
    Ok(grouped)
}
