//! The example of docs/library.md, compiled with the crate so it cannot
//! drift from the API: scores a samples file as `effgauge score` does, then
//! one program against the suite held in memory.
//!
//! `cargo run -p effgauge-scoring --example library -- SAMPLES.jsonl TASK PROGRAM.py`

use effgauge_problems::Suite;
use effgauge_scoring::{score, Quiet, SampleSet, ScoreConfig, Scorer};

fn main() -> Result<(), effgauge_scoring::ScoringError> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [samples, task, program] = args.as_slice() else {
        eprintln!("usage: library SAMPLES.jsonl TASK PROGRAM.py");
        std::process::exit(2);
    };
    let suite = Suite::load(&Suite::bundled_dir())?;
    let config = ScoreConfig {
        ks: vec![1],
        ..ScoreConfig::default()
    };

    // A whole run, as `effgauge score` does it (no journal).
    let samples = SampleSet::read(&[samples], &suite, None, false)?;
    let results = score(&config, &suite, samples, None, &mut Quiet)?;
    println!(
        "{}",
        serde_json::to_string_pretty(&results).expect("serializable")
    );

    // One program at a time, against the suite held in memory.
    let scorer = Scorer::new(config, suite, 32)?;
    let text = std::fs::read_to_string(program).expect("a readable program");
    let scored = scorer.score_program(task, program, &text)?;
    println!("{} e = {}", scored.sample.verdict, scored.sample.score);
    Ok(())
}
