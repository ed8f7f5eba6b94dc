//! Stage 3, execute: every distinct unit not yet in the journal, on
//! `--jobs` worker threads; each outcome is journaled as it arrives. The
//! journal's fingerprint is the `harness` block (salt hash included), so
//! `--resume` refuses a journal written under another configuration.

use super::plan::Plan;
use super::prepare::Setup;
use super::ScoreArgs;
use crate::progress::Progress;
use crate::scoring::execute::{run_sample, SampleOutcome};
use crate::scoring::journal::{self, Journal, UnitKey};
use anyhow::Context;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Every unit's outcome, from the journal or from this run.
pub type Outcomes = HashMap<UnitKey, SampleOutcome>;

pub fn execute(
    args: &ScoreArgs,
    plan: &Plan<'_>,
    setup: &Setup,
) -> anyhow::Result<(Journal, Outcomes)> {
    let fingerprint = journal::fingerprint(&setup.harness);
    let journal_path = journal::path_for(&args.out);
    let (mut journal, mut done) = Journal::open(&journal_path, &fingerprint, args.resume)
        .with_context(|| format!("opening the journal {}", journal_path.display()))?;
    let pending: Vec<(&UnitKey, &(usize, String))> = plan
        .units
        .iter()
        .filter(|(k, _)| !done.contains_key(*k))
        .collect();
    if args.resume && !args.quiet {
        eprintln!(
            "resuming: {} of {} samples already scored",
            plan.units.len() - pending.len(),
            plan.units.len()
        );
    }
    let mut progress = Progress::new(pending.len() as u64, "scored", args.quiet);
    run_pending(plan, setup, &pending, |key, outcome| {
        journal.append(&key, &outcome)?;
        progress.advance(&key.0);
        done.insert(key, outcome);
        Ok(())
    })?;
    progress.finish();
    Ok((journal, done))
}

/// Runs `pending` on the setup's workers; `finished` gets each outcome on
/// this thread, in the order they finish. The first error stops the run.
fn run_pending(
    plan: &Plan<'_>,
    setup: &Setup,
    pending: &[(&UnitKey, &(usize, String))],
    mut finished: impl FnMut(UnitKey, SampleOutcome) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(UnitKey, anyhow::Result<SampleOutcome>)>();
    std::thread::scope(|scope| -> anyhow::Result<()> {
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
                    return Err(e.context(format!("running a sample of {}", key.0)));
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
