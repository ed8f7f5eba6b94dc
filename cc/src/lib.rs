//! # effgauge-cc: untrusted C and C++ compiled to wasm32-wasi
//!
//! effgauge scores C++ and C candidates in the same sandbox and under the
//! same deterministic fuel as Python ones: a candidate's function is
//! compiled with effgauge's glue into a WASI command module, and every test
//! case runs that module in a fresh instance (`effgauge_sandboxes::program`).
//! This crate is everything before the sandbox:
//!
//! - **The toolchain** ([`Toolchain`]): Debian 12's clang 19 with wasi-libc
//!   and libc++ for wasm32, at a fixed place, installed by `cc/setup.sh`.
//!   Its identity (package versions and a hash of the sysroot) is part of
//!   every module's key and of results.
//! - **The signature** ([`Signature`]): a problem declares its entry point
//!   once, in the annotated `def` of its `prompt.py`; the C++ declaration,
//!   the glue and the binary argument format ([`codec`]) all follow from it.
//! - **Compiling safely** ([`Compiler`]): a lexical gate first (only
//!   `#include <header>`; no quoted, absolute or `..` includes, `#embed` or
//!   `__has_include`), then clang in a jail ([`jail`]): an empty folder, no
//!   environment, Landlock so that it reads only the toolchain, resource
//!   limits and a deadline. Compile-time work is bounded by the flags
//!   ([`FLAGS`]): no fuel meters it. Errors are a few lines with no host
//!   path. Modules are cached by toolchain, flags, signature and source.
//! - **Private definitions** ([`symbols`]): before the link, every name the
//!   candidate's object defines is made local to it but the one the glue
//!   calls, so it can never stand in for the glue's or the libraries' code.
//! - **Two dialects** ([`Dialect`]): C++17, and C17 with LeetCode's
//!   calling convention (lists as a pointer and a length, results through
//!   `returnSize`), whose adapter lives in the glue's own unit ([`c_abi`]).

pub mod c_abi;
mod cache;
pub mod codec;
mod compile;
mod diagnostics;
mod dialect;
mod error;
mod gate;
pub mod glue;
pub mod jail;
pub mod object;
mod signature;
pub mod symbols;
mod toolchain;

pub use compile::{rules_identity, Built, Compiler, Module, FLAGS, MAX_MODULE_BYTES};
pub use dialect::Dialect;
pub use error::CcError;
pub use gate::MAX_SOURCE_BYTES;
pub use signature::{Signature, Type};
pub use toolchain::{Toolchain, PACKAGES};
