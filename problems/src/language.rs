//! The language a candidate is written in, and what it changes: which
//! source is the reference, how the cases are prepared, and how a
//! candidate becomes a program.
//!
//! A run scores one language. Python candidates run on the CPython-WASI
//! runtime against the Python reference; C++ and C candidates are compiled
//! to wasm32-wasi and run against the reference of the problem's track in
//! their language ([`crate::native`]), on the same cases.

use crate::native::{compile_candidate, prepare_native, Dialect};
use crate::{prepare, Prepared, Problem, ProblemsError, Salt};
use effgauge_sandboxes::{SandboxEngine, WasmProgram};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A candidate's language.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Python,
    Cpp,
    C,
}

impl Language {
    /// Every language, in the order messages list them.
    pub const ALL: [Language; 3] = [Language::Python, Language::Cpp, Language::C];

    /// `python`, `cpp` or `c`, as in sample files and results.
    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Cpp => "cpp",
            Language::C => "c",
        }
    }

    /// The compiled language this is, if it is one.
    pub fn dialect(self) -> Option<Dialect> {
        match self {
            Language::Python => None,
            Language::Cpp => Some(Dialect::Cpp),
            Language::C => Some(Dialect::C),
        }
    }

    /// Whether `problem` can be scored in this language.
    pub fn supports(self, problem: &Problem) -> bool {
        match self.dialect() {
            None => true,
            Some(dialect) => problem.native(dialect).is_some(),
        }
    }

    /// The problem's reference in this language.
    pub fn reference(self, problem: &Problem) -> Option<&str> {
        match self.dialect() {
            None => Some(&problem.reference),
            Some(dialect) => problem.native(dialect).map(|t| t.reference.as_str()),
        }
    }

    /// The prompt a model answers in this language.
    pub fn prompt(self, problem: &Problem) -> Option<String> {
        match self.dialect() {
            None => Some(problem.prompt.clone()),
            Some(dialect) => problem
                .native(dialect)
                .map(|t| crate::native::native_prompt(&problem.prompt, t)),
        }
    }

    /// The problem's cases as this language measures them: the prepared
    /// cases (through the cache), and for C++ or C the track's reference's
    /// costs and answers on them.
    pub fn prepare(
        self,
        engine: &SandboxEngine,
        problem: &Problem,
        salt: Option<&Salt>,
    ) -> Result<Prepared, ProblemsError> {
        let prepared = prepare(engine, problem, salt)?;
        match self.dialect() {
            None => Ok(prepared),
            Some(dialect) => prepare_native(engine, problem, &prepared, dialect),
        }
    }

    /// What runs `source`: `Ok(None)` for Python (the runtime runs the
    /// text), the compiled module for C++ or C, or `Err` with the compile error
    /// (short, without host paths) and nothing to run.
    pub fn program(
        self,
        problem: &Problem,
        source: &str,
    ) -> Result<Result<Option<Program>, String>, ProblemsError> {
        match self.dialect() {
            None => Ok(Ok(None)),
            Some(dialect) => Ok(compile_candidate(problem, source, dialect)?.map(Some)),
        }
    }
}

/// A compiled candidate.
#[derive(Debug, Clone)]
pub struct Program {
    pub module: Arc<WasmProgram>,
    /// Legal but suspicious constructs (`long` is 32-bit in wasm32).
    pub warnings: Vec<String>,
}

impl std::str::FromStr for Language {
    type Err = String;
    fn from_str(s: &str) -> Result<Language, String> {
        match s {
            "python" | "py" => Ok(Language::Python),
            "cpp" | "c++" => Ok(Language::Cpp),
            "c" => Ok(Language::C),
            other => Err(format!("unknown language '{other}' (python, cpp or c)")),
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
