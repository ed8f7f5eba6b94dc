//! Compiling a C or C++ source for a problem's signature, once per process and
//! toolchain (the module cache keeps it across runs).

use crate::{ProblemsError, Program};
use effgauge_cc::{Built, Compiler, Dialect, Signature, Toolchain};
use std::sync::{Arc, OnceLock};

/// The process's compiler: the located toolchain and the machine's module
/// cache. An error says how to install the toolchain.
pub fn compiler() -> Result<&'static Compiler, ProblemsError> {
    static COMPILER: OnceLock<Result<Compiler, String>> = OnceLock::new();
    COMPILER
        .get_or_init(|| {
            Toolchain::locate()
                .map(|t| Compiler::new(t, Some(Compiler::default_cache())))
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| ProblemsError::Toolchain(e.clone()))
}

/// The identity of everything besides a source that decides a compiled
/// program's figures ([`effgauge_cc::rules_identity`]); `None` without a
/// toolchain.
pub fn rules_identity() -> Option<String> {
    compiler()
        .ok()
        .map(|c| effgauge_cc::rules_identity(&c.toolchain))
}

/// Compiles `source`, in `dialect`, for `signature` (`None`: a whole
/// stdin/stdout program): the program, or its compile error (or the gate's
/// refusal), short and without host paths.
pub fn compile(
    source: &str,
    signature: Option<&Signature>,
    dialect: Dialect,
) -> Result<Result<Program, String>, ProblemsError> {
    let compiler = compiler()?;
    let built = match signature {
        Some(signature) => compiler.compile(source, signature, dialect),
        None => compiler.compile_program(source, dialect),
    }
    .map_err(|e| ProblemsError::Toolchain(e.to_string()))?;
    Ok(match built {
        Built::Module(module) => Ok(Program {
            module: Arc::new(match signature {
                Some(signature) => module.program(signature),
                None => module.stdio_program(),
            }),
            warnings: module.warnings,
        }),
        Built::Rejected(why) => Err(why),
    })
}
