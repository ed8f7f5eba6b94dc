//! How a problem without a checker decides that an output is right.
//!
//! Most problems compare the output with the reference's by effgauge's
//! [`equivalent`](PyValue::equivalent): Python's `==`, made strict where a
//! grader should be (`True` is not `1`, `1` is not `1.0`) and lenient where
//! models differ harmlessly (a tuple for a list). Imported benchmarks come
//! with rules of their own. ENAMEL's checker for 138 of its 142 problems is
//! `type(output) == type(answer) and output == answer`: the outer types
//! must match exactly, and inside, Python's `==` with all its looseness.
//! Running that checker in a sandbox costs an instance per case, more than a
//! quarter of the time of scoring ENAMEL; [`Compare::SameTypeEqual`] is the
//! same rule on the host, declared with `compare = "same-type-equal"` in
//! `problem.toml`.
//!
//! Python's `==` on builtin values is decided here by normalising both
//! sides into a form where equal values are identical: `bool`, `int` and
//! integral `float` become one integer (`True == 1 == 1.0`, `-0.0 == 0`),
//! sets and frozensets become the sorted list of their normalised items,
//! dicts the sorted list of their normalised entries. Lists and tuples stay
//! apart (`[1] != (1,)`). A NaN anywhere makes the values unequal: two NaN
//! objects are never `==`, and an output never shares objects with the
//! reference's answer.

use super::stdout::TextRule;
use effgauge_sandboxes::PyValue;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

/// The rule that decides correctness where there is no `checker.py`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Compare {
    /// effgauge's [`PyValue::equivalent`].
    #[default]
    Equivalent,
    /// `type(output) == type(expected) and output == expected`, as Python
    /// decides it (ENAMEL's checker).
    SameTypeEqual,
    /// A stdin/stdout program's answer, its standard output as bytes, by a
    /// judge's rule ([`TextRule`]).
    Text(TextRule),
}

impl serde::Serialize for Compare {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl Compare {
    /// The name `problem.toml` uses.
    pub fn name(self) -> &'static str {
        match self {
            Compare::Equivalent => "equivalent",
            Compare::SameTypeEqual => "same-type-equal",
            Compare::Text(rule) => rule.name(),
        }
    }

    /// A function's rule by name (a text rule is [`TextRule::parse`]d).
    pub fn parse(name: &str) -> Option<Compare> {
        [Compare::Equivalent, Compare::SameTypeEqual]
            .into_iter()
            .find(|c| c.name() == name)
    }

    /// Whether `output` is a right answer where the reference answered
    /// `expected`.
    pub fn accepts(self, expected: &PyValue, output: &PyValue) -> bool {
        match self {
            Compare::Equivalent => expected.equivalent(output),
            Compare::SameTypeEqual => {
                std::mem::discriminant(expected) == std::mem::discriminant(output)
                    && python_eq(expected, output)
            }
            Compare::Text(rule) => match (expected, output) {
                (PyValue::Bytes(e), PyValue::Bytes(o)) => rule.accepts(e, o),
                _ => false,
            },
        }
    }
}

