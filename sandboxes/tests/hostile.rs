//! Hostile candidates: each gets its own outcome, the host survives, and the
//! next call (every call has a fresh instance) is unaffected.
//! These need the built runtime (`runtime/build-python.sh`).

mod common;

use common::*;
use effgauge_sandboxes::{ErrorOrigin, Limits, PyValue, RunReport, Status};

const LAST_CALL_IS_FINE: &str = "\n    return n\n";

#[test]
fn infinite_loop_catching_everything_times_out_on_fuel() {
    let src = format!(
        "def f(n):\n    if n == 0:\n        while True:\n            try:\n                while True: pass\n            except BaseException:\n                pass{LAST_CALL_IS_FINE}"
    );
    let r = run(&src, &[0, 7]);
    assert_eq!(statuses(&r), [Status::Timeout, Status::Ok]);
    assert!(error_of(&r, 0).contains("fuel"));
    assert!(r.calls[0].cost.fuel >= 300_000_000);
    assert_eq!(r.calls[1].output, Some(int(7)));
    assert_eq!(r.instances, 3, "one compile, then one instance per case");
}

#[test]
fn wall_clock_limit_is_a_backstop() {
    let limits = Limits {
        fuel_per_call: None,
        wall_per_call: std::time::Duration::from_millis(300),
        ..Limits::default()
    };
    let r = run_with(
        "def f(n):\n    while n == 0: pass\n    return n\n",
        "f",
        &[0, 3],
        limits,
    );
    assert_eq!(statuses(&r), [Status::WallTimeout, Status::Ok]);
    assert!(error_of(&r, 0).contains("wall-clock"));
}

#[test]
fn sleeping_does_not_block_and_time_is_virtual() {
    let src = "import time\ndef f(n):\n    t = time.time()\n    time.sleep(n)\n    while True:\n        time.sleep(3600)\n";
    // Ten years of sleeping in a loop: it ends by fuel, not by the clock.
    let r = run(src, &[3600]);
    assert_eq!(statuses(&r), [Status::Timeout]);
    let src = "import time\ndef f(n):\n    t = time.monotonic()\n    time.sleep(n)\n    return int(time.monotonic() - t)\n";
    let r = run(src, &[86400]);
    assert_eq!(r.calls[0].output, Some(int(86400)));
}

#[test]
fn memory_bomb_hits_the_memory_limit() {
    let limits = Limits {
        memory_bytes: 256 << 20,
        ..Limits::default()
    };
    let src = "def f(n):\n    if n == 0:\n        x = []\n        while True:\n            x.append(bytearray(1 << 20))\n    return n\n";
    let r = run_with(src, "f", &[0, 1], limits);
    assert_eq!(statuses(&r), [Status::Memory, Status::Ok]);
    assert!(r.peak_memory_bytes <= 256 << 20);
}

#[test]
fn recursion_error_is_an_error_and_stack_overflow_is_stack() {
    let plain =
        "def f(n):\n    def r(k):\n        return 0 if k == 0 else r(k - 1) + 1\n    return r(n)\n";
    let r = run(plain, &[100, 5000]);
    assert_eq!(statuses(&r), [Status::Ok, Status::Error]);
    assert!(error_of(&r, 1).starts_with("RecursionError"));

    let cached = "import functools, sys\ndef f(n):\n    sys.setrecursionlimit(10**7)\n    @functools.lru_cache(None)\n    def r(k):\n        return 0 if k == 0 else r(k - 1) + 1\n    return r(n)\n";
    let limits = Limits {
        fuel_per_call: Some(5_000_000_000),
        ..Limits::default()
    };
    let r = run_with(cached, "f", &[10_000, 2_000_000, 3], limits);
    assert_eq!(statuses(&r), [Status::Ok, Status::Stack, Status::Ok]);
    assert_eq!(r.calls[0].output, Some(int(10_000)));
    assert_eq!(r.calls[2].output, Some(int(3)));
}

#[test]
fn output_flood_hits_the_output_limit() {
    let src = "def f(n):\n    while n == 0:\n        print('x' * 10000)\n    return n\n";
    let r = run(src, &[0, 2]);
    assert_eq!(statuses(&r), [Status::Output, Status::Ok]);
}

#[test]
fn no_files_no_network_no_host_environment() {
    let src = r#"
import os
def f(n):
    def tries(g):
        try:
            g()
            return True
        except Exception:
            return False
    return [
        tries(lambda: open('/etc/passwd').read()),
        tries(lambda: os.listdir('/')),
        tries(lambda: open('/usr/local/lib/python3.11/os.py', 'a').write('x')),
        tries(lambda: __import__('socket').create_connection(('127.0.0.1', 80))),
        tries(lambda: __import__('subprocess').run(['ls'])),
        sorted(os.environ),
    ]
"#;
    let r = run(src, &[0]);
    let expected = PyValue::List(vec![
        PyValue::Bool(false),
        PyValue::Bool(false),
        PyValue::Bool(false),
        PyValue::Bool(false),
        PyValue::Bool(false),
        PyValue::List(
            ["PYTHONDONTWRITEBYTECODE", "PYTHONHASHSEED", "PYTHONUTF8"]
                .map(|s| PyValue::Str(s.into()))
                .to_vec(),
        ),
    ]);
    assert_eq!(
        r.calls[0].output.as_ref(),
        Some(&expected),
        "{:?}",
        r.calls[0]
    );
}

