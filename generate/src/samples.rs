//! The samples file: evalplus-style JSON lines that `effgauge score` reads
//! as they are (`task_id`, `model`, `solution`), with what generation knows
//! besides: the sample's index, the raw answer, the finish reason, how the
//! code was found, the request's token usage and the [`Settings`].
//!
//! Each sample is appended as one `write` of one line and synced before the
//! next, so a crash or kill loses at most the samples whose answers had not
//! arrived. Opening an existing file resumes it: its (task, index) pairs
//! are skipped, a line torn by a kill mid-write is cut off, and a file made
//! with other settings, for another model name, or by something else is
//! refused rather than mixed.

use crate::api::Usage;
use crate::extract::Found;
use crate::limits::MAX_SAMPLE_LINE_BYTES;
use crate::{GenerateError, Language, Settings};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

/// One line of the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SampleLine {
    pub task_id: String,
    /// The name `score` reports the samples under.
    pub model: String,
    /// The program's language as `score` reads it: absent for Python (so
    /// Python files are as they always were), `cpp` for C++.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// The whole program `score` runs.
    pub solution: String,
    /// 0-based; a task's samples are 0..n.
    pub sample_index: u32,
    /// The model's answer as the server sent it.
    pub raw_completion: String,
    pub finish_reason: Option<String>,
    pub extraction: Found,
    /// The usage of the request this sample came from, which
    /// `request_samples` samples share (when the server reported it).
    pub usage: Option<Usage>,
    pub request_samples: u32,
    pub generation: Settings,
}

/// A task's sample, as a key.
pub type SampleKey = (String, u32);

/// A samples file open for appending.
#[derive(Debug)]
pub struct SamplesFile {
    file: File,
    path: PathBuf,
}

/// What opening found.
#[derive(Debug)]
pub struct Opened {
    pub file: SamplesFile,
    /// The samples already in the file.
    pub present: HashSet<SampleKey>,
    /// Bytes of a torn last line that were cut off.
    pub torn_bytes: usize,
}

/// The fields of an existing line that resuming checks.
#[derive(Deserialize)]
struct Existing {
    task_id: String,
    sample_index: u32,
    model: String,
    generation: Option<Value>,
}

impl SamplesFile {
    /// Opens (or creates) `path` for samples of `model` made with `settings`.
    /// An existing file is read line by line, each line at most
    /// [`MAX_SAMPLE_LINE_BYTES`], never the whole file at once.
    pub fn open(path: &Path, settings: &Settings, model: &str) -> Result<Opened, GenerateError> {
        let io = |source| GenerateError::Io {
            path: path.to_owned(),
            source,
        };
        let existed = path.exists();
        let (present, whole, size) = if existed {
            read_present(path, settings, model)?
        } else {
            (HashSet::new(), 0, 0)
        };
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(io)?;
        if whole < size {
            file.set_len(whole).map_err(io)?;
            file.sync_all().map_err(io)?;
        }
        if !existed {
            sync_parent(path).map_err(io)?;
        }
        Ok(Opened {
            file: SamplesFile {
                file,
                path: path.to_owned(),
            },
            present,
            torn_bytes: (size - whole) as usize,
        })
    }

    /// Appends one sample and syncs it to disk.
    pub fn append(&mut self, line: &SampleLine) -> Result<(), GenerateError> {
        let mut text = serde_json::to_vec(line).expect("a sample serializes");
        text.push(b'\n');
        self.file
            .write_all(&text)
            .and_then(|()| self.file.sync_data())
            .map_err(|source| GenerateError::Io {
                path: self.path.clone(),
                source,
            })
    }
}

