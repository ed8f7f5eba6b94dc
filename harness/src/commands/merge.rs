//! `effgauge merge SHARD.json... --out results.json`: the shards of
//! `score --shard I/N` runs (e.g. a CI matrix or a Kubernetes Indexed Job)
//! become the file the unsharded run would have written, byte for byte:
//! per-problem results are independent of sharding, and the summaries are
//! recomputed from them exactly as `score` computes them.

use crate::exit::{self, invalid};
use crate::scoring::lock::OutputLock;
use crate::scoring::{assemble, eff_config, rescore};
use clap::Args;
use effgauge_metrics::BootstrapConfig;
use effgauge_reports::schema::{ProblemResult, ResultsFile};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Args)]
pub struct MergeArgs {
    /// The shard results files, one per shard, in any order.
    #[arg(required = true)]
    pub shards: Vec<PathBuf>,
    /// The merged results file.
    #[arg(long)]
    pub out: PathBuf,
}

pub fn run(args: MergeArgs) -> anyhow::Result<u8> {
    let _lock = OutputLock::acquire(&args.out)?;
    let mut files = Vec::new();
    for path in &args.shards {
        let file = effgauge_reports::read_results(path).map_err(|e| invalid(e.to_string()))?;
        let Some(shard) = file.shard else {
            return Err(invalid(format!(
                "{}: not a shard (no `shard` field)",
                path.display()
            )));
        };
        files.push((path, shard, file));
    }
    files.sort_by_key(|(_, shard, _)| shard.index);
    let count = files[0].1.count;
    let indexes: Vec<u32> = files.iter().map(|(_, s, _)| s.index).collect();
    // Compared in place: the files state `count`, which may be 4 billion.
    let complete = files.len() as u64 == u64::from(count)
        && indexes.iter().zip(1..).all(|(&index, want)| index == want);
    if files.iter().any(|(_, s, _)| s.count != count) || !complete {
        return Err(invalid(format!(
            "need each of shards 1..{count} exactly once, got {indexes:?}"
        )));
    }
    let first = &files[0].2;
    for (path, _, file) in &files[1..] {
        if file.harness != first.harness || file.invalid_samples != first.invalid_samples {
            return Err(invalid(format!(
                "{}: made under other settings than {} (harness block or inputs differ)",
                path.display(),
                files[0].0.display()
            )));
        }
    }
    let h = &first.harness;
    let cfg = eff_config(
        h.alpha,
        h.weights.clone(),
        h.limit == "per_level",
        (h.tie_margin, h.tie_floor),
    );
    let bootstrap = BootstrapConfig {
        resamples: h.bootstrap_resamples as usize,
        seed: h.seed,
        ..BootstrapConfig::default()
    };
    // Each problem with the file it came from, for messages.
    let mut per_model: BTreeMap<String, Vec<(&PathBuf, ProblemResult)>> = BTreeMap::new();
    for (path, _, file) in &files {
        for m in &file.models {
            per_model
                .entry(m.model.clone())
                .or_default()
                .extend(m.problems.iter().map(|p| (*path, p.clone())));
        }
    }
    let mut models = Vec::new();
    for (model, mut problems) in per_model {
        problems.sort_by(|a, b| a.1.task_id.cmp(&b.1.task_id));
        if let Some(twice) = problems
            .windows(2)
            .find(|w| w[0].1.task_id == w[1].1.task_id)
        {
            return Err(invalid(format!(
                "model {model:?} has problem {:?} in two shards; a problem belongs to one shard",
                twice[0].1.task_id
            )));
        }
        // What a shard says is refused as input (exit 2), not as a bug: its
        // settings (α, weights) or its samples may make no score.
        let scored = problems
            .iter()
            .map(|(path, p)| {
                rescore(p, &cfg, &h.k).map_err(|e| {
                    invalid(format!(
                        "{}: model {model:?}, problem {:?}: {e:#}",
                        path.display(),
                        p.task_id
                    ))
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let result = assemble::model_result(&model, scored, &h.k, &bootstrap)
            .map_err(|e| invalid(format!("{}: model {model:?}: {e:#}", files[0].0.display())))?;
        models.push(result);
    }
    let merged = ResultsFile {
        schema_version: first.schema_version,
        harness: first.harness.clone(),
        shard: None,
        models,
        invalid_samples: first.invalid_samples.clone(),
    };
    // Within the bounds every reader checks, or it would be written and
    // then refused (several shards within them may add up beyond them).
    effgauge_reports::limits::check(&merged).map_err(|v| {
        invalid(format!(
            "the merged results would be over a bound of a results file: {v}"
        ))
    })?;
    effgauge_reports::write_results_atomic(&args.out, &merged)?;
    Ok(exit::OK)
}