#[test]
fn exiting_inside_the_entry_point_is_an_error() {
    let src = "import os, sys\ndef f(n):\n    if n == 0: sys.exit(0)\n    if n == 1: os._exit(0)\n    if n == 2: raise SystemExit(0)\n    return n\n";
    let r = run(src, &[0, 1, 2, 3]);
    assert_eq!(
        statuses(&r),
        [Status::Error, Status::Error, Status::Error, Status::Ok]
    );
    assert!(error_of(&r, 0).starts_with("SystemExit"));
    assert!(error_of(&r, 1).contains("exited"));
}

#[test]
fn fake_markers_and_the_module_cannot_hide_work() {
    // Printing marker-like text changes nothing; the protocol has no Python
    // API at all (its markers are wasm imports only C can call).
    let src = "import _effgauge\ndef f(n):\n    print('\\x00effgauge mark 3 0')\n    s = sum(range(n))\n    if n == 0:\n        _effgauge.serve()\n    return s\n";
    let r = run(src, &[100_000, 0, 100_000]);
    assert_eq!(statuses(&r), [Status::Ok, Status::Error, Status::Ok]);
    assert!(error_of(&r, 1).starts_with("AttributeError"), "{r:?}");
    // sum(range(100000)) alone costs ~44 M fuel: all of it is in the bracket.
    assert!(r.calls[0].cost.fuel > 40_000_000, "{:?}", r.calls[0].cost);
    assert!(r.calls[2].cost.fuel > 40_000_000, "{:?}", r.calls[2].cost);
}

#[test]
fn work_at_import_time_is_charged_to_every_case() {
    let heavy = "TABLE = [i * i for i in range(200000)]\ndef f(n):\n    return TABLE[n]\n";
    let light = "def f(n):\n    return n * n\n";
    let (h, l) = (run(heavy, &[12, 13]), run(light, &[12, 13]));
    assert_eq!(h.calls[1].output, Some(int(169)));
    assert!(h.import.fuel > l.import.fuel + 10_000_000);
    for i in 0..2 {
        assert!(h.calls[i].cost.fuel > l.calls[i].cost.fuel + 10_000_000);
        assert_eq!(h.calls[i].import.fuel, h.import.fuel);
    }
}

#[test]
fn patching_builtins_marshal_json_and_the_driver_changes_nothing() {
    let src = r#"
import builtins, marshal, json, sys
marshal.dumps = lambda *a, **k: b'N'
marshal.loads = lambda *a, **k: (0,)
json.dumps = lambda *a, **k: '"forged"'
builtins.repr = lambda o: 'forged'
sys.modules['_effgauge'] = None
sys.setrecursionlimit = None
def f(n):
    return [n, n + 1]
"#;
    let r = run(src, &[4]);
    assert_eq!(r.calls[0].output, Some(PyValue::List(vec![int(4), int(5)])));
}

#[test]
fn objects_with_their_own_eq_cannot_cross_the_boundary() {
    let src = "class Yes:\n    def __eq__(self, other): return True\nclass Int(int):\n    def __eq__(self, other): return True\ndef f(n):\n    if n == 0: return Yes()\n    if n == 1: return Int(5)\n    if n == 2: return [Int(5)]\n    return n\n";
    let r = run(src, &[0, 1, 2, 3]);
    assert_eq!(
        statuses(&r),
        [Status::Error, Status::Error, Status::Error, Status::Ok]
    );
    for i in 0..3 {
        assert!(error_of(&r, i).contains("not plain builtin data"), "{r:?}");
        assert_eq!(r.calls[i].origin, Some(ErrorOrigin::Harness));
    }
}

#[test]
fn syntax_error_and_missing_entry_fail_every_call() {
    let r = run("def f(n)\n    return n\n", &[1, 2]);
    assert_eq!(statuses(&r), [Status::Error, Status::Error]);
    assert!(r
        .import_error
        .as_deref()
        .unwrap_or("")
        .starts_with("SyntaxError"));
    let r = run("def g(n):\n    return n\n", &[1]);
    assert_eq!(statuses(&r), [Status::Error]);
    assert!(error_of(&r, 0).contains("entry point 'f' is not defined"));
}

#[test]
fn same_inputs_give_the_same_fuel_even_with_the_other_core_busy() {
    let src = "import random\ndef f(n):\n    r = random.Random(n)\n    xs = sorted(r.random() for _ in range(n))\n    return len({hash(str(x)) for x in xs}) + len(set(str(i) for i in range(n)))\n";
    let args = [10, 1000, 20000];
    let quiet = run(src, &args);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = stop.clone();
    let busy = std::thread::spawn(move || {
        let mut x = 0u64;
        while !flag.load(std::sync::atomic::Ordering::Relaxed) {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
        }
        x
    });
    let loaded = run(src, &args);
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    busy.join().unwrap();
    let fuel = |r: &RunReport| r.calls.iter().map(|c| c.cost.fuel).collect::<Vec<_>>();
    assert_eq!(fuel(&quiet), fuel(&loaded));
    assert_eq!(quiet.startup.fuel, loaded.startup.fuel);
    assert!(fuel(&quiet).windows(2).all(|w| w[0] < w[1]));
}
