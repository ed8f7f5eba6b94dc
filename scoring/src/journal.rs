//! The journal: every finished sample is appended (one JSON line, flushed)
//! next to the results file as it completes, so a run that is interrupted
//! (Ctrl-C, kill -9, a lost machine) loses at most the samples in flight and
//! `--resume` picks up where it stopped. Its first line fingerprints the
//! configuration; resuming under another configuration is refused.

use crate::SampleOutcome;
use crate::ScoringError;
use effgauge_reports::schema::HarnessInfo;
use effgauge_sandboxes::WASMTIME_VERSION;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

/// The journal's format: 2 since outcomes carry the metrics crate's
/// verdict. Part of the fingerprint, so a journal of another format is
/// refused rather than misread.
const JOURNAL_VERSION: u32 = 2;

/// What is executed once: a task and a distinct source (or the reference).
pub type UnitKey = (String, String);

#[derive(Serialize, Deserialize)]
struct Header {
    effgauge_journal: u32,
    fingerprint: String,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    task_id: String,
    source_sha256: String,
    outcome: SampleOutcome,
}

pub struct Journal {
    file: File,
    path: PathBuf,
}

/// The fingerprint of a run's configuration: a hash of the results file's
/// `harness` block (which holds the salt's hash, never the salt) and the
/// wasmtime version.
pub fn fingerprint(harness: &HarnessInfo) -> String {
    let text =
        serde_json::to_string(&(harness, WASMTIME_VERSION, JOURNAL_VERSION)).expect("serializable");
    crate::samples::sha256_hex(&text)
}

/// The journal that goes with a results file.
pub fn path_for(out: &Path) -> PathBuf {
    let mut name = out
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".journal");
    out.with_file_name(name)
}

/// The longest journal line read back: an outcome is a few hundred bytes
/// (its error message is bounded by the sandbox), so a longer line is not
/// one this program wrote.
const MAX_LINE_BYTES: u64 = 1 << 20;

impl Journal {
    /// Opens the journal. With `resume`, returns what it already holds
    /// (a torn last line, from a kill mid-write, is dropped); without, starts
    /// it afresh.
    pub fn open(
        path: &Path,
        fingerprint: &str,
        resume: bool,
    ) -> Result<(Journal, HashMap<UnitKey, SampleOutcome>), ScoringError> {
        let io = |e: std::io::Error| ScoringError::io(path, e);
        let (done, valid_len) = if resume && path.exists() {
            read_back(path, fingerprint)?
        } else {
            (HashMap::new(), 0)
        };
        let file = if resume && valid_len > 0 {
            let file = OpenOptions::new().write(true).open(path).map_err(io)?;
            file.set_len(valid_len).map_err(io)?;
            OpenOptions::new().append(true).open(path).map_err(io)?
        } else {
            let mut file = File::create(path).map_err(io)?;
            let header = Header {
                effgauge_journal: JOURNAL_VERSION,
                fingerprint: fingerprint.to_owned(),
            };
            let line = serde_json::to_string(&header).expect("serializable");
            writeln!(file, "{line}").map_err(io)?;
            file.sync_data().map_err(io)?;
            file
        };
        Ok((
            Journal {
                file,
                path: path.to_owned(),
            },
            done,
        ))
    }

    pub fn append(&mut self, key: &UnitKey, outcome: &SampleOutcome) -> Result<(), ScoringError> {
        let entry = Entry {
            task_id: key.0.clone(),
            source_sha256: key.1.clone(),
            outcome: outcome.clone(),
        };
        let mut line = serde_json::to_vec(&entry).expect("serializable");
        line.push(b'\n');
        let io = |e| ScoringError::io(&self.path, e);
        self.file.write_all(&line).map_err(io)?;
        self.file.sync_data().map_err(io)
    }

    /// Where the journal is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The run finished and its results are written: the journal has done
    /// its job.
    pub fn remove(self) -> std::io::Result<()> {
        drop(self.file);
        std::fs::remove_file(&self.path)
    }
}

