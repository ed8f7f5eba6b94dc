//! One compile: the gate, then clang in its jail, then the module cache.
//! Modules are cached on disk by the toolchain's identity, the flags, the
//! signature and the source, so each distinct program compiles once per
//! machine; a candidate's compile error is cached too.

use crate::diagnostics::short_diagnostics;
use crate::gate;
use crate::glue;
use crate::jail::{self, JailLimits};
use crate::object::{self, Inspected};
use crate::signature::Signature;
use crate::toolchain::{Toolchain, HEADERS};
use crate::{CcError, Dialect};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// The compiler's flags, fixed (part of every module's key).
/// - `-fconstexpr-steps` and `-ftemplate-depth` bound work done at compile
///   time, which no fuel meters: a table built by `constexpr` code must
///   stay small. Both far below clang's defaults, far above what a solution
///   needs.
/// - No exceptions: Debian's libc++abi for wasm32 has none.
/// - An 8 MiB stack in linear memory, as natively.
pub const FLAGS: [&str; 18] = [
    "--target=wasm32-wasi",
    "--sysroot=/usr",
    "-std=c++17",
    "-O2",
    "-fno-exceptions",
    "-fconstexpr-steps=262144",
    "-fconstexpr-depth=256",
    "-ftemplate-depth=256",
    "-fbracket-depth=256",
    "-ferror-limit=5",
    "-fno-color-diagnostics",
    "-fmessage-length=0",
    // No reproducer files (and their paths) when the compiler crashes.
    "-fno-crash-diagnostics",
    "-w",
    "-Iinclude",
    "-Wl,-z,stack-size=8388608",
    // The stack below the data: an overflow traps instead of overwriting it.
    "-Wl,--stack-first",
    "-Wl,--strip-all",
];

/// The names a whole program's `main` has in an object: wasi-libc's
/// start-up calls `__main_void`, which calls `__main_argc_argv` (clang's
/// name for `main(int, char **)`), or `main` itself.
const PROGRAM_ENTRIES: [&str; 3] = ["main", "__main_void", "__main_argc_argv"];

/// How objects become a program, beyond the flags: part of every key, so
/// that a change here compiles every program again.
const LINK_RECIPE: &str = "the candidate's definitions made private (symbols v1)";

/// A compiled program.
#[derive(Debug, Clone)]
pub struct Module {
    pub wasm: Arc<Vec<u8>>,
    /// SHA-256 of the module's key (toolchain, flags, signature, source).
    pub key: String,
    pub warnings: Vec<String>,
    /// The candidate's own initialised data ([`crate::object`]).
    pub own_data_bytes: u64,
    pub from_cache: bool,
    /// Time in the compiler (zero from the cache).
    pub compile_time: Duration,
}

impl Module {
    /// The program the sandbox runs: this module, its cases passed in the
    /// glue's format for `signature`, its own data charged when it loads.
    pub fn program(&self, signature: &Signature) -> effgauge_sandboxes::WasmProgram {
        self.with_codec(Arc::new(crate::codec::GlueCodec(signature.clone())))
    }

    /// A whole program ([`Compiler::compile_program`]) as the sandbox runs
    /// it: the case is its standard input, its standard output the answer.
    pub fn stdio_program(&self) -> effgauge_sandboxes::WasmProgram {
        self.with_codec(Arc::new(crate::codec::StdioCodec))
    }

    fn with_codec(
        &self,
        codec: Arc<dyn effgauge_sandboxes::ProgramCodec>,
    ) -> effgauge_sandboxes::WasmProgram {
        effgauge_sandboxes::WasmProgram {
            wasm: Arc::clone(&self.wasm),
            key: self.key.clone(),
            codec,
            load_fuel: object::own_data_fuel(self.own_data_bytes),
        }
    }
}

/// The largest module kept: a normal program is a few hundred KiB; a
/// huge initialised array would fill the cache and the host's memory.
pub const MAX_MODULE_BYTES: u64 = 8 << 20;

/// Why a build stopped, and whether that is worth remembering.
struct Refused {
    why: String,
    cacheable: bool,
}

