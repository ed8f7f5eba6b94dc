//! What the sandbox tests of compiled candidates share: the engine, and a
//! source compiled into a program for a signature.
#![allow(dead_code)]

use effgauge_cc::{Built, Compiler, Dialect, Signature};
use effgauge_sandboxes::{Runtime, SandboxEngine, WasmProgram};
use std::sync::{Arc, OnceLock};

/// One engine per test binary.
pub fn engine() -> &'static SandboxEngine {
    static ENGINE: OnceLock<SandboxEngine> = OnceLock::new();
    ENGINE
        .get_or_init(|| SandboxEngine::new(Runtime::locate(None).expect("runtime built")).unwrap())
}

/// `source` compiled by `compiler` into a program for `signature`, or the
/// compile error.
pub fn program(
    compiler: &Compiler,
    source: &str,
    signature: &Signature,
    dialect: Dialect,
) -> Result<Arc<WasmProgram>, String> {
    match compiler.compile(source, signature, dialect).unwrap() {
        Built::Module(m) => Ok(Arc::new(m.program(signature))),
        Built::Rejected(why) => Err(why),
    }
}
