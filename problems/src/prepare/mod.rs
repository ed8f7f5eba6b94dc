//! Preparation: turning a problem into the cases programs are run on, with
//! the reference's answer and cost on each.
//!
//! Every score compares a program with the reference on the same inputs, so
//! the inputs must come out the same every time they are drawn, and no one
//! may know them in advance when the run is held out. Drawing them and
//! running the reference over them is also the most expensive thing done
//! before a candidate runs, so it is done once and kept. Generators are
//! untrusted code like candidates, so they run in the sandbox too:
//! [`prepare`](crate::prepare()) calls the generator for every (level,
//! case) with a `random.Random` seeded from a hash of `"{id}/{level}/{case}"`
//! ([`case_seed`](crate::case_seed), and of a secret [`Salt`](crate::Salt)
//! for held-out runs), measures the compile of the problem's `prompt.py`
//! followed by its reference (every run's compile allowance), runs the
//! reference on each input under the fuel meter for the expected output and
//! its cost, and caches the lot on disk under a key of the problem's
//! content hash, the runtime's identity, the wasmtime version and the
//! salt's hash, so a stale entry can never be read and scoring and
//! validation share the work.
//!
//! `prepared.rs` holds that pipeline and what it yields
//! ([`Prepared`](crate::Prepared), one [`Case`](crate::Case) per input);
//! `cache.rs` the on-disk cache; `salt.rs` the secret of held-out runs.
//! `guest.rs` is the Python appended to a generator to drive it in the
//! sandbox (`py/generate.py`), and the plumbing every helper run shares,
//! which the judge and the validator use too. `parallel.rs` spreads
//! problems over worker threads, for preparing or validating many at once.
//! `bundle.rs` packs a suite's cache entries into one portable file and
//! installs them, checked, from one on another machine (`effgauge prepare`).

pub mod bundle;
pub(crate) mod cache;
pub(crate) mod guest;
pub mod parallel;
pub(crate) mod prepared;
pub(crate) mod salt;
