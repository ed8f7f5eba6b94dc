//! # effgauge-sandboxes: the measuring instrument
//!
//! effgauge scores how *efficient* untrusted, model-written Python is, so it
//! needs two things at once: a cage the code cannot get out of, and a meter
//! that gives the same reading for the same work on every machine. This
//! crate is both.
//!
//! The cage is [wasmtime](https://wasmtime.dev) running our own build of
//! CPython 3.11 for WASI (see `runtime/build-python.sh`). A guest has no
//! filesystem at all (the stdlib is an image frozen into the interpreter,
//! see `image`), no network, no inherited environment, a [virtual clock](clock::VirtualClock) that
//! sleeping merely moves forward, and random sources seeded by the job.
//! Every run is capped in fuel, linear memory, wall-clock time, captured
//! output and stack depth, and each cap that is hit is its own
//! [`Status`]. Whatever the guest does, the host neither panics nor hangs.
//!
//! Every test case runs in a fresh instance of a *snapshot*: the interpreter
//! started and the common stdlib imported once per machine, then frozen by
//! wasmtime-wizer ([`snapshot`](crate::SNAPSHOT_VERSION)). Instances live in
//! a pool of slots whose written pages are restored from the snapshot when
//! a case ends (`pool`, `resident`): cheap (well under a millisecond), and
//! no state can cross from one case to the next; the candidate is imported
//! afresh in each.
//!
//! The meter is a protocol between the host and a small C module compiled
//! into the interpreter, `_effgauge`, with no Python API. It receives the
//! candidate's source, its compiled code and the case's arguments through
//! host imports. A candidate is compiled once, in an instance of its own
//! (metered: compiling above the prompt's own compile is charged to every
//! case, as if each case compiled it afresh). Each case then marks one
//! metered region in two parts with wasm imports no Python code can reach:
//! executing the module (charged in full), then, after the arguments were
//! decoded and the collector settled with no candidate code running and
//! nothing charged, the call, releasing the arguments, checking that the
//! result is plain builtin data of exact types, encoding it with `marshal`
//! and releasing it. The input exists in the instance only after the
//! candidate's import has ended. After the region no guest
//! code runs, except to describe an exception under a budget of its own. So
//! a candidate cannot forge a verdict (no `__eq__` of its own is ever
//! called; every error says whether the guest or the harness wrote it) and
//! cannot hide cost: destructors, finalisers and GC callbacks fire inside
//! the region or never. The [`Cost`] comes from three [meters](Meter):
//! `fuel` (deterministic, the default), `instructions` (hardware counter)
//! and `wall`. Fuel counts operators plus what the [cost model](CostModel)
//! charges for bytes moved and allocations, so it tracks native time. The cost of an empty bracket is measured in every instance
//! and subtracted.
//!
//! Use: locate a [`Runtime`], build one [`SandboxEngine`] per process (it
//! makes or loads the snapshot once and caches the artifact), then
//! [`SandboxEngine::run`] a [`Job`] for each candidate, from as many threads
//! as there are cores.

mod cache_model;
mod case;
mod classify;
pub mod clock;
mod cost_model;
mod engine;
mod error;
mod host;
mod image;
mod imports;
mod job;
pub mod marshal;
mod memory;
mod meter;
mod operator_class;
mod pool;
mod program;
pub mod program_wasi;
mod resident;
mod runtime;
mod snapshot;
mod stdio;
mod value;
mod wasi_shadow;

pub use cache_model::{CACHE_MODEL_VERSION, MISS_SCALE};
pub use cost_model::{CostModel, Weights, Work};
pub use engine::{ModuleLoad, SandboxEngine, HOST_STACK_BYTES, WASMTIME_VERSION};
pub use error::SandboxError;
pub use imports::{DESCRIBE_FUEL, MAX_CODE_BYTES, MAX_OUTPUT_BYTES};
pub use job::{
    CallReport, CallSpec, Compiled, Cost, ErrorOrigin, Flow, Job, Judge, Limits, Protocol,
    RunReport, Status,
};
pub use memory::MemoryUse;
pub use meter::{InstructionCounter, Meter};
pub use operator_class::{table as operator_table, OperatorClass};
pub use pool::POOL_SLOTS;
pub use program::{
    check_program, ProgramCodec, WasmProgram, FREE_HOST_CALLS, HOST_CALL_FUEL,
    PROGRAM_METERING_VERSION, PROGRAM_STACK_BYTES,
};
pub use runtime::{build_script, cache_root, recipe_files, recipe_key, Runtime, RuntimeInfo};
pub use snapshot::SNAPSHOT_VERSION;

/// The version of what a cost means: bump it whenever the same runtime,
/// wasmtime and inputs would give other figures (what the metered region
/// covers, what is charged, the snapshot). Caches of measured costs are
/// keyed by it, so a figure from another version is never reused.
/// 2: one instance per case from the snapshot; import charged above the
/// allowance; result check, encoding and release inside the region.
/// 3: bulk-memory copies and the cost model's charges for bytes moved and
/// allocations (the model's name is recorded beside this version).
/// 4: compiling the candidate is not charged (it happens before the region);
/// after the import the collector's state is settled (everything alive is
/// frozen, every generation's count zero), so unrelated text cannot move
/// the cost of the call.
/// 5: compiled once per program in an instance of its own and charged to
/// every case above the prompt's compile; annotations not evaluated
/// (PEP 563); the import charged in full (no allowance); the input decoded
/// after the import, outside the region; the stdlib from an image, with no
/// filesystem.
/// 6: the memory meter's hooks in the runtime (a mark and a size at every
/// allocation and release, a reading at every marker) run inside the
/// region; the free lists are emptied before it; the module's code object
/// is no longer released at the end of the import. Every figure moved.
/// 7: the collector is settled (everything alive frozen, every count zero)
/// before the region too, after the input is decoded, and before a compile:
/// an input of a few hundred containers no longer makes the import of every
/// program run a full collection of the interpreter's heap (3.2 M fuel on
/// every case of `fewest-inspection-moments`' first level, found by the
/// paired fidelity benchmark). Cases whose inputs hold few containers are
/// unchanged.
pub const METERING_VERSION: u32 = 7;
pub use value::{canonical_cmp, PyValue};
