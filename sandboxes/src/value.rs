//! Python values as they cross the sandbox boundary.
//!
//! Inputs go in and outputs come out as CPython `marshal` data (version 2: no
//! back-references), which only ever holds exact builtin types, so a candidate
//! cannot smuggle an object with its own `__eq__` or `__repr__` past the
//! boundary. Outputs are compared here, on the host, by [`PyValue::equivalent`].

use num_bigint::BigInt;
use serde_json::{json, Map, Number, Value};
use std::cmp::Ordering;

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
    pub fn equivalent(&self, other: &PyValue) -> bool {
        canonical_cmp(&self.canonical(), &other.canonical()) == Ordering::Equal
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
        (PyValue::Float(x), PyValue::Float(y)) => {
            if x.is_nan() && y.is_nan() {
                Ordering::Equal
            } else {
                x.total_cmp(y)
            }
        }
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

fn seq_cmp(x: &[PyValue], y: &[PyValue]) -> Ordering {
    for (a, b) in x.iter().zip(y) {
        let o = canonical_cmp(a, b);
        if o != Ordering::Equal {
            return o;
        }
    }
    x.len().cmp(&y.len())
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