/// The (task, index) pairs of the complete lines, each checked to be a
/// sample of this run's kind; the length of the complete lines (a torn last
/// line, from a kill mid-write, follows them) and the file's length.
fn read_present(
    path: &Path,
    settings: &Settings,
    model: &str,
) -> Result<(HashSet<SampleKey>, u64, u64), GenerateError> {
    let io = |source| GenerateError::Io {
        path: path.to_owned(),
        source,
    };
    let expected = serde_json::to_value(settings).expect("settings serialize");
    let mut present = HashSet::new();
    let mut reader = BufReader::new(File::open(path).map_err(io)?);
    let (mut whole, mut line) = (0u64, Vec::new());
    for number in 1.. {
        line.clear();
        let read = (&mut reader)
            .take(MAX_SAMPLE_LINE_BYTES + 1)
            .read_until(b'\n', &mut line)
            .map_err(io)?;
        if read == 0 {
            break;
        }
        if line.last() != Some(&b'\n') {
            if read as u64 > MAX_SAMPLE_LINE_BYTES {
                return Err(GenerateError::SamplesFile {
                    path: path.to_owned(),
                    line: number,
                    message: format!(
                        "longer than the {MAX_SAMPLE_LINE_BYTES} bytes a line may have; \
                         refusing to append to it: choose another --out"
                    ),
                });
            }
            // A torn last line: everything after the last line break.
            let rest = std::io::copy(&mut reader, &mut std::io::sink()).map_err(io)?;
            return Ok((present, whole, whole + read as u64 + rest));
        }
        whole += read as u64;
        check_line(
            path,
            number,
            &line,
            &expected,
            settings,
            model,
            &mut present,
        )?;
    }
    Ok((present, whole, whole))
}

/// Checks one complete line and records its (task, index).
fn check_line(
    path: &Path,
    number: usize,
    line: &[u8],
    expected: &Value,
    settings: &Settings,
    model: &str,
    present: &mut HashSet<SampleKey>,
) -> Result<(), GenerateError> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    // The file's values are quoted in the message: at most 1 000
    // characters of it, however long a line says they are.
    let refuse = |message: String| GenerateError::SamplesFile {
        path: path.to_owned(),
        line: number,
        message: match message.char_indices().nth(1000) {
            Some((end, _)) => format!("{}…", &message[..end]),
            None => message,
        },
    };
    let existing: Existing = serde_json::from_slice(line).map_err(|e| {
        refuse(format!(
            "not a sample written by effgauge generate ({e}); refusing to append to it: choose another --out"
        ))
    })?;
    let generation = existing.generation.ok_or_else(|| {
        refuse("a sample without `generation` settings, not written by effgauge generate; refusing to append to it: choose another --out".into())
    })?;
    if generation != *expected {
        return Err(refuse(format!(
            "made with other settings ({}); rerun with the file's settings to resume it, or choose another --out",
            describe_differences(settings, generation)
        )));
    }
    if existing.model != model {
        return Err(refuse(format!(
            "samples of model '{}', this run writes '{model}'; choose another --out",
            existing.model
        )));
    }
    present.insert((existing.task_id, existing.sample_index));
    Ok(())
}

fn describe_differences(settings: &Settings, found: Value) -> String {
    match serde_json::from_value::<Settings>(found) {
        Ok(file) => settings.differences(&file).join("; "),
        Err(_) => "its `generation` block is of another effgauge version".into(),
    }
}

