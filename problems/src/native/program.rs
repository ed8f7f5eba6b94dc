//! Compiling a C or C++ source for a problem's signature, once per process and
//! toolchain (the module cache keeps it across runs), and the codec that
//! passes a case's arguments to the program and reads its result.

use crate::{ProblemsError, Program};
use effgauge_cc::{codec, Built, Compiler, Dialect, Signature, Toolchain};
use effgauge_sandboxes::{ProgramCodec, PyValue, WasmProgram};
use std::sync::{Arc, OnceLock};

/// Arguments and results in the glue's binary format, by the signature.
pub struct GlueCodec(pub Signature);

impl ProgramCodec for GlueCodec {
    fn encode_args(&self, args: &[PyValue]) -> Result<Vec<u8>, String> {
        codec::encode_args(&self.0, args)
    }
    fn decode_result(&self, bytes: &[u8]) -> Result<PyValue, String> {
        codec::decode_all(&self.0.returns, bytes)
    }
}

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

/// Compiles `source`, in `dialect`, for `signature`: the program, or its
/// compile error (or the gate's refusal), short and without host paths.
pub fn compile(
    source: &str,
    signature: &Signature,
    dialect: Dialect,
) -> Result<Result<Program, String>, ProblemsError> {
    let built = compiler()?
        .compile(source, signature, dialect)
        .map_err(|e| ProblemsError::Toolchain(e.to_string()))?;
    Ok(match built {
        Built::Module(module) => Ok(Program {
            module: Arc::new(WasmProgram {
                wasm: module.wasm,
                key: module.key,
                codec: Arc::new(GlueCodec(signature.clone())),
                load_fuel: effgauge_cc::object::own_data_fuel(module.own_data_bytes),
            }),
            warnings: module.warnings,
        }),
        Built::Rejected(why) => Err(why),
    })
}
