//! `compare = "same-type-equal"` decides what CPython decides: random pairs
//! of nested builtin values, many of them equal under Python's loose `==`
//! (ints as floats or bools, sets as frozensets, reordered dicts), judged by
//! the host and by `type(b) == type(a) and b == a` in the sandbox (needs the
//! built runtime).

use effgauge_problems::Compare;
use effgauge_sandboxes::{CallSpec, Job, PyValue, Runtime, SandboxEngine, Status};
use num_bigint::BigInt;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn value(rng: &mut StdRng, depth: u32) -> PyValue {
    let scalar = depth == 0 || rng.random_bool(0.5);
    if scalar {
        return match rng.random_range(0..7) {
            0 => PyValue::Int(BigInt::from(rng.random_range(-2..3))),
            1 => {
                PyValue::Float([0.0, -0.0, 1.0, 0.5, 2.0, f64::NAN, 1e300][rng.random_range(0..7)])
            }
            2 => PyValue::Bool(rng.random_bool(0.5)),
            3 => PyValue::Str(["", "a", "1"][rng.random_range(0..3)].into()),
            4 => PyValue::None,
            5 => PyValue::Int(BigInt::from(1u64 << 53) + rng.random_range(0..2)),
            _ => PyValue::Float(9007199254740992.0),
        };
    }
    let n = rng.random_range(0..4);
    let items = |rng: &mut StdRng| (0..n).map(|_| value(rng, depth - 1)).collect();
    match rng.random_range(0..4) {
        0 => PyValue::List(items(rng)),
        1 => PyValue::Tuple(items(rng)),
        // Hashable items only, distinct under Python's `==`.
        2 => PyValue::Set(distinct_keys(rng, n)),
        _ => PyValue::Dict(
            distinct_keys(rng, n)
                .into_iter()
                .map(|k| (k, value(rng, depth - 1)))
                .collect(),
        ),
    }
}

/// `n` keys no two of which are `==` in Python (no NaN, no 1 beside 1.0).
fn distinct_keys(rng: &mut StdRng, n: usize) -> Vec<PyValue> {
    let mut keys: Vec<PyValue> = Vec::new();
    while keys.len() < n {
        let k = match rng.random_range(0..3) {
            0 => PyValue::Int(BigInt::from(rng.random_range(0..6))),
            1 => PyValue::Str(["a", "b", "c"][rng.random_range(0..3)].into()),
            _ => PyValue::Float(0.5),
        };
        if !keys.iter().any(|o| effgauge_problems::python_eq(o, &k)) {
            keys.push(k);
        }
    }
    keys
}

/// A copy of `v` that Python may well find `==` to it: numbers re-typed,
/// containers re-typed or reordered, sometimes one scalar changed.
fn variant(rng: &mut StdRng, v: &PyValue) -> PyValue {
    match v {
        PyValue::Int(i) if rng.random_bool(0.3) => match i.to_string().parse::<f64>() {
            Ok(f) => PyValue::Float(f),
            Err(_) => v.clone(),
        },
        PyValue::Bool(b) if rng.random_bool(0.3) => PyValue::Int(BigInt::from(u8::from(*b))),
        PyValue::Float(f) if *f == 1.0 && rng.random_bool(0.3) => PyValue::Bool(true),
        PyValue::List(items) if rng.random_bool(0.2) => PyValue::Tuple(items.clone()),
        PyValue::List(items) => PyValue::List(each(rng, items)),
        PyValue::Tuple(items) => PyValue::Tuple(each(rng, items)),
        PyValue::Set(items) => {
            let mut items = items.clone();
            items.reverse();
            if rng.random_bool(0.5) {
                PyValue::FrozenSet(items)
            } else {
                PyValue::Set(items)
            }
        }
        PyValue::Dict(entries) => {
            let mut entries: Vec<(PyValue, PyValue)> = entries
                .iter()
                .map(|(k, val)| (k.clone(), variant(rng, val)))
                .collect();
            entries.reverse();
            PyValue::Dict(entries)
        }
        PyValue::Str(_) if rng.random_bool(0.1) => PyValue::Str("changed".into()),
        other => other.clone(),
    }
}

fn each(rng: &mut StdRng, items: &[PyValue]) -> Vec<PyValue> {
    items.iter().map(|i| variant(rng, i)).collect()
}

#[test]
fn the_host_rule_agrees_with_cpython_on_random_values() {
    let engine = SandboxEngine::new(Runtime::locate(None).expect("the runtime is built")).unwrap();
    let mut rng = StdRng::seed_from_u64(0xe9a1);
    let mut pairs = Vec::new();
    while pairs.len() < 600 {
        let a = value(&mut rng, 3);
        let b = if rng.random_bool(0.8) {
            variant(&mut rng, &a)
        } else {
            value(&mut rng, 3)
        };
        pairs.push((a, b));
    }
    let calls = pairs
        .iter()
        .map(|(a, b)| CallSpec::new(&[a.clone(), b.clone()]))
        .collect();
    let source =
        "def f(answer, output):\n    return type(output) == type(answer) and output == answer\n";
    let report = engine.run(Job::new(source, "f", calls)).unwrap();
    let mut equal = 0;
    for ((a, b), call) in pairs.iter().zip(&report.calls) {
        assert_eq!(call.status, Status::Ok, "{call:?}");
        let python = call.output == Some(PyValue::Bool(true));
        equal += usize::from(python);
        assert_eq!(
            Compare::SameTypeEqual.accepts(a, b),
            python,
            "answer {a:?}, output {b:?}"
        );
    }
    // The pairs exercise both answers, not only the easy one.
    assert!((150..450).contains(&equal), "{equal} of 600 equal");
}