impl Refused {
    /// The candidate's fault, the same on every machine.
    fn final_(why: String) -> Refused {
        Refused {
            why,
            cacheable: true,
        }
    }
}

fn read(dir: &Path, name: &str) -> Result<Vec<u8>, CcError> {
    std::fs::read(dir.join(name)).map_err(|source| CcError::Cache {
        path: name.into(),
        source,
    })
}

/// What compiling a candidate came to.
#[derive(Debug, Clone)]
pub enum Built {
    Module(Module),
    /// The candidate's fault: refused by the gate, a compile error, or the
    /// compiler's limits. A short message without host paths.
    Rejected(String),
}

/// Compiles candidates for one toolchain, caching modules under `cache`.
#[derive(Debug, Clone)]
pub struct Compiler {
    pub toolchain: Toolchain,
    pub(crate) cache: Option<PathBuf>,
    limits: JailLimits,
}

impl Compiler {
    pub fn new(toolchain: Toolchain, cache: Option<PathBuf>) -> Compiler {
        Compiler {
            toolchain,
            cache,
            limits: JailLimits::default(),
        }
    }

    /// The default cache folder under effgauge's cache root.
    pub fn default_cache() -> PathBuf {
        effgauge_sandboxes::cache_root().join("cc")
    }

    /// Compiles `source`, written in `dialect`, whose entry point has
    /// `signature`.
    pub fn compile(
        &self,
        source: &str,
        signature: &Signature,
        dialect: Dialect,
    ) -> Result<Built, CcError> {
        self.compile_shaped(source, Some(signature), dialect)
    }

    /// Compiles a whole program (its own `main`, reading stdin and writing
    /// stdout), with no glue: the stdin/stdout protocol. Its definitions
    /// are made private as a function's are, `main` aside.
    pub fn compile_program(&self, source: &str, dialect: Dialect) -> Result<Built, CcError> {
        self.compile_shaped(source, None, dialect)
    }

    /// A function (`Some(signature)`: linked with the glue) or a whole
    /// program (`None`).
    fn compile_shaped(
        &self,
        source: &str,
        signature: Option<&Signature>,
        dialect: Dialect,
    ) -> Result<Built, CcError> {
        let gated = match gate::check(source) {
            Ok(gated) => gated,
            Err(why) => return Ok(Built::Rejected(why)),
        };
        if let (Dialect::C, Some(signature)) = (dialect, signature) {
            if let Some(why) = crate::c_abi::unsupported(signature) {
                return Ok(Built::Rejected(why));
            }
        }
        let key = self.key(source, signature, dialect);
        if let Some(built) = self.cached(&key, &gated.warnings) {
            return Ok(built);
        }
        let work = tempfile::tempdir().map_err(|source| CcError::Cache {
            path: std::env::temp_dir().display().to_string(),
            source,
        })?;
        write_inputs(work.path(), source, signature, dialect)?;
        let started = std::time::Instant::now();
        let (built, cacheable) = match self.build(work.path(), signature, dialect)? {
            Ok((wasm, inspected)) => {
                let module = Module {
                    wasm: Arc::new(wasm),
                    key: key.clone(),
                    warnings: gated.warnings,
                    own_data_bytes: inspected.own_data_bytes,
                    from_cache: false,
                    compile_time: started.elapsed(),
                };
                (Built::Module(module), true)
            }
            Err(Refused { why, cacheable }) => (Built::Rejected(why), cacheable),
        };
        // A limit hit depends on the machine's load: compiled again next
        // time rather than remembered.
        if cacheable {
            self.store(&key, &built);
        }
        Ok(built)
    }