/// Python's `==` on two builtin values.
pub fn python_eq(a: &PyValue, b: &PyValue) -> bool {
    match (normalise(a), normalise(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// A value in a form where Python-equal values are identical.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Norm<'a> {
    None,
    Int(BigInt),
    /// A finite float with a fraction, by its bits (no two such floats
    /// with different bits are equal, and none equals an integer).
    Fraction(u64),
    Str(&'a str),
    Bytes(&'a [u8]),
    List(Vec<Norm<'a>>),
    Tuple(Vec<Norm<'a>>),
    /// Items sorted: Python's sets ignore order.
    Set(Vec<Norm<'a>>),
    /// Entries sorted by key.
    Dict(Vec<(Norm<'a>, Norm<'a>)>),
}

/// `None` where the value holds a NaN (never equal to anything).
fn normalise(value: &PyValue) -> Option<Norm<'_>> {
    Some(match value {
        PyValue::None => Norm::None,
        PyValue::Bool(b) => Norm::Int(BigInt::from(u8::from(*b))),
        PyValue::Int(i) => Norm::Int(i.clone()),
        PyValue::Float(f) if f.is_nan() => return None,
        PyValue::Float(f) if f.is_finite() && f.fract() == 0.0 => Norm::Int(BigInt::from_f64(*f)?),
        PyValue::Float(f) => Norm::Fraction(f.to_bits()),
        PyValue::Str(s) => Norm::Str(s),
        PyValue::Bytes(b) => Norm::Bytes(b),
        PyValue::List(items) => Norm::List(normalise_all(items)?),
        PyValue::Tuple(items) => Norm::Tuple(normalise_all(items)?),
        PyValue::Set(items) | PyValue::FrozenSet(items) => {
            let mut items = normalise_all(items)?;
            items.sort_unstable();
            Norm::Set(items)
        }
        PyValue::Dict(entries) => {
            let mut entries = entries
                .iter()
                .map(|(k, v)| Some((normalise(k)?, normalise(v)?)))
                .collect::<Option<Vec<_>>>()?;
            entries.sort_unstable();
            Norm::Dict(entries)
        }
    })
}

fn normalise_all(items: &[PyValue]) -> Option<Vec<Norm<'_>>> {
    items.iter().map(normalise).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use PyValue::*;

    fn int(i: i64) -> PyValue {
        Int(BigInt::from(i))
    }

    fn same(a: &PyValue, b: &PyValue) -> bool {
        Compare::SameTypeEqual.accepts(a, b)
    }

    #[test]
    fn python_eq_is_loose_inside_as_python_is() {
        // [1, 2.0, True] == [1.0, 2, 1] in Python.
        assert!(python_eq(
            &List(vec![int(1), Float(2.0), Bool(true)]),
            &List(vec![Float(1.0), int(2), int(1)])
        ));
        assert!(python_eq(&Float(-0.0), &int(0)));
        assert!(python_eq(
            &Set(vec![int(1), Str("a".into())]),
            &FrozenSet(vec![Str("a".into()), Float(1.0)])
        ));
        assert!(python_eq(
            &Dict(vec![(int(1), Str("x".into())), (Str("k".into()), None)]),
            &Dict(vec![(Str("k".into()), None), (Bool(true), Str("x".into()))])
        ));
    }

    #[test]
    fn python_eq_keeps_apart_what_python_keeps_apart() {
        assert!(!python_eq(&List(vec![int(1)]), &Tuple(vec![int(1)])));
        assert!(!python_eq(
            &List(vec![Tuple(vec![int(1)])]),
            &List(vec![List(vec![int(1)])])
        ));
        assert!(!python_eq(&Float(0.5), &int(0)));
        assert!(!python_eq(&Float(f64::NAN), &Float(f64::NAN)));
        assert!(!python_eq(
            &List(vec![Float(f64::NAN)]),
            &List(vec![Float(f64::NAN)])
        ));
        assert!(!python_eq(&Str("1".into()), &int(1)));
        assert!(!python_eq(&Bytes(b"a".to_vec()), &Str("a".into())));
        // 2**53 + 1 is not the float 2**53, which Python compares exactly.
        let big = BigInt::from(1u64 << 53) + 1;
        assert!(!python_eq(&Int(big), &Float(9007199254740992.0)));
        assert!(!python_eq(&Float(f64::INFINITY), &Float(f64::NEG_INFINITY)));
        assert!(python_eq(&Float(f64::INFINITY), &Float(f64::INFINITY)));
    }

    #[test]
    fn same_type_equal_wants_the_outer_type_exactly() {
        assert!(same(&int(1), &int(1)));
        assert!(!same(&int(1), &Bool(true)));
        assert!(!same(&int(1), &Float(1.0)));
        assert!(!same(&List(vec![int(1)]), &Tuple(vec![int(1)])));
        assert!(!same(&Set(vec![int(1)]), &FrozenSet(vec![int(1)])));
        // ... and only the outer type.
        assert!(same(&List(vec![int(1)]), &List(vec![Bool(true)])));
        // effgauge's own rule is the other way round on both counts.
        assert!(Compare::Equivalent.accepts(&List(vec![int(1)]), &Tuple(vec![int(1)])));
        assert!(!Compare::Equivalent.accepts(&List(vec![int(1)]), &List(vec![Bool(true)])));
    }

    #[test]
    fn names_round_trip() {
        for c in [Compare::Equivalent, Compare::SameTypeEqual] {
            assert_eq!(Compare::parse(c.name()), Some(c));
        }
        assert_eq!(Compare::parse("exact"), Option::None);
    }
}
