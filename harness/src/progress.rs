//! Progress of a long run (scoring samples, generating them): a bar with
//! rate and ETA on a terminal, a plain line every few seconds otherwise (CI
//! logs), nothing with `--quiet`. A note (tokens, retries, errors) can ride
//! along; messages print above the bar instead of through it.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

pub enum Progress {
    Bar(ProgressBar),
    Lines {
        verb: &'static str,
        total: u64,
        done: u64,
        note: String,
        started: Instant,
        last: Instant,
    },
    Quiet,
}

impl Progress {
    /// Progress over `total` samples; `verb` says what happens to them
    /// ("scored", "generated").
    pub fn new(total: u64, verb: &'static str, quiet: bool) -> Progress {
        if quiet {
            return Progress::Quiet;
        }
        if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(total);
            bar.set_style(
                ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} samples  {per_sec}  ETA {eta}  {msg}",
                )
                .expect("a valid template"),
            );
            return Progress::Bar(bar);
        }
        let now = Instant::now();
        Progress::Lines {
            verb,
            total,
            done: 0,
            note: String::new(),
            started: now,
            last: now,
        }
    }

    /// One more sample done; `what` names it (shown on the bar).
    pub fn advance(&mut self, what: &str) {
        match self {
            Progress::Bar(bar) => {
                if !what.is_empty() {
                    bar.set_message(what.to_owned());
                }
                bar.inc(1);
            }
            Progress::Lines {
                verb,
                total,
                done,
                note,
                started,
                last,
            } => {
                *done += 1;
                if last.elapsed() >= Duration::from_secs(5) || *done == *total {
                    *last = Instant::now();
                    let rate = *done as f64 / started.elapsed().as_secs_f64().max(1e-9);
                    let eta = (*total - *done) as f64 / rate.max(1e-9);
                    eprintln!("{verb} {done}/{total} samples ({rate:.1}/s, ETA {eta:.0} s){note}");
                }
            }
            Progress::Quiet => {}
        }
    }

    /// Replaces the note shown after the counts.
    pub fn set_note(&mut self, text: String) {
        match self {
            Progress::Bar(bar) => bar.set_message(text),
            Progress::Lines { note, .. } => *note = format!(" · {text}"),
            Progress::Quiet => {}
        }
    }

    /// A message line, above the bar if there is one; none when quiet.
    pub fn println(&self, line: &str) {
        match self {
            Progress::Bar(bar) => bar.println(line),
            Progress::Lines { .. } => eprintln!("{line}"),
            Progress::Quiet => {}
        }
    }

    pub fn finish(&self) {
        if let Progress::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}
