//! Python values as they cross the sandbox boundary.
//!
//! Inputs go in and outputs come out as CPython `marshal` data (version 2: no
//! back-references), which only ever holds exact builtin types, so a candidate
//! cannot smuggle an object with its own `__eq__` or `__repr__` past the
//! boundary. Outputs are compared here, on the host, by [`PyValue::equivalent`].

use num_bigint::BigInt;
use serde_json::{json, Map, Number, Value};
use std::cmp::Ordering;
use std::collections::HashMap;

/// A plain Python value.
#[derive(Debug, Clone, PartialEq)]
pub enum PyValue {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<PyValue>),
    Tuple(Vec<PyValue>),
    Dict(Vec<(PyValue, PyValue)>),
    Set(Vec<PyValue>),
    FrozenSet(Vec<PyValue>),
}

impl PyValue {
    /// Python's type name, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            PyValue::None => "NoneType",
            PyValue::Bool(_) => "bool",
            PyValue::Int(_) => "int",
            PyValue::Float(_) => "float",
            PyValue::Str(_) => "str",
            PyValue::Bytes(_) => "bytes",
            PyValue::List(_) => "list",
            PyValue::Tuple(_) => "tuple",
            PyValue::Dict(_) => "dict",
            PyValue::Set(_) => "set",
            PyValue::FrozenSet(_) => "frozenset",
        }
    }

    /// Whether two outputs count as the same answer.
    ///
    /// The rule is Python's `==` on builtin values, made stricter where `==`
    /// is loose in ways a grader should not be: `bool` never equals `int`, and
    /// `int` never equals `float`. A list equals a tuple with the same items
    /// (models write either), a set equals a frozenset, dicts and sets ignore
    /// order, `-0.0` equals `0.0`, and NaN equals NaN (a stable answer is a
    /// correct one). Problems with tolerances ship their own checker.
    ///
    /// The same verdict as comparing the [canonical](Self::canonical) forms
    /// with [`canonical_cmp`], without building them: nothing is copied.
    /// Containers of different lengths differ at once; each set and dict
    /// reached with a same-length counterpart is sorted once, as a vector of
    /// references (8 bytes per item), and the comparison reads through them.
    /// Measured (`cargo bench -p effgauge-sandboxes --bench host_decode`):
    /// no heap at all for `[[None] * 6000] * 6000`; for a set of a million
    /// two-int frozensets against its reverse, 16 heap bytes per encoded
    /// byte of one side.
    pub fn equivalent(&self, other: &PyValue) -> bool {
        Comparer::default().cmp(self, other) == Ordering::Equal
    }

    /// The canonical form: tuples become lists, frozensets sets, and dict
    /// entries and set items are sorted, so that equal answers are equal
    /// trees.
    pub fn canonical(&self) -> PyValue {
        match self {
            PyValue::Float(f) if *f == 0.0 => PyValue::Float(0.0),
            PyValue::List(items) | PyValue::Tuple(items) => {
                PyValue::List(items.iter().map(PyValue::canonical).collect())
            }
            PyValue::Set(items) | PyValue::FrozenSet(items) => {
                let mut items: Vec<PyValue> = items.iter().map(PyValue::canonical).collect();
                items.sort_by(canonical_cmp);
                PyValue::Set(items)
            }
            PyValue::Dict(entries) => {
                let mut entries: Vec<(PyValue, PyValue)> = entries
                    .iter()
                    .map(|(k, v)| (k.canonical(), v.canonical()))
                    .collect();
                entries.sort_by(|a, b| canonical_cmp(&a.0, &b.0));
                PyValue::Dict(entries)
            }
            other => other.clone(),
        }
    }

    /// A JSON rendering for reports and result files. Values JSON cannot
    /// hold are tagged: `{"$set": [...]}`, `{"$dict": [[k, v], ...]}` for
    /// dicts with non-string keys, `{"$bytes": "hex"}`, `{"$float": "nan"}`.
    /// Tuples render as arrays.
    pub fn to_json(&self) -> Value {
        match self {
            PyValue::None => Value::Null,
            PyValue::Bool(b) => Value::Bool(*b),
            PyValue::Int(i) => int_to_json(i),
            PyValue::Float(f) => float_to_json(*f),
            PyValue::Str(s) => Value::String(s.clone()),
            PyValue::Bytes(b) => json!({ "$bytes": hex::encode(b) }),
            PyValue::List(items) | PyValue::Tuple(items) => {
                Value::Array(items.iter().map(PyValue::to_json).collect())
            }
            PyValue::Set(items) | PyValue::FrozenSet(items) => {
                json!({ "$set": items.iter().map(PyValue::to_json).collect::<Vec<_>>() })
            }
            PyValue::Dict(entries) => {
                let string_keys = entries
                    .iter()
                    .all(|(k, _)| matches!(k, PyValue::Str(s) if !s.starts_with('$')));
                if string_keys {
                    let mut map = Map::new();
                    for (k, v) in entries {
                        if let PyValue::Str(s) = k {
                            map.insert(s.clone(), v.to_json());
                        }
                    }
                    Value::Object(map)
                } else {
                    let pairs = entries
                        .iter()
                        .map(|(k, v)| Value::Array(vec![k.to_json(), v.to_json()]))
                        .collect();
                    json!({ "$dict": Value::Array(pairs) })
                }
            }
        }
    }

    /// Reads a plain JSON value (as in an inputs file): arrays become lists,
    /// objects dicts with string keys, integers ints and other numbers floats.
    pub fn from_json(value: &Value) -> PyValue {
        match value {
            Value::Null => PyValue::None,
            Value::Bool(b) => PyValue::Bool(*b),
            Value::Number(n) => json_number(n),
            Value::String(s) => PyValue::Str(s.clone()),
            Value::Array(items) => PyValue::List(items.iter().map(PyValue::from_json).collect()),
            Value::Object(map) => PyValue::Dict(
                map.iter()
                    .map(|(k, v)| (PyValue::Str(k.clone()), PyValue::from_json(v)))
                    .collect(),
            ),
        }
    }
}

