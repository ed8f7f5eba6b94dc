//! What the sandbox tests of compiled candidates share: the engine, the
//! codec a program's cases go through, and a source compiled into a
//! program for a signature.
#![allow(dead_code)]

use effgauge_cc::{codec, Built, Compiler, Dialect, Signature};
use effgauge_sandboxes::{ProgramCodec, PyValue, Runtime, SandboxEngine, WasmProgram};
use std::sync::{Arc, OnceLock};

/// Arguments and results in the glue's format, by the signature.
pub struct Codec(pub Signature);

impl ProgramCodec for Codec {
    fn encode_args(&self, args: &[PyValue]) -> Result<Vec<u8>, String> {
        codec::encode_args(&self.0, args)
    }
    fn decode_result(&self, bytes: &[u8]) -> Result<PyValue, String> {
        codec::decode_all(&self.0.returns, bytes)
    }
}

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
        Built::Module(m) => Ok(Arc::new(WasmProgram {
            wasm: m.wasm,
            key: m.key,
            codec: Arc::new(Codec(signature.clone())),
            load_fuel: effgauge_cc::object::own_data_fuel(m.own_data_bytes),
        })),
        Built::Rejected(why) => Err(why),
    }
}
