//! The language a candidate is written in, and what it changes: which
//! source is the reference, how the cases are prepared, and how a
//! candidate becomes a program.
//!
//! A run scores one language. Python candidates run on the CPython-WASI
//! runtime against the Python reference; C++ candidates are compiled to
//! wasm32-wasi and run against the problem's C++ reference ([`crate::cpp`]),
//! on the same cases.

use crate::cpp::{compile_candidate, prepare_cpp};
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
}

impl Language {
    /// `python` or `cpp`, as in sample files and results.
    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Cpp => "cpp",
        }
    }

    /// Whether `problem` can be scored in this language.
    pub fn supports(self, problem: &Problem) -> bool {
        match self {
            Language::Python => true,
            Language::Cpp => problem.cpp.is_some(),
        }
    }

    /// The problem's reference in this language.
    pub fn reference(self, problem: &Problem) -> Option<&str> {
        match self {
            Language::Python => Some(&problem.reference),
            Language::Cpp => problem.cpp.as_ref().map(|t| t.reference.as_str()),
        }
    }

    /// The prompt a model answers in this language.
    pub fn prompt(self, problem: &Problem) -> Option<String> {
        match self {
            Language::Python => Some(problem.prompt.clone()),
            Language::Cpp => problem
                .cpp
                .as_ref()
                .map(|t| crate::cpp::cpp_prompt(&problem.prompt, t)),
        }
    }

    /// The problem's cases as this language measures them: the prepared
    /// cases (through the cache), and for C++ the C++ reference's costs
    /// and answers on them.
    pub fn prepare(
        self,
        engine: &SandboxEngine,
        problem: &Problem,
        salt: Option<&Salt>,
    ) -> Result<Prepared, ProblemsError> {
        let prepared = prepare(engine, problem, salt)?;
        match self {
            Language::Python => Ok(prepared),
            Language::Cpp => prepare_cpp(engine, problem, &prepared),
        }
    }

    /// What runs `source`: `Ok(None)` for Python (the runtime runs the
    /// text), the compiled module for C++, or `Err` with the compile error
    /// (short, without host paths) and nothing to run.
    pub fn program(
        self,
        problem: &Problem,
        source: &str,
    ) -> Result<Result<Option<Program>, String>, ProblemsError> {
        match self {
            Language::Python => Ok(Ok(None)),
            Language::Cpp => Ok(compile_candidate(problem, source)?.map(Some)),
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
            other => Err(format!("unknown language '{other}' (python or cpp)")),
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