fn json_number(n: &Number) -> PyValue {
    let text = n.to_string();
    if let Ok(i) = text.parse::<BigInt>() {
        PyValue::Int(i)
    } else {
        PyValue::Float(text.parse::<f64>().unwrap_or(f64::NAN))
    }
}

fn int_to_json(i: &BigInt) -> Value {
    // Arbitrary precision is on, so every int stays an exact JSON number.
    Value::Number(
        i.to_string()
            .parse::<Number>()
            .expect("a decimal integer is a JSON number"),
    )
}

fn float_to_json(f: f64) -> Value {
    if !f.is_finite() {
        let name = if f.is_nan() {
            "nan"
        } else if f > 0.0 {
            "inf"
        } else {
            "-inf"
        };
        return json!({ "$float": name });
    }
    // Rust's shortest round-trip formatting, with a ".0" kept so that a float
    // never reads back as an int.
    let mut text = format!("{f:?}");
    if !text.contains(['.', 'e', 'E']) {
        text.push_str(".0");
    }
    Value::Number(
        text.parse::<Number>()
            .expect("a finite float is a JSON number"),
    )
}

fn rank(v: &PyValue) -> u8 {
    match v {
        PyValue::None => 0,
        PyValue::Bool(_) => 1,
        PyValue::Int(_) => 2,
        PyValue::Float(_) => 3,
        PyValue::Str(_) => 4,
        PyValue::Bytes(_) => 5,
        PyValue::List(_) | PyValue::Tuple(_) => 6,
        PyValue::Dict(_) => 7,
        PyValue::Set(_) | PyValue::FrozenSet(_) => 8,
    }
}

