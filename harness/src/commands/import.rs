//! `effgauge import enamel CSV --out DIR` and `effgauge import coffe DIR
//! --out SUITE`: another benchmark's dataset as an effgauge suite (the
//! conversions themselves are `effgauge_problems::enamel` and
//! `effgauge_problems::coffe`).

use crate::cli::{ImportArgs, ImportCoffeArgs, ImportCommand, ImportEnamelArgs};
use crate::exit;
use effgauge_generate::{extract, Found, Mode, Task};
use effgauge_problems::coffe::{self, Set};
use effgauge_problems::enamel::{self, Subset};
use std::io::Write;

pub fn run(args: ImportArgs) -> anyhow::Result<u8> {
    match args.command {
        ImportCommand::Enamel(args) => enamel(args),
        ImportCommand::Coffe(args) => coffe(args),
    }
}

fn enamel(args: ImportEnamelArgs) -> anyhow::Result<u8> {
    let subset = match args.subset.as_str() {
        "enamel" => Subset::Enamel,
        _ => Subset::All,
    };
    let summary =
        enamel::import(&args.csv, &args.out, subset).map_err(|e| exit::invalid(e.to_string()))?;
    for error in &summary.skipped {
        eprintln!("skipped: {error}");
    }
    let left_out = if summary.left_out > 0 {
        format!(
            ", {} left out (not in ENAMEL's problem set)",
            summary.left_out
        )
    } else {
        String::new()
    };
    println!(
        "imported {} problem(s) into {}; {} row(s) skipped{left_out}",
        summary.imported.len(),
        args.out.display(),
        summary.skipped.len(),
    );
    Ok(next_step(&args.out, summary.skipped.len()))
}

fn coffe(args: ImportCoffeArgs) -> anyhow::Result<u8> {
    let set = match args.set.as_str() {
        "file" => Set::File,
        _ => Set::Function,
    };
    let summary =
        coffe::import(&args.dir, &args.out, set).map_err(|e| exit::invalid(e.to_string()))?;
    for note in &summary.notes {
        eprintln!("note: {note}");
    }
    for error in &summary.skipped {
        eprintln!("skipped: {error}");
    }
    println!(
        "imported {} problem(s) into {}; {} instance(s) skipped",
        summary.imported.len(),
        args.out.display(),
        summary.skipped.len(),
    );
    if let Some(dir) = &args.samples_out {
        coffe_samples(&args, set, &summary, dir)?;
    }
    Ok(next_step(&args.out, summary.skipped.len()))
}

/// COFFE's model outputs as samples files, one per model, the code pulled
/// out of each raw chat answer.
fn coffe_samples(
    args: &ImportCoffeArgs,
    set: Set,
    summary: &coffe::ImportSummary,
    dir: &std::path::Path,
) -> anyhow::Result<()> {
    let examples = coffe::read_examples(&args.dir, set, &summary.imported, &summary.prompts)
        .map_err(|e| exit::invalid(e.to_string()))?;
    if examples.is_empty() {
        eprintln!(
            "note: no examples/{}/*.json under {}: no samples written",
            set.name(),
            args.dir.display()
        );
        return Ok(());
    }
    std::fs::create_dir_all(dir).map_err(|e| exit::invalid(format!("{}: {e}", dir.display())))?;
    let problems: std::collections::HashMap<&str, &coffe::Converted> = summary
        .imported
        .iter()
        .map(|c| (c.id.as_str(), c))
        .collect();
    for ex in &examples {
        let path = dir.join(format!("{}.jsonl", ex.model));
        let mut out = std::io::BufWriter::new(
            std::fs::File::create(&path)
                .map_err(|e| exit::invalid(format!("{}: {e}", path.display())))?,
        );
        let mut no_code = 0;
        for answer in &ex.answers {
            let c = problems[answer.task_id.as_str()];
            // A file-set problem's answer is a whole program (an empty
            // entry point): effgauge's extraction, as `eval` uses it.
            let task = Task {
                id: c.id.clone(),
                prompt: c.prompt.clone(),
                entry_point: c.entry_point.clone().unwrap_or_default(),
            };
            let got = extract(&answer.raw, &task, Mode::Chat);
            if got.found == Found::NoCode {
                no_code += 1;
            }
            let line = serde_json::json!({
                "task_id": answer.task_id,
                "model": ex.model,
                "solution": got.solution,
                "raw_completion": answer.raw,
                "extraction": got.found,
            });
            writeln!(out, "{line}")?;
        }
        out.flush()?;
        println!(
            "wrote {} sample(s) of {} to {}: {} without code (they fail when scored); \
             {} prompt(s) not in the set, {} of skipped instances, {} invalid entries left out",
            ex.answers.len(),
            ex.model,
            path.display(),
            no_code,
            ex.unknown_prompts,
            ex.skipped_problems,
            ex.invalid,
        );
    }
    Ok(())
}

/// The command to run next, and the exit code: 1 when anything was
/// skipped.
fn next_step(out: &std::path::Path, skipped: usize) -> u8 {
    println!("next: effgauge problems validate --suite {}", out.display());
    if skipped == 0 {
        exit::OK
    } else {
        exit::BELOW_THRESHOLD
    }
}
