//! Stage 3, execute: every distinct unit not yet in the journal, on the
//! configured worker threads; each outcome is journaled as it arrives. The
//! journal's fingerprint is the `harness` block (salt hash included), so a
//! resumed run refuses a journal written under another configuration.

use crate::journal::{self, Journal, UnitKey};
use crate::plan::Plan;
use crate::prepare::Setup;
use crate::settings::run_sample;
use crate::SampleOutcome;
use crate::{JournalSpec, Observer, ScoringError};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Every unit's outcome, from the journal or from this run.
pub type Outcomes = HashMap<UnitKey, SampleOutcome>;

pub fn execute(
    plan: &Plan<'_>,
    setup: &Setup,
    journal: Option<&JournalSpec>,
    observer: &mut dyn Observer,
) -> Result<Outcomes, ScoringError> {
    let fingerprint = journal::fingerprint(&setup.harness);
    let resuming = journal.is_some_and(|spec| spec.resume);
    let (mut journal, mut done) = match journal {
        Some(spec) => {
            let (journal, done) = Journal::open(&spec.path, &fingerprint, spec.resume)?;
            (Some(journal), done)
        }
        None => (None, HashMap::new()),
    };
    let mut pending: Vec<(&UnitKey, &(usize, String))> = plan
        .units
        .iter()
        .filter(|(k, _)| !done.contains_key(*k))
        .collect();
    if resuming {
        observer.resumed(plan.units.len() - pending.len(), plan.units.len());
    }
    if let Some((cache, keys)) = &setup.outcome_cache {
        let total = pending.len();
        let mut hits = Vec::new();
        let mut misses = Vec::new();
        for unit in pending {
            let (key, (pi, _)) = unit;
            let problem = plan.selected[*pi];
            match cache.get(&keys.key(problem, &key.1), problem.levels.len()) {
                Some(outcome) => hits.push((key.clone(), outcome)),
                None => misses.push(unit),
            }
        }
        pending = misses;
        observer.cached(hits.len(), total);
        for (key, outcome) in hits {
            if let Some(journal) = &mut journal {
                journal.append(&key, &outcome)?;
            }
            done.insert(key, outcome);
        }
    }
    observer.started(pending.len());
    run_pending(plan, setup, &pending, |key, outcome| {
        if let Some(journal) = &mut journal {
            journal.append(&key, &outcome)?;
        }
        if let Some((cache, keys)) = &setup.outcome_cache {
            let problem = plan.units[&key].0;
            cache.put(&keys.key(plan.selected[problem], &key.1), &outcome);
        }
        observer.scored(&key.0);
        done.insert(key, outcome);
        Ok(())
    })?;
    if let Some((cache, _)) = &setup.outcome_cache {
        cache.trim()?;
    }
    observer.finished();
    Ok(done)
}

/// Runs `pending` on the setup's workers; `finished` gets each outcome on
/// this thread, in the order they finish. The first error stops the run.
fn run_pending(
    plan: &Plan<'_>,
    setup: &Setup,
    pending: &[(&UnitKey, &(usize, String))],
    mut finished: impl FnMut(UnitKey, SampleOutcome) -> Result<(), ScoringError>,
) -> Result<(), ScoringError> {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(UnitKey, Result<SampleOutcome, ScoringError>)>();
    std::thread::scope(|scope| -> Result<(), ScoringError> {
        for _ in 0..setup.workers.min(pending.len().max(1)) {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((key, (pi, source))) = pending.get(i) else {
                    break;
                };
                let outcome = run_sample(
                    &setup.engine,
                    plan.selected[*pi],
                    &setup.prepared[*pi],
                    source,
                    &setup.settings,
                );
                if tx.send(((*key).clone(), outcome)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (key, outcome) in rx {
            let outcome = match outcome {
                Ok(o) => o,
                Err(e) => {
                    next.store(usize::MAX / 2, Ordering::Relaxed);
                    return Err(ScoringError::Sample {
                        task: key.0,
                        source: Box::new(e),
                    });
                }
            };
            if let Err(e) = finished(key, outcome) {
                next.store(usize::MAX / 2, Ordering::Relaxed);
                return Err(e);
            }
        }
        Ok(())
    })
}