/// A total order on canonical values (type first, then value), used to sort
/// set items and dict keys and to decide equality.
pub fn canonical_cmp(a: &PyValue, b: &PyValue) -> Ordering {
    match (a, b) {
        (PyValue::Bool(x), PyValue::Bool(y)) => x.cmp(y),
        (PyValue::Int(x), PyValue::Int(y)) => x.cmp(y),
        (PyValue::Float(x), PyValue::Float(y)) => float_cmp(*x, *y),
        (PyValue::Str(x), PyValue::Str(y)) => x.cmp(y),
        (PyValue::Bytes(x), PyValue::Bytes(y)) => x.cmp(y),
        (PyValue::List(x), PyValue::List(y)) | (PyValue::Set(x), PyValue::Set(y)) => seq_cmp(x, y),
        (PyValue::Dict(x), PyValue::Dict(y)) => {
            for ((kx, vx), (ky, vy)) in x.iter().zip(y) {
                let o = canonical_cmp(kx, ky).then_with(|| canonical_cmp(vx, vy));
                if o != Ordering::Equal {
                    return o;
                }
            }
            x.len().cmp(&y.len())
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

/// Floats as [`PyValue::equivalent`] sees them, in a total order: every NaN
/// is one value above all others, and `-0.0` is `0.0`.
fn float_cmp(x: f64, y: f64) -> Ordering {
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        (false, false) if x == y => Ordering::Equal,
        (false, false) => x.total_cmp(&y),
    }
}

fn seq_cmp(x: &[PyValue], y: &[PyValue]) -> Ordering {
    for (a, b) in x.iter().zip(y) {
        let o = canonical_cmp(a, b);
        if o != Ordering::Equal {
            return o;
        }
    }
    x.len().cmp(&y.len())
}

/// Compares values as their canonical forms would compare for equality,
/// without building them. The order is not [`canonical_cmp`]'s (containers
/// compare by length first, so that different lengths differ without
/// sorting anything) but it is total and has the same equal pairs.
///
/// Sets and dicts of two or more items are sorted once each, into vectors of
/// references kept by the address of their items. Before one is sorted,
/// everything under it is, so a sort's comparisons only read finished
/// orders: no sort runs inside another (which would cost time exponential
/// in the nesting, and a sort's stack frames per level). Each value is
/// walked by that preparation at most once, from its nearest sorted
/// ancestor.
#[derive(Default)]
struct Comparer<'a> {
    sets: HashMap<usize, Vec<&'a PyValue>>,
    dicts: HashMap<usize, Vec<&'a (PyValue, PyValue)>>,
}

impl<'a> Comparer<'a> {
    fn cmp(&mut self, a: &'a PyValue, b: &'a PyValue) -> Ordering {
        use PyValue::*;
        match (a, b) {
            (Bool(x), Bool(y)) => x.cmp(y),
            (Int(x), Int(y)) => x.cmp(y),
            (Float(x), Float(y)) => float_cmp(*x, *y),
            (Str(x), Str(y)) => x.cmp(y),
            (Bytes(x), Bytes(y)) => x.cmp(y),
            (List(x) | Tuple(x), List(y) | Tuple(y)) => x.len().cmp(&y.len()).then_with(|| {
                for (p, q) in x.iter().zip(y) {
                    let o = self.cmp(p, q);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                Ordering::Equal
            }),
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                x.len().cmp(&y.len()).then_with(|| {
                    if x.len() >= 2 {
                        self.sort_set(x);
                        self.sort_set(y);
                    }
                    for i in 0..x.len() {
                        let (p, q) = (self.set_item(x, i), self.set_item(y, i));
                        let o = self.cmp(p, q);
                        if o != Ordering::Equal {
                            return o;
                        }
                    }
                    Ordering::Equal
                })
            }
            (Dict(x), Dict(y)) => x.len().cmp(&y.len()).then_with(|| {
                if x.len() >= 2 {
                    self.sort_dict(x);
                    self.sort_dict(y);
                }
                for i in 0..x.len() {
                    let (p, q) = (self.dict_entry(x, i), self.dict_entry(y, i));
                    let o = self.cmp(&p.0, &q.0).then_with(|| self.cmp(&p.1, &q.1));
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                Ordering::Equal
            }),
            _ => rank(a).cmp(&rank(b)),
        }
    }

    fn set_item(&self, items: &'a [PyValue], i: usize) -> &'a PyValue {
        match self.sets.get(&(items.as_ptr() as usize)) {
            Some(sorted) => sorted[i],
            None => &items[i],
        }
    }

    fn dict_entry(&self, entries: &'a [(PyValue, PyValue)], i: usize) -> &'a (PyValue, PyValue) {
        match self.dicts.get(&(entries.as_ptr() as usize)) {
            Some(sorted) => sorted[i],
            None => &entries[i],
        }
    }

    /// Sorts every set and dict under `value` that is not sorted yet,
    /// innermost first.
    fn sort_within(&mut self, value: &'a PyValue) {
        match value {
            PyValue::List(items) | PyValue::Tuple(items) => {
                for item in items {
                    self.sort_within(item);
                }
            }
            PyValue::Set(items) | PyValue::FrozenSet(items) => self.sort_set(items),
            PyValue::Dict(entries) => self.sort_dict(entries),
            _ => {}
        }
    }

    fn sort_set(&mut self, items: &'a [PyValue]) {
        let key = items.as_ptr() as usize;
        if self.sets.contains_key(&key) {
            return;
        }
        for item in items {
            self.sort_within(item);
        }
        if items.len() < 2 {
            return;
        }
        let mut sorted: Vec<&'a PyValue> = items.iter().collect();
        sorted.sort_by(|p, q| self.cmp(p, q));
        self.sets.insert(key, sorted);
    }

    fn sort_dict(&mut self, entries: &'a [(PyValue, PyValue)]) {
        let key = entries.as_ptr() as usize;
        if self.dicts.contains_key(&key) {
            return;
        }
        for (k, v) in entries {
            self.sort_within(k);
            self.sort_within(v);
        }
        if entries.len() < 2 {
            return;
        }
        let mut sorted: Vec<&'a (PyValue, PyValue)> = entries.iter().collect();
        sorted.sort_by(|p, q| self.cmp(&p.0, &q.0).then_with(|| self.cmp(&p.1, &q.1)));
        self.dicts.insert(key, sorted);
    }
}

/// Random values for property tests, and rewritings that keep them
/// equivalent.
#[cfg(test)]
pub(crate) mod arb {
    use super::*;
    use proptest::prelude::*;

    fn leaf() -> impl Strategy<Value = PyValue> {
        prop_oneof![
            Just(PyValue::None),
            any::<bool>().prop_map(PyValue::Bool),
            (-3i64..3).prop_map(|i| PyValue::Int(BigInt::from(i))),
            any::<i64>().prop_map(|i| PyValue::Int(BigInt::from(i) << 40)),
            prop_oneof![
                Just(0.0),
                Just(-0.0),
                Just(f64::NAN),
                Just(-f64::NAN),
                Just(1.5),
                any::<f64>()
            ]
            .prop_map(PyValue::Float),
            "[aé]{0,2}".prop_map(PyValue::Str),
            proptest::collection::vec(0u8..3, 0..3).prop_map(PyValue::Bytes),
        ]
    }

    /// Dict keys are distinct under equivalence, as a Python dict's are.
    fn distinct_keys(entries: Vec<(PyValue, PyValue)>) -> PyValue {
        let mut kept: Vec<(PyValue, PyValue)> = Vec::new();
        for (k, v) in entries {
            if !kept.iter().any(|(seen, _)| seen.equivalent(&k)) {
                kept.push((k, v));
            }
        }
        PyValue::Dict(kept)
    }

    pub(crate) fn value() -> impl Strategy<Value = PyValue> {
        leaf().prop_recursive(4, 48, 5, |inner| {
            let items = || proptest::collection::vec(inner.clone(), 0..5);
            prop_oneof![
                items().prop_map(PyValue::List),
                items().prop_map(PyValue::Tuple),
                items().prop_map(PyValue::Set),
                items().prop_map(PyValue::FrozenSet),
                proptest::collection::vec((inner.clone(), inner.clone()), 0..4)
                    .prop_map(distinct_keys),
            ]
        })
    }

    /// An equivalent value: lists and tuples, sets and frozensets swapped,
    /// set items and dict entries rotated, zeros and NaNs sign-flipped.
    pub(crate) fn scramble(value: &PyValue, seed: u64) -> PyValue {
        let next = |i: usize| seed.rotate_left(7).wrapping_add(i as u64 * 0x9e37_79b9);
        let all = |items: &[PyValue]| -> Vec<PyValue> {
            items
                .iter()
                .enumerate()
                .map(|(i, v)| scramble(v, next(i)))
                .collect()
        };
        let turn = seed as usize % 7;
        match value {
            PyValue::Float(f) if *f == 0.0 || f.is_nan() => {
                PyValue::Float(if seed.is_multiple_of(2) { -*f } else { *f })
            }
            PyValue::List(items) | PyValue::Tuple(items) => {
                if seed.is_multiple_of(2) {
                    PyValue::List(all(items))
                } else {
                    PyValue::Tuple(all(items))
                }
            }
            PyValue::Set(items) | PyValue::FrozenSet(items) => {
                let mut items = all(items);
                if !items.is_empty() {
                    let n = items.len();
                    items.rotate_left(turn % n);
                    items.reverse();
                }
                if seed.is_multiple_of(2) {
                    PyValue::Set(items)
                } else {
                    PyValue::FrozenSet(items)
                }
            }
            PyValue::Dict(entries) => {
                let mut entries: Vec<(PyValue, PyValue)> = entries
                    .iter()
                    .enumerate()
                    .map(|(i, (k, v))| (scramble(k, next(i)), scramble(v, next(i + 99))))
                    .collect();
                if !entries.is_empty() {
                    let n = entries.len();
                    entries.rotate_left(turn % n);
                    entries.reverse();
                }
                PyValue::Dict(entries)
            }
            other => other.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> PyValue {
        PyValue::Int(BigInt::from(i))
    }

    #[test]
    fn list_equals_tuple_but_int_is_not_float_or_bool() {
        assert!(PyValue::List(vec![int(1)]).equivalent(&PyValue::Tuple(vec![int(1)])));
        assert!(!int(1).equivalent(&PyValue::Float(1.0)));
        assert!(!int(1).equivalent(&PyValue::Bool(true)));
    }

    #[test]
    fn sets_and_dicts_ignore_order() {
        let a = PyValue::Set(vec![int(2), int(1)]);
        let b = PyValue::FrozenSet(vec![int(1), int(2)]);
        assert!(a.equivalent(&b));
        let d1 = PyValue::Dict(vec![(int(1), int(2)), (int(3), int(4))]);
        let d2 = PyValue::Dict(vec![(int(3), int(4)), (int(1), int(2))]);
        assert!(d1.equivalent(&d2));
        let d3 = PyValue::Dict(vec![(int(3), int(5)), (int(1), int(2))]);
        assert!(!d1.equivalent(&d3));
    }

    #[test]
    fn nested_sets_zeros_and_nans() {
        let fs = |items: Vec<PyValue>| PyValue::FrozenSet(items);
        let a = PyValue::Set(vec![
            fs(vec![int(1), fs(vec![int(2), int(3)])]),
            fs(vec![]),
            fs(vec![fs(vec![int(3), int(2)]), int(1), int(0)]),
        ]);
        let b = PyValue::Set(vec![
            fs(vec![int(0), int(1), fs(vec![int(2), int(3)])]),
            fs(vec![fs(vec![int(3), int(2)]), int(1)]),
            fs(vec![]),
        ]);
        assert!(a.equivalent(&b));
        let c = PyValue::Set(vec![
            fs(vec![int(0), int(1), fs(vec![int(2), int(4)])]),
            fs(vec![fs(vec![int(3), int(2)]), int(1)]),
            fs(vec![]),
        ]);
        assert!(!a.equivalent(&c));
        assert!(PyValue::Float(-0.0).equivalent(&PyValue::Float(0.0)));
        assert!(PyValue::Float(-f64::NAN).equivalent(&PyValue::Float(f64::NAN)));
        assert!(!PyValue::Float(f64::NAN).equivalent(&PyValue::Float(1.0)));
        let nans = |x: f64| PyValue::Set(vec![PyValue::Float(x), PyValue::Float(1.0)]);
        assert!(nans(-f64::NAN).equivalent(&nans(f64::NAN)));
        assert!(!PyValue::List(vec![int(1)]).equivalent(&PyValue::Set(vec![int(1)])));
        assert!(!PyValue::List(vec![int(1)]).equivalent(&PyValue::List(vec![int(1), int(1)])));
        assert!(!PyValue::Dict(vec![]).equivalent(&PyValue::Set(vec![])));
    }

    /// What `equivalent` computed before it stopped copying.
    fn by_canonical_forms(a: &PyValue, b: &PyValue) -> bool {
        canonical_cmp(&a.canonical(), &b.canonical()) == Ordering::Equal
    }

    proptest::proptest! {
        #[test]
        fn same_verdicts_as_canonical_forms(
            a in arb::value(),
            b in arb::value(),
            seed in proptest::prelude::any::<u64>(),
        ) {
            let a2 = arb::scramble(&a, seed);
            proptest::prop_assert!(a.equivalent(&a2));
            proptest::prop_assert!(a2.equivalent(&a));
            proptest::prop_assert!(by_canonical_forms(&a, &a2));
            proptest::prop_assert_eq!(a.equivalent(&b), by_canonical_forms(&a, &b));
            let b2 = arb::scramble(&b, seed ^ 1);
            proptest::prop_assert_eq!(a.equivalent(&b2), by_canonical_forms(&a, &b2));
            proptest::prop_assert_eq!(a.equivalent(&b), b.equivalent(&a));
        }
    }

    #[test]
    fn json_keeps_big_ints_and_float_markers() {
        let big: BigInt = "123456789012345678901234567890".parse().unwrap();
        assert_eq!(
            PyValue::Int(big).to_json().to_string(),
            "123456789012345678901234567890"
        );
        assert_eq!(PyValue::Float(2.0).to_json().to_string(), "2.0");
        assert_eq!(PyValue::Float(f64::NAN).to_json(), json!({"$float": "nan"}));
        let back = PyValue::from_json(&serde_json::from_str("[1, 2.5, \"x\"]").unwrap());
        assert_eq!(
            back,
            PyValue::List(vec![int(1), PyValue::Float(2.5), PyValue::Str("x".into())])
        );
    }
}