/// Makes a new file's directory entry durable, so a synced sample is not
/// lost with the name that leads to it.
fn sync_parent(path: &Path) -> std::io::Result<()> {
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) => File::open(dir)?.sync_all(),
        None => File::open(".")?.sync_all(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sha256_hex, Mode};

    fn settings(temperature: f64) -> Settings {
        Settings {
            api_model: "m".into(),
            mode: Mode::Chat,
            language: Language::Python,
            temperature,
            top_p: None,
            max_tokens: Some(64),
            seed: None,
            system_sha256: None,
            template_sha256: sha256_hex("t"),
            stop: vec![],
        }
    }

    fn line(task: &str, index: u32) -> SampleLine {
        SampleLine {
            task_id: task.into(),
            model: "m".into(),
            language: None,
            solution: "def f():\n    return 1\n".into(),
            sample_index: index,
            raw_completion: "```python\ndef f():\n    return 1\n```".into(),
            finish_reason: Some("stop".into()),
            extraction: Found::FencedBlock,
            usage: None,
            request_samples: 1,
            generation: settings(0.5),
        }
    }

    #[test]
    fn a_reopened_file_knows_its_samples_and_loses_a_torn_last_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.jsonl");
        let mut opened = SamplesFile::open(&path, &settings(0.5), "m").unwrap();
        assert!(opened.present.is_empty());
        opened.file.append(&line("a", 0)).unwrap();
        opened.file.append(&line("b", 1)).unwrap();
        drop(opened);
        let mut bytes = std::fs::read(&path).unwrap();
        let whole = bytes.len();
        bytes.extend_from_slice(b"{\"task_id\": \"a\", \"sam");
        std::fs::write(&path, &bytes).unwrap();
        let opened = SamplesFile::open(&path, &settings(0.5), "m").unwrap();
        let expected: HashSet<SampleKey> = [("a".into(), 0), ("b".into(), 1)].into();
        assert_eq!(opened.present, expected);
        assert_eq!(opened.torn_bytes, bytes.len() - whole);
        assert_eq!(std::fs::metadata(&path).unwrap().len(), whole as u64);
    }

    #[test]
    fn a_line_over_its_bound_is_refused_without_reading_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.jsonl");
        let mut opened = SamplesFile::open(&path, &settings(0.5), "m").unwrap();
        opened.file.append(&line("a", 0)).unwrap();
        drop(opened);
        // Then 2 GiB without a line break (sparse: nothing is written).
        let file = OpenOptions::new().write(true).open(&path).unwrap();
        let len = file.metadata().unwrap().len();
        file.set_len(len + (2 << 30)).unwrap();
        drop(file);
        let message = SamplesFile::open(&path, &settings(0.5), "m")
            .unwrap_err()
            .to_string();
        assert_eq!(
            message,
            format!(
                "{}:2: longer than the 16777216 bytes a line may have; refusing to append to it: \
                 choose another --out",
                path.display()
            )
        );
    }

    #[test]
    fn python_lines_carry_no_language_and_a_cpp_file_resumes_only_in_cpp() {
        let text = serde_json::to_string(&line("a", 0)).unwrap();
        assert!(!text.contains("language"), "{text}");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.jsonl");
        let mut cpp = settings(0.5);
        cpp.language = Language::Cpp;
        let mut opened = SamplesFile::open(&path, &cpp, "m").unwrap();
        opened
            .file
            .append(&SampleLine {
                language: Some(Language::Cpp),
                solution: "long long f() { return 1; }\n".into(),
                generation: cpp.clone(),
                ..line("a", 0)
            })
            .unwrap();
        drop(opened);
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(
            written.starts_with(r#"{"task_id":"a","model":"m","language":"cpp","solution":"#),
            "{written}"
        );
        assert_eq!(
            SamplesFile::open(&path, &cpp, "m").unwrap().present.len(),
            1
        );
        let message = SamplesFile::open(&path, &settings(0.5), "m")
            .unwrap_err()
            .to_string();
        assert!(
            message.contains(
                r#"made with other settings (language: file has "cpp", this run "python")"#
            ),
            "{message}"
        );
    }

    #[test]
    fn a_file_of_other_settings_another_model_or_another_writer_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.jsonl");
        let mut opened = SamplesFile::open(&path, &settings(0.5), "m").unwrap();
        opened.file.append(&line("a", 0)).unwrap();
        drop(opened);
        let message = SamplesFile::open(&path, &settings(0.9), "m")
            .unwrap_err()
            .to_string();
        assert!(
            message.contains(
                "s.jsonl:1: made with other settings (temperature: file has 0.5, this run 0.9)"
            ),
            "{message}"
        );
        let message = SamplesFile::open(&path, &settings(0.5), "other")
            .unwrap_err()
            .to_string();
        assert!(message.contains("samples of model 'm'"), "{message}");
        let evalplus = dir.path().join("e.jsonl");
        std::fs::write(&evalplus, "{\"task_id\": \"a\", \"solution\": \"x\"}\n").unwrap();
        let message = SamplesFile::open(&evalplus, &settings(0.5), "m")
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("e.jsonl:1: not a sample written by effgauge generate"),
            "{message}"
        );
    }
}
