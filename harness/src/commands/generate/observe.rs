//! Progress of a generation run on stderr: the shared progress display
//! with tokens, retries and failures as its note; a line per retry (unless
//! quiet) and per failure (always: a sample is missing).

use crate::progress::Progress;
use effgauge_generate::{GenerateError, Observer, Summary};
use std::sync::Mutex;
use std::time::Duration;

pub struct ProgressObserver {
    progress: Mutex<Progress>,
}

impl ProgressObserver {
    pub fn new(total: u64, quiet: bool) -> ProgressObserver {
        ProgressObserver {
            progress: Mutex::new(Progress::new(total, "generated", quiet)),
        }
    }

    pub fn finish(&self) {
        self.progress().finish();
    }

    fn progress(&self) -> std::sync::MutexGuard<'_, Progress> {
        // A panic elsewhere while drawing leaves the display usable.
        self.progress.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Observer for ProgressObserver {
    fn retrying(&self, task_id: &str, reason: &str, wait: Duration) {
        self.progress().println(&format!(
            "{task_id}: retrying in {:.1} s: {reason}",
            wait.as_secs_f64()
        ));
    }

    fn written(&self, _task_id: &str, now: &Summary) {
        let mut progress = self.progress();
        progress.set_note(format!(
            "tokens {} in / {} out · retries {} · failed {}",
            now.tokens_in, now.tokens_out, now.retries, now.failed
        ));
        progress.advance("");
    }

    fn failed(&self, task_id: &str, samples: usize, error: &GenerateError) {
        let line = format!("{task_id}: {samples} sample(s) not obtained: {error}");
        let progress = self.progress();
        match &*progress {
            Progress::Quiet => eprintln!("{line}"),
            _ => progress.println(&line),
        }
    }
}
