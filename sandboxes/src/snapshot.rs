//! The pre-initialised interpreter: CPython started, the common stdlib
//! imported, and the whole instance state written back into a new module by
//! wasmtime-wizer. Every test case instantiates that module, and wasmtime's
//! copy-on-write memory images make that cheap, so every case can have an
//! instance of its own (no state crosses cases) without paying start-up.
//!
//! The snapshot is made once per machine and cached as a compiled artifact,
//! keyed by the runtime's identity (the interpreter's and the stdlib
//! image's SHA-256), the wasmtime version, the engine's configuration and
//! [`SNAPSHOT_VERSION`]. Making it is deterministic: the initialiser sees the
//! same virtual clock, seeded randomness, environment and stdlib image on
//! every machine, and no filesystem at all (the stdlib comes from the
//! image, see [`crate::image`]), so the snapshot (and every fuel figure
//! measured from it) is the same everywhere, wherever the runtime is
//! installed and whatever its files' timestamps.

use crate::clock::VirtualClock;
use crate::host::{Host, Phase};
use crate::job::Job;
use crate::runtime::{cache_root, Runtime};
use crate::SandboxError;
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::future::Future;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use wasmtime::{Engine, Instance, Linker, Module, Store, Val};
use wasmtime_wasi::WasiCtxBuilder;
use wasmtime_wizer::{InstanceState, SnapshotVal, ValType, Wizer};

/// Bump when what the initialiser does changes without the interpreter's
/// SHA-256 changing (it lives in the C module, so normally it does).
/// 2: the stdlib from the image, no filesystem.
pub const SNAPSHOT_VERSION: u32 = 2;
/// The initialiser the C module exports.
const INIT_FUNC: &str = "wizer-initialize";
/// The seed of the snapshot's random sources (what `random` was seeded
/// with when the prelude imported it).
const SNAPSHOT_SEED: u64 = 0x5eed_0fef_f9a0_0001;

/// The WASI context every instance gets, the snapshot's initialiser too:
/// arguments, a fixed environment, the virtual clock and seeded random
/// sources. No directory is preopened: the guest has no filesystem.
pub(crate) fn wasi(clock: &VirtualClock, seed: u64) -> wasmtime_wasi::p1::WasiP1Ctx {
    let mut wasi = WasiCtxBuilder::new();
    wasi.args(&["python"])
        .envs(&[
            ("PYTHONHASHSEED", "0"),
            ("PYTHONDONTWRITEBYTECODE", "1"),
            ("PYTHONUTF8", "1"),
        ])
        .allow_blocking_current_thread(true)
        .wall_clock(clock.clone())
        .monotonic_clock(clock.clone())
        .secure_random(StdRng::seed_from_u64(seed))
        .insecure_random(StdRng::seed_from_u64(seed ^ 0x9e37_79b9_7f4a_7c15))
        .insecure_random_seed(u128::from(seed));
    wasi.build_p1()
}

