//! Progress of a scoring run: a bar with rate and ETA on a terminal, a plain
//! line every few seconds otherwise (CI logs), nothing with `--quiet`.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

pub enum Progress {
    Bar(ProgressBar),
    Lines {
        total: u64,
        done: u64,
        started: Instant,
        last: Instant,
    },
    Quiet,
}

impl Progress {
    pub fn new(total: u64, quiet: bool) -> Progress {
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
            total,
            done: 0,
            started: now,
            last: now,
        }
    }

    pub fn advance(&mut self, what: &str) {
        match self {
            Progress::Bar(bar) => {
                bar.set_message(what.to_owned());
                bar.inc(1);
            }
            Progress::Lines {
                total,
                done,
                started,
                last,
            } => {
                *done += 1;
                if last.elapsed() >= Duration::from_secs(5) || *done == *total {
                    *last = Instant::now();
                    let rate = *done as f64 / started.elapsed().as_secs_f64().max(1e-9);
                    let eta = (*total - *done) as f64 / rate.max(1e-9);
                    eprintln!("scored {done}/{total} samples ({rate:.1}/s, ETA {eta:.0} s)");
                }
            }
            Progress::Quiet => {}
        }
    }

    pub fn finish(&self) {
        if let Progress::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}
