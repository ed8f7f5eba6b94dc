//! The host's filesystem never reaches the meter: a copy of the runtime in
//! another folder, every file touched to another time and copied in another
//! order, with a cache of its own (so the snapshot is made afresh from the
//! copy), gives the same runtime identity and byte-identical fuel, under
//! `cost-v1` and under `cache-v1` (whose simulated cache sees the guest's
//! addresses: they must not depend on where the runtime is installed).
//!
//! One test in its own binary: it sets `EFFGAUGE_CACHE_DIR` for the
//! process.

use effgauge_sandboxes::{
    CallSpec, CostModel, Job, Limits, PyValue, Runtime, SandboxEngine, Status,
};
use std::path::Path;
use std::time::{Duration, SystemTime};

/// Copies `from` into `to`, entries in reverse name order, every file and
/// folder stamped with `when`.
fn copy_touched(from: &Path, to: &Path, when: SystemTime) {
    std::fs::create_dir_all(to).unwrap();
    let mut entries: Vec<_> = std::fs::read_dir(from)
        .unwrap()
        .map(|e| e.unwrap())
        .collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.file_name()));
    for entry in entries {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_touched(&entry.path(), &target, when);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
            let file = std::fs::File::options().write(true).open(&target).unwrap();
            file.set_modified(when).unwrap();
        }
    }
    std::fs::File::open(to).unwrap().set_modified(when).unwrap();
}

/// Programs whose fuel the filesystem could have moved: imports of modules
/// not in the snapshot, and looks at the paths the stdlib once had.
const PROGRAMS: [&str; 3] = [
    "def f(n):\n    import json, fractions, textwrap, hashlib, shlex\n    return json.dumps([n, str(fractions.Fraction(n, 3))])\n",
    "import os\ndef f(n):\n    out = []\n    for p in ['/usr/local/lib/python3.11', '/usr/local/lib', '/']:\n        try:\n            out.append(len(os.listdir(p)))\n        except OSError as e:\n            out.append(type(e).__name__)\n    return out\n",
    "import importlib\ndef f(n):\n    m = importlib.import_module('email.utils')\n    return [n, m.__name__]\n",
];

fn fuel_of(engine: &SandboxEngine) -> Vec<(Status, u64, Option<PyValue>)> {
    PROGRAMS
        .iter()
        .map(|src| {
            let mut job = Job::new(*src, "f", vec![CallSpec::new(&[PyValue::Int(7.into())])]);
            job.limits = Limits {
                fuel_per_call: Some(5_000_000_000),
                ..Limits::default()
            };
            let call = engine.run(job).expect("runs").calls.remove(0);
            (call.status, call.cost.fuel, call.output)
        })
        .collect()
}

#[test]
fn a_copied_and_touched_runtime_gives_byte_identical_fuel() {
    let original = Runtime::locate(None).expect("runtime built");
    let models = [CostModel::CostV1, CostModel::CacheV1];
    let expected: Vec<_> = models
        .iter()
        .map(|&m| fuel_of(&SandboxEngine::with_cost_model(original.clone(), m).expect("engine")))
        .collect();
    for (status, _, _) in expected.iter().flatten() {
        assert_eq!(*status, Status::Ok, "{expected:?}");
    }
    assert_ne!(expected[0], expected[1], "cache-v1 charges its misses");

    let scratch = tempfile::tempdir().unwrap();
    let copy = scratch.path().join("elsewhere").join("runtime");
    let when = SystemTime::UNIX_EPOCH + Duration::from_secs(1_234_567_890);
    copy_touched(&original.dir, &copy, when);
    // A cache of its own: the snapshot is made again, from the copy.
    std::env::set_var("EFFGAUGE_CACHE_DIR", scratch.path().join("cache"));
    let moved = Runtime::locate(Some(&copy)).expect("the copy is a runtime");
    assert_eq!(moved.info, original.info, "same contents, same identity");
    for (&model, expected) in models.iter().zip(&expected) {
        let there =
            SandboxEngine::with_cost_model(moved.clone(), model).expect("engine on the copy");
        assert!(
            !there.module_load().from_cache,
            "the snapshot was made afresh"
        );
        assert_eq!(&fuel_of(&there), expected, "{model}");
    }
}