    /// The candidate's file alone, its object checked, then linked with the
    /// glue, the module checked.
    fn build(
        &self,
        dir: &Path,
        signature: Option<&Signature>,
        dialect: Dialect,
    ) -> Result<Result<(Vec<u8>, Inspected), Refused>, CcError> {
        let file = format!("solution.{}", dialect.extension());
        let compile = [&["-c", file.as_str(), "-o", "solution.o"][..]].concat();
        if let Err(refused) = self.clang(dir, dialect, &compile)? {
            return Ok(Err(refused));
        }
        let object = read(dir, "solution.o")?;
        let inspected = match object::inspect(&object) {
            Ok(inspected) => inspected,
            Err(why) => return Ok(Err(Refused::final_(why))),
        };
        // Only what the glue calls stays visible to the link (symbols.rs);
        // a whole program's `main` (wasi-libc's start-up calls it by one of
        // these names, by its parameters).
        let keep: Vec<&str> = match (signature, dialect) {
            (Some(signature), Dialect::C) => vec![signature.name.as_str()],
            (Some(_), Dialect::Cpp) => vec!["effgauge_call"],
            (None, _) => PROGRAM_ENTRIES.to_vec(),
        };
        match crate::symbols::privatize(&object, &keep) {
            Ok(private) => std::fs::write(dir.join("solution.o"), private).map_err(|source| {
                CcError::Cache {
                    path: "solution.o".into(),
                    source,
                }
            })?,
            Err(why) => return Ok(Err(Refused::final_(why))),
        }
        let link: &[&str] = match signature {
            Some(signature) => {
                if let Err(refused) = self.glue_object(dir, signature, dialect)? {
                    return Ok(Err(refused));
                }
                &["solution.o", "glue.o", "-o", "program.wasm"]
            }
            None => &["solution.o", "-o", "program.wasm"],
        };
        if let Err(refused) = self.clang(dir, Dialect::Cpp, link)? {
            return Ok(Err(refused));
        }
        let wasm = read(dir, "program.wasm")?;
        if wasm.len() as u64 > MAX_MODULE_BYTES {
            return Ok(Err(Refused::final_(format!(
                "the program compiles to {} MiB of WebAssembly, more than the {} MiB allowed",
                wasm.len() >> 20,
                MAX_MODULE_BYTES >> 20
            ))));
        }
        if let Err(why) = effgauge_sandboxes::check_program(&wasm) {
            return Ok(Err(Refused::final_(why)));
        }
        Ok(Ok((wasm, inspected)))
    }

    /// `glue.o` in `dir`: the glue's translation unit compiled once per
    /// signature and toolchain (kept in the cache), since every program of
    /// a problem shares it.
    fn glue_object(
        &self,
        dir: &Path,
        signature: &Signature,
        dialect: Dialect,
    ) -> Result<Result<(), Refused>, CcError> {
        let key = sha256_of_parts(&[
            &self.toolchain.sha256,
            &FLAGS.join(" "),
            &glue::unit(signature, dialect),
        ]);
        let kept = self.cache.as_ref().map(|c| c.join(format!("{key}.glue.o")));
        let target = dir.join("glue.o");
        if let Some(kept) = &kept {
            if std::fs::copy(kept, &target).is_ok() {
                return Ok(Ok(()));
            }
        }
        if let Err(refused) = self.clang(dir, Dialect::Cpp, &["-c", "glue.cpp", "-o", "glue.o"])? {
            return Ok(Err(refused));
        }
        if let Some(kept) = kept {
            // Best effort, as every cache write: written whole, then renamed.
            let _ = std::fs::create_dir_all(kept.parent().unwrap_or(dir)).and_then(|()| {
                let file = tempfile::NamedTempFile::new_in(kept.parent().unwrap_or(dir))?;
                std::fs::copy(&target, file.path())?;
                file.persist(&kept).map(|_| ()).map_err(|e| e.error)
            });
        }
        Ok(Ok(()))
    }

    /// One jailed run of clang with `dialect`'s flags
    /// ([`Dialect::compile_flags`]) and `args`.
    fn clang(
        &self,
        dir: &Path,
        dialect: Dialect,
        args: &[&str],
    ) -> Result<Result<(), Refused>, CcError> {
        let all: Vec<String> = dialect
            .compile_flags()
            .into_iter()
            .chain(args.iter().copied())
            .map(str::to_owned)
            .collect();
        let ended = jail::run(
            &self.toolchain.clangxx,
            &all,
            dir,
            &self.toolchain.readable,
            self.limits,
        )?;
        if ended.success {
            return Ok(Ok(()));
        }
        let crashed = ended.diagnostics.contains("due to signal")
            || ended.diagnostics.contains("PLEASE submit a bug report");
        if ended.limit_hit || crashed {
            return Ok(Err(Refused {
                why: format!(
                    "the compiler hit its limits ({} s of CPU, {} MiB of memory, {} s in all) or crashed",
                    self.limits.cpu_seconds,
                    self.limits.address_space_bytes >> 20,
                    self.limits.wall.as_secs()
                ),
                cacheable: false,
            }));
        }
        Ok(Err(Refused::final_(short_diagnostics(
            &ended.diagnostics,
            dir,
        ))))
    }

