//! `effgauge merge SHARD.json... --out results.json`: the shards of
//! `score --shard I/N` runs become the file the unsharded run would have
//! written, byte for byte (`effgauge_scoring::merge`).

use crate::exit::{self, invalid};
use clap::Args;
use effgauge_scoring::lock::OutputLock;
use effgauge_scoring::merge::merge_shards;
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
        files.push((path.display().to_string(), file));
    }
    let merged = merge_shards(files)?;
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
