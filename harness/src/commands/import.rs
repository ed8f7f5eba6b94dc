//! `effgauge import enamel CSV --out DIR`: another benchmark's dataset as an
//! effgauge suite (the conversion itself is `effgauge_problems::enamel`).

use crate::cli::{ImportArgs, ImportCommand, ImportEnamelArgs};
use crate::exit;
use effgauge_problems::enamel::{self, Subset};

pub fn run(args: ImportArgs) -> anyhow::Result<u8> {
    match args.command {
        ImportCommand::Enamel(args) => enamel(args),
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
    println!(
        "next: effgauge problems validate --suite {}",
        args.out.display()
    );
    Ok(if summary.skipped.is_empty() {
        exit::OK
    } else {
        exit::BELOW_THRESHOLD
    })
}
