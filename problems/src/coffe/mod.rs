//! `effgauge import coffe`: an effgauge suite from a copy of COFFE's
//! repository (JohnnyPeng18/Coffe, FSE'25), one problem per instance of its
//! function-level or file-level set.
//!
//! COFFE keys everything by the **prompt text**: `datasets/<set>/data.json`
//! is a list of instances, each with its `final_prompt`, and
//! `best_solutions.json` (`{prompt: [code, io]}`), `testcases.json`
//! (correctness tests) and `stressful_testcases.json` (stress tests) are
//! objects whose keys are those prompts. The importer walks `data.json` in
//! order and looks each prompt up in the other files; an instance is
//! reported by its index in `data.json`.
//!
//! **The function set.** COFFE runs `exec(best)` and calls
//! `globals["solution"](*args)`: its sanitiser renamed the entry point to
//! `solution`. The reference is the best solution unchanged, followed by one
//! line binding the instance's `entry_point` to `solution`, so it defines
//! the name the prompt asks for and its text (hence its cost) is COFFE's
//! plus one assignment. A correctness test's `input` is the JSON list of
//! positional arguments, a stress test's a Python expression that evaluates
//! to that list (`random` seeded with 1024 first, as COFFE's worker does);
//! `generator.py` holds both as data, `json.loads` the first and `eval`s the
//! second in the sandbox. COFFE's correctness tests become level 0 (weight
//! 0), its stress tests level 1 (weight 1). Expected outputs are the
//! reference's, computed in the sandbox (effgauge's rule), so stress tests
//! without outputs need nothing more and COFFE's stated outputs are not
//! used. Where the stated outputs hold floats, `checker.py` compares with
//! COFFE's tolerance (1e-6 absolute, 1e-7 relative). HumanEval instances
//! keep HumanEval's prompt as `prompt.py`; MBPP instances, whose prompt is
//! prose, get a stub with the signature COFFE asks for and the task as its
//! docstring.
//!
//! **The file set.** Each instance is a program reading stdin and writing
//! stdout (`protocol = "stdio"`, no entry point, `prompt.md` the statement,
//! `reference.py` the best program). Its stress tests are generator
//! sources defining `generate_input()`, run in the sandbox in fresh
//! globals after `random.seed(1024)`; the generator returns `[stdin]`.
//! COFFE compares the whole stdout with white space and brackets deleted;
//! the closest effgauge rule is `compare = "tokens"`.
//!
//! Files that a copy may lack degrade: without `testcases.json` (the file
//! set's is absent from COFFE's repository) there is no level 0 and the
//! stress level is the only one; the summary carries a note. Nothing runs
//! here: the importer checks shapes on the host and writes files;
//! `problems validate` then runs them in the sandbox. `dataset` reads the
//! files, `convert` checks one instance (`entries` its entries in the
//! keyed files), `files` writes its problem and `examples` maps COFFE's
//! model outputs to the imported problems.

mod convert;
mod dataset;
mod entries;
mod examples;
mod files;

pub use convert::{convert, Case, Converted};
pub use dataset::{read_set, Instance, SetData};
pub use examples::{read_examples, ExampleAnswer, Examples};
pub use files::files;

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// A COFFE file is at most 64 MiB, checked before it is read (COFFE's
/// largest, the file set's stress tests, is 1.9 MiB).
pub const MAX_COFFE_FILE_BYTES: u64 = 64 << 20;

/// The seed COFFE's worker gives the module-level `random` before it
/// evaluates a stress test.
pub const COFFE_SEED: u64 = 1024;

/// Which of COFFE's two sets to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    /// `datasets/function`: HumanEval and MBPP functions.
    Function,
    /// `datasets/file`: APPS and Code Contests programs on stdin/stdout.
    File,
}

impl Set {
    /// The set's folder name under `datasets/` and `examples/`.
    pub fn name(self) -> &'static str {
        match self {
            Set::Function => "function",
            Set::File => "file",
        }
    }
}

/// The one error type of the importer: a whole file that cannot be used
/// (it stops the import), or one bad instance (`FILE: index N: field:
/// what is wrong`, reported and skipped).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CoffeError {
    #[error("{}: {message}", path.display())]
    File { path: PathBuf, message: String },
    #[error("{}: index {index}: {field}: {message}", path.display())]
    Instance {
        path: PathBuf,
        /// The instance's index in `data.json`.
        index: usize,
        field: String,
        message: String,
    },
}

impl CoffeError {
    pub(crate) fn file(path: &Path, message: impl fmt::Display) -> Self {
        CoffeError::File {
            path: path.to_path_buf(),
            message: message.to_string(),
        }
    }

    pub(crate) fn instance(
        path: &Path,
        index: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        CoffeError::Instance {
            path: path.to_path_buf(),
            index,
            field: field.into(),
            message: message.into(),
        }
    }

    /// The instance's index, for a per-instance error.
    pub fn index(&self) -> Option<usize> {
        match self {
            CoffeError::Instance { index, .. } => Some(*index),
            CoffeError::File { .. } => None,
        }
    }
}

/// The outcome of an import.
#[derive(Debug, Default)]
pub struct ImportSummary {
    /// The problems written, in `data.json`'s order.
    pub imported: Vec<Converted>,
    /// The instances reported and skipped, in index order.
    pub skipped: Vec<CoffeError>,
    /// What the copy lacked and how the import degraded.
    pub notes: Vec<String>,
    /// Every prompt of the set's `data.json` (to tell model outputs for a
    /// skipped instance from outputs for no instance at all).
    pub prompts: Vec<String>,
}

/// Reads `datasets/<set>/` under `dir`, converts its instances and writes one
/// problem folder per convertible instance under `out`, plus `suite.toml`
/// marking the suite as imported. `out` must not exist or be empty.
pub fn import(dir: &Path, out: &Path, set: Set) -> Result<ImportSummary, CoffeError> {
    let data = read_set(dir, set)?;
    let folder_error = |(path, message): (PathBuf, String)| CoffeError::file(&path, message);
    crate::format::suite::check_import_folder(out).map_err(folder_error)?;
    let mut summary = ImportSummary {
        notes: data.notes.clone(),
        prompts: data.instances.iter().map(|i| i.prompt.clone()).collect(),
        ..ImportSummary::default()
    };
    let mut skipped = data.errors.clone();
    let mut seen = HashSet::new();
    for instance in &data.instances {
        match convert(&data, instance) {
            Ok(c) if !seen.insert(c.id.clone()) => skipped.push(CoffeError::instance(
                &data.data_path,
                instance.index,
                "task_id",
                format!("gives the id `{}` of an earlier instance", c.id),
            )),
            Ok(c) => summary.imported.push(c),
            Err(e) => skipped.push(e),
        }
    }
    skipped.sort_by_key(|e| e.index());
    summary.skipped = skipped;
    crate::format::suite::write_imported_suite(
        out,
        "coffe",
        &format!("datasets/{}", set.name()),
        summary
            .imported
            .iter()
            .map(|c| (c.id.as_str(), files(set, c))),
    )
    .map_err(folder_error)?;
    Ok(summary)
}

#[cfg(test)]
mod tests;