    fn key(&self, source: &str, signature: Option<&Signature>, dialect: Dialect) -> String {
        // The glue's text, not only the signature: a change to the glue
        // is a change to every program.
        // For C++ these are FLAGS exactly, so C++ keys are what they were.
        let flags = dialect.compile_flags().join(" ");
        let (fingerprint, appended, unit) = match signature {
            Some(signature) => (
                signature.fingerprint(),
                glue::appended(signature, dialect),
                glue::unit(signature, dialect),
            ),
            None => (
                "a whole program (stdin/stdout)".to_owned(),
                String::new(),
                String::new(),
            ),
        };
        let parts = [
            self.toolchain.sha256.as_str(),
            LINK_RECIPE,
            &flags,
            &fingerprint,
            &appended,
            &unit,
            source,
        ];
        sha256_of_parts(&parts)
    }
}

fn write_inputs(
    dir: &Path,
    source: &str,
    signature: Option<&Signature>,
    dialect: Dialect,
) -> Result<(), CcError> {
    let io = |path: &Path, source| CcError::Cache {
        path: path.display().to_string(),
        source,
    };
    let solution = PathBuf::from(format!("solution.{}", dialect.extension()));
    let mut files = match signature {
        Some(signature) => vec![
            (
                solution,
                format!("{source}{}", glue::appended(signature, dialect)),
            ),
            (PathBuf::from("glue.cpp"), glue::unit(signature, dialect)),
        ],
        None => vec![(solution, source.to_owned())],
    };
    for (name, text) in HEADERS {
        files.push((Path::new("include").join(name), text.to_owned()));
    }
    for (name, text) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        std::fs::write(&path, text).map_err(|e| io(&path, e))?;
    }
    Ok(())
}

/// What decides a compiled program's figures besides its source: the
/// toolchain, the flags, the glue, the load charges and the sandbox's
/// program metering. Outcomes kept across runs are keyed by it, so that a
/// change to any of these never serves an old outcome.
pub fn rules_identity(toolchain: &Toolchain) -> String {
    let example =
        Signature::from_prompt("def f(a: List[int], b: str) -> Tuple[int, float]:\n", "f")
            .expect("a valid example signature");
    let c_example = Signature::from_prompt(
        "def f(a: List[List[int]], b: List[str], c: List[bool], d: str) -> List[str]:\n",
        "f",
    )
    .expect("a valid example signature");
    sha256_of_parts(&[
        &toolchain.sha256,
        LINK_RECIPE,
        &FLAGS.join(" "),
        &Dialect::C.compile_flags().join(" "),
        &glue::adapter(&example),
        &glue::main_unit(&example),
        &glue::unit(&c_example, Dialect::C),
        &format!(
            "own data {} free, {} per byte; modules up to {} bytes; program metering v{}",
            crate::object::OWN_DATA_ALLOWANCE,
            crate::object::OWN_DATA_FUEL_PER_BYTE,
            MAX_MODULE_BYTES,
            effgauge_sandboxes::PROGRAM_METERING_VERSION
        ),
    ])
}

/// SHA-256 over `parts`, each prefixed by its length, so that no two
/// lists of parts hash alike by moving text across a boundary.
fn sha256_of_parts(parts: &[&str]) -> String {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    hex::encode(hash.finalize())
}

#[cfg(test)]
mod tests {
    /// The sandbox subtracts the stack from a program's memory figure: the
    /// two must name the same size.
    #[test]
    fn the_stack_flag_is_the_sandboxes_stack() {
        let flag = format!(
            "-Wl,-z,stack-size={}",
            effgauge_sandboxes::PROGRAM_STACK_BYTES
        );
        assert!(super::FLAGS.contains(&flag.as_str()));
    }
}
