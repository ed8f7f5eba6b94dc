//! The memory side of a problem's result: each sample's memory figures and
//! scores, the reference's, and the memory summary the memory metrics read
//! (see `effgauge_metrics::memory_config` for the formulas).

use crate::summarize::ProblemFacts;
use crate::{SampleOutcome, ScoringError};
use effgauge_metrics::{
    floored, is_efficient, memory_config, memory_costs, sample_score, summarize_memory, EffConfig,
    EfficiencyRule, MemorySummary, SampleCosts,
};
use effgauge_reports::schema::{Growth, LevelMemory, SampleMemory};
use effgauge_sandboxes::MemoryUse;

/// A metrics error with what was being scored.
fn metrics(context: String, source: effgauge_metrics::MetricsError) -> ScoringError {
    ScoringError::Metrics { context, source }
}

/// The reference's peaks as they enter the scores, if memory was measured.
fn reference_peaks(facts: &ProblemFacts) -> Option<Vec<f64>> {
    let memory = facts.reference_memory.as_ref()?;
    Some(
        memory
            .iter()
            .map(|m| floored(m.peak_live_bytes as f64))
            .collect(),
    )
}

/// Growth exponents of a curve of peaks, as of costs, but floored: a flat,
/// small footprint grows by 0, not by the noise of a few hundred bytes.
fn growth(facts: &ProblemFacts, peaks: &[Option<u64>], cfg: &EffConfig) -> Vec<Growth> {
    let floored: Vec<Option<u64>> = peaks
        .iter()
        .map(|p| p.map(|v| floored(v as f64) as u64))
        .collect();
    facts.growth(&floored, None, cfg)
}

/// Per-level figures in the schema's form.
fn level_memory(
    facts: &ProblemFacts,
    levels: &[Option<MemoryUse>],
    cfg: &EffConfig,
) -> LevelMemory {
    let peaks: Vec<Option<u64>> = levels
        .iter()
        .map(|m| m.map(|m| m.peak_live_bytes))
        .collect();
    LevelMemory {
        growth: growth(facts, &peaks, cfg),
        peak_live_bytes: peaks,
        live_kib_fuel: levels.iter().map(|m| m.map(|m| m.live_kib_fuel)).collect(),
    }
}

/// The reference's memory in the schema's form.
pub(crate) fn reference_level_memory(facts: &ProblemFacts, cfg: &EffConfig) -> Option<LevelMemory> {
    let memory = facts.reference_memory.as_ref()?;
    let levels: Vec<Option<MemoryUse>> = memory.iter().copied().map(Some).collect();
    Some(level_memory(facts, &levels, cfg))
}

/// The memory side of one problem's samples: each distinct sample's
/// memory (in order) and the problem's memory summary. `None` when memory
/// was not measured, for the reference or for any sample (outcomes and
/// results files from before it was).
pub(crate) struct ProblemMemory {
    pub samples: Vec<SampleMemory>,
    pub summary: MemorySummary,
}

/// Scores the samples' memory; `time_scores` are their time scores, in
/// the same order as `outcomes` (with their counts).
pub(crate) fn problem_memory(
    facts: &ProblemFacts,
    outcomes: &[(&SampleOutcome, u64)],
    time_scores: &[f64],
    cfg: &EffConfig,
) -> Result<Option<ProblemMemory>, ScoringError> {
    let Some(reference) = reference_peaks(facts) else {
        return Ok(None);
    };
    let levels = reference.len();
    if outcomes.iter().any(|(o, _)| o.level_memory.len() != levels) {
        return Ok(None);
    }
    let mem_cfg = memory_config(cfg);
    let costs: Vec<SampleCosts> = outcomes
        .iter()
        .map(|(o, _)| {
            let peaks: Vec<Option<f64>> = o
                .level_memory
                .iter()
                .map(|m| m.map(|m| m.peak_live_bytes as f64))
                .collect();
            memory_costs(o.verdict, &peaks)
        })
        .collect();
    let task = &facts.task_id;
    let mut samples = Vec::with_capacity(outcomes.len());
    for ((costs, (outcome, _)), &time) in costs.iter().zip(outcomes).zip(time_scores) {
        let context = || format!("scoring the memory of a sample of {task}");
        let score = sample_score(costs, &reference, &mem_cfg).map_err(|e| metrics(context(), e))?;
        let efficient = is_efficient(costs, &reference, &mem_cfg, EfficiencyRule::Total)
            .map_err(|e| metrics(context(), e))?;
        samples.push(SampleMemory {
            levels: level_memory(facts, &outcome.level_memory, cfg),
            score,
            dual_score: effgauge_metrics::dual_score(time, score),
            efficient,
        });
    }
    let counted: Vec<(&SampleCosts, f64, u64)> = costs
        .iter()
        .zip(outcomes)
        .zip(time_scores)
        .map(|((c, (_, n)), &t)| (c, t, *n))
        .collect();
    let summary = summarize_memory(&reference, &counted, &mem_cfg)
        .map_err(|e| metrics(format!("scoring the memory of task {task}"), e))?;
    Ok(Some(ProblemMemory { samples, summary }))
}

/// A results file's memory per level back as the sandbox's figures (for
/// `merge`, which re-scores): `None` from where the sample stopped. The
/// reader checked that both lists have one entry per level.
pub(crate) fn level_uses(memory: &LevelMemory) -> Vec<Option<MemoryUse>> {
    memory
        .peak_live_bytes
        .iter()
        .zip(&memory.live_kib_fuel)
        .map(|(p, i)| {
            Some(MemoryUse {
                peak_live_bytes: (*p)?,
                live_kib_fuel: (*i)?,
            })
        })
        .collect()
}

/// A results file's reference memory back as the sandbox's figures: `None`
/// if absent or incomplete.
pub(crate) fn from_level_memory(memory: Option<&LevelMemory>) -> Option<Vec<MemoryUse>> {
    let m = memory?;
    if m.peak_live_bytes.len() != m.live_kib_fuel.len() {
        return None;
    }
    level_uses(m).into_iter().collect()
}