/// What a journal holds, and the length of its whole lines: the header
/// must match `fingerprint`; reading stops at a torn or unreadable line.
fn read_back(
    path: &Path,
    fingerprint: &str,
) -> Result<(HashMap<UnitKey, SampleOutcome>, u64), ScoringError> {
    let io = |e: std::io::Error| ScoringError::io(path, e);
    let mut reader = BufReader::new(File::open(path).map_err(io)?);
    let mut done = HashMap::new();
    let mut valid_len = 0u64;
    for number in 1.. {
        let mut line = Vec::new();
        let n = (&mut reader)
            .take(MAX_LINE_BYTES + 1)
            .read_until(b'\n', &mut line)
            .map_err(io)?;
        if n == 0 {
            break;
        }
        if line.pop() != Some(b'\n') {
            if n as u64 > MAX_LINE_BYTES {
                return Err(ScoringError::invalid(format!(
                    "{}:{number}: a line longer than {MAX_LINE_BYTES} bytes: not a journal effgauge wrote",
                    path.display()
                )));
            }
            break; // torn by a kill mid-write
        }
        if number == 1 {
            check_header(path, &line, fingerprint)?;
        } else {
            let Ok(entry) = serde_json::from_slice::<Entry>(&line) else {
                break;
            };
            done.insert((entry.task_id, entry.source_sha256), entry.outcome);
        }
        valid_len += n as u64;
    }
    Ok((done, valid_len))
}

fn check_header(path: &Path, line: &[u8], fingerprint: &str) -> Result<(), ScoringError> {
    let header: Header = serde_json::from_slice(line).map_err(|_| {
        ScoringError::invalid(format!("{}:1: not an effgauge journal", path.display()))
    })?;
    if header.fingerprint != fingerprint {
        return Err(ScoringError::invalid(format!(
            "{}: written under another configuration (meter, α, limits, source cap, seed, salt, suite or runtime differ); \
             delete it or run without --resume",
            path.display()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_covers_the_salt_hash() {
        let mut harness = HarnessInfo {
            effgauge_version: "0.1.0".into(),
            metering_version: effgauge_sandboxes::METERING_VERSION,
            cost_model: "cost-v1".into(),
            runtime: effgauge_reports::schema::RuntimeRef {
                name: "cpython-wasi".into(),
                version: "3.11.2".into(),
                sha256: "ab".repeat(32),
                stdlib_sha256: None,
            },
            wasmtime: WASMTIME_VERSION.into(),
            meter: "fuel".into(),
            alpha: 2.0,
            tie_margin: 0.03,
            tie_floor: 30000.0,
            profile: "effgauge".into(),
            verify_multiple: Some(8),
            weights: vec![0.0, 3.0, 3.0, 4.0],
            limit: "single".into(),
            max_source_bytes: Some(65_536),
            k: vec![1],
            seed: 0,
            inputs: Some(effgauge_reports::schema::Inputs::Public),
            salt_sha256: None,
            bootstrap_resamples: 10_000,
            suite_hash: "cd".repeat(32),
            problems: vec!["p".into()],
            language: effgauge_reports::schema::Language::Python,
            toolchain: None,
        };
        let plain = fingerprint(&harness);
        harness.inputs = Some(effgauge_reports::schema::Inputs::HeldOut);
        assert_ne!(fingerprint(&harness), plain);
        harness.salt_sha256 = Some("ab".repeat(32));
        let salted = fingerprint(&harness);
        assert_ne!(plain, salted);
        harness.salt_sha256 = Some("cd".repeat(32));
        assert_ne!(fingerprint(&harness), salted);
        // The source cap too: a journal of samples judged under one cap is
        // not resumed under another.
        let capped = fingerprint(&harness);
        harness.max_source_bytes = Some(1_000);
        assert_ne!(fingerprint(&harness), capped);
    }
}