/// Loads the snapshot module from the cache, or makes and caches it.
/// Returns it and whether it came from the cache.
///
/// With `cache`, the snapshot is rewritten with the simulated cache (see
/// [`crate::cache_model`]) before it is compiled; the rewrite's version is
/// in the key.
pub(crate) fn load(
    engine: &Engine,
    linker: &Linker<Host>,
    runtime: &Runtime,
    cache: bool,
) -> Result<(Module, bool), SandboxError> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    SNAPSHOT_SEED.hash(&mut hasher);
    let rewrite = if cache {
        format!("-c{}", crate::cache_model::CACHE_MODEL_VERSION)
    } else {
        String::new()
    };
    let key = format!(
        "{}-{}-s{SNAPSHOT_VERSION}{rewrite}-{:016x}",
        &runtime.info.identity()[..16],
        crate::WASMTIME_VERSION,
        hasher.finish()
    );
    let dir = cache_root().join("modules");
    let path: PathBuf = dir.join(format!("python-snapshot-{key}.cwasm"));
    if path.is_file() {
        // SAFETY: the artifact was written by `Module::serialize` below, for
        // this exact engine configuration (it is in the key); wasmtime also
        // checks the header and refuses a mismatched one.
        if let Ok(module) = unsafe { Module::deserialize_file(engine, &path) } {
            return Ok((module, true));
        }
    }
    let mut wasm = make(engine, linker, runtime)?;
    if cache {
        wasm = crate::cache_model::instrument(&wasm).map_err(SandboxError::Wasmtime)?;
    }
    let module = Module::new(engine, &wasm).map_err(SandboxError::wasmtime)?;
    let bytes = module.serialize().map_err(SandboxError::wasmtime)?;
    std::fs::create_dir_all(&dir).map_err(SandboxError::io(&dir))?;
    let tmp = dir.join(format!(".{key}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, &bytes).map_err(SandboxError::io(&tmp))?;
    std::fs::rename(&tmp, &path).map_err(SandboxError::io(&path))?;
    // Load the file back so instances map its memory image copy-on-write.
    // SAFETY: as above; we just wrote it.
    let module =
        unsafe { Module::deserialize_file(engine, &path) }.map_err(SandboxError::wasmtime)?;
    Ok((module, false))
}

/// Runs the interpreter's initialiser and returns the snapshot as wasm.
fn make(
    engine: &Engine,
    linker: &Linker<Host>,
    runtime: &Runtime,
) -> Result<Vec<u8>, SandboxError> {
    let failed = |e: wasmtime::Error| {
        SandboxError::Wasmtime(format!("pre-initialising the interpreter failed: {e:#}"))
    };
    let wasm = runtime.read_wasm()?;
    let mut wizer = Wizer::new();
    wizer.init_func(INIT_FUNC);
    let (cx, instrumented) = wizer.instrument(&wasm).map_err(failed)?;
    let module = Module::new(engine, &instrumented).map_err(failed)?;
    let clock = VirtualClock::default();
    let mut job = Job::new("", "", Vec::new());
    job.seed = SNAPSHOT_SEED;
    let mut host = Host::new(wasi(&clock, SNAPSHOT_SEED), job, None, clock);
    host.phase = Phase::Snapshot;
    host.image = Some(runtime.image.clone());
    let mut store = Store::new(engine, host);
    store.limiter(|h| h);
    store.set_fuel(u64::MAX / 2).map_err(failed)?;
    store.set_epoch_deadline(u64::MAX / 2);
    let instance = linker.instantiate(&mut store, &module).map_err(failed)?;
    store.data_mut().memory = instance.get_memory(&mut store, "memory");
    for name in ["_initialize", INIT_FUNC] {
        if let Ok(func) = instance.get_typed_func::<(), ()>(&mut store, name) {
            func.call(&mut store, ()).map_err(|e| {
                let stderr = String::from_utf8_lossy(&store.data().stderr).into_owned();
                failed(e.context(format!("`{name}` failed; the guest's stderr: {stderr}")))
            })?;
        }
    }
    let mut state = Snapshotted {
        store: &mut store,
        instance,
    };
    block_on(wizer.snapshot(&cx, &mut state)).map_err(failed)
}

/// What wizer reads back from the initialised instance.
struct Snapshotted<'a> {
    store: &'a mut Store<Host>,
    instance: Instance,
}

impl InstanceState for Snapshotted<'_> {
    fn global_get(&mut self, name: &str, _: ValType) -> impl Future<Output = SnapshotVal> + Send {
        let global = self
            .instance
            .get_global(&mut *self.store, name)
            .expect("wizer asks only for globals its instrumentation exported");
        let value = match global.get(&mut *self.store) {
            Val::I32(x) => SnapshotVal::I32(x),
            Val::I64(x) => SnapshotVal::I64(x),
            Val::F32(x) => SnapshotVal::F32(x),
            Val::F64(x) => SnapshotVal::F64(x),
            Val::V128(x) => SnapshotVal::V128(x.as_u128()),
            other => panic!("a global of unsupported type: {other:?}"),
        };
        std::future::ready(value)
    }

    fn memory_contents(
        &mut self,
        name: &str,
        contents: impl FnOnce(&[u8]) + Send,
    ) -> impl Future<Output = ()> + Send {
        let memory = self
            .instance
            .get_memory(&mut *self.store, name)
            .expect("wizer asks only for memories its instrumentation exported");
        contents(memory.data(&*self.store));
        std::future::ready(())
    }
}

/// Drives a future whose every await is ready at once (wizer's snapshot over
/// [`Snapshotted`], which never waits).
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
        std::thread::yield_now();
    }
}
