//! The binary format between the host and a compiled program, by type (the
//! C++ side is `include/effgauge_glue.hpp`). Little-endian: `int` is 8 bytes
//! of two's complement, `float` an 8-byte IEEE double, `bool` one byte,
//! `str` a u32 byte length and UTF-8, a list a u32 count and its elements,
//! a tuple its elements in order.
//!
//! Decoding reads what an untrusted program wrote: every count is checked
//! against the bytes left (each element takes at least one), so a lying
//! count never allocates, and nesting is bounded by the declared type.

use crate::signature::{Signature, Type};
use effgauge_sandboxes::{ProgramCodec, PyValue};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Arguments and results in the glue's format, by the signature: what the
/// sandbox passes a compiled program and reads back.
pub struct GlueCodec(pub Signature);

impl ProgramCodec for GlueCodec {
    fn encode_args(&self, args: &[PyValue]) -> Result<Vec<u8>, String> {
        encode_args(&self.0, args)
    }
    fn decode_result(&self, bytes: &[u8]) -> Result<PyValue, String> {
        decode_all(&self.0.returns, bytes)
    }
}

/// A whole program's case and answer (the stdin/stdout protocol): its one
/// `str` or `bytes` argument is its standard input, and its answer is what
/// it wrote to standard output, as `bytes`.
pub struct StdioCodec;

impl ProgramCodec for StdioCodec {
    fn encode_args(&self, args: &[PyValue]) -> Result<Vec<u8>, String> {
        effgauge_sandboxes::Protocol::stdin_from(args)
            .ok_or_else(|| "a program's case is one str or bytes, its standard input".into())
    }
    fn decode_result(&self, bytes: &[u8]) -> Result<PyValue, String> {
        Ok(PyValue::Bytes(bytes.to_vec()))
    }
}

/// Encodes a case's arguments for `signature`'s parameters.
pub fn encode_args(signature: &Signature, args: &[PyValue]) -> Result<Vec<u8>, String> {
    if args.len() != signature.params.len() {
        return Err(format!(
            "{} arguments for {} parameters",
            args.len(),
            signature.params.len()
        ));
    }
    let mut out = Vec::new();
    for ((name, ty), value) in signature.params.iter().zip(args) {
        encode(ty, value, &mut out).map_err(|e| format!("argument `{name}`: {e}"))?;
    }
    Ok(out)
}

/// Encodes one value as `ty`.
pub fn encode(ty: &Type, value: &PyValue, out: &mut Vec<u8>) -> Result<(), String> {
    match (ty, value) {
        (Type::Int, PyValue::Int(i)) => {
            let v = i
                .to_i64()
                .ok_or_else(|| format!("{i} does not fit in 64 bits"))?;
            out.extend_from_slice(&v.to_le_bytes());
        }
        (Type::Int, PyValue::Bool(b)) => out.extend_from_slice(&i64::from(*b).to_le_bytes()),
        (Type::Float, PyValue::Float(f)) => out.extend_from_slice(&f.to_le_bytes()),
        (Type::Float, PyValue::Int(i)) => {
            let f = i.to_f64().ok_or_else(|| format!("{i} is not a float"))?;
            out.extend_from_slice(&f.to_le_bytes());
        }
        (Type::Bool, PyValue::Bool(b)) => out.push(u8::from(*b)),
        (Type::Str, PyValue::Str(s)) => {
            out.extend_from_slice(&length(s.len())?.to_le_bytes());
            out.extend_from_slice(s.as_bytes());
        }
        (Type::List(inner), PyValue::List(items) | PyValue::Tuple(items)) => {
            out.extend_from_slice(&length(items.len())?.to_le_bytes());
            for item in items {
                encode(inner, item, out)?;
            }
        }
        (Type::Tuple(types), PyValue::List(items) | PyValue::Tuple(items))
            if types.len() == items.len() =>
        {
            for (t, item) in types.iter().zip(items) {
                encode(t, item, out)?;
            }
        }
        (ty, value) => {
            return Err(format!(
                "a {} where the signature says {}",
                value.type_name(),
                ty.cpp()
            ))
        }
    }
    Ok(())
}

fn length(n: usize) -> Result<u32, String> {
    u32::try_from(n).map_err(|_| format!("{n} elements do not fit the format"))
}

/// Decodes a whole result as `ty`; bytes left over are an error.
pub fn decode_all(ty: &Type, bytes: &[u8]) -> Result<PyValue, String> {
    let mut at = 0;
    let value = decode(ty, bytes, &mut at)?;
    if at != bytes.len() {
        return Err(format!("{} bytes after the result", bytes.len() - at));
    }
    Ok(value)
}

fn take<'a>(bytes: &'a [u8], at: &mut usize, n: usize) -> Result<&'a [u8], String> {
    let end = at
        .checked_add(n)
        .filter(|&end| end <= bytes.len())
        .ok_or("the result ends early")?;
    let chunk = &bytes[*at..end];
    *at = end;
    Ok(chunk)
}

fn decode(ty: &Type, bytes: &[u8], at: &mut usize) -> Result<PyValue, String> {
    let word = |at: &mut usize| -> Result<[u8; 8], String> {
        Ok(take(bytes, at, 8)?.try_into().expect("8 bytes"))
    };
    Ok(match ty {
        Type::Int => PyValue::Int(BigInt::from(i64::from_le_bytes(word(at)?))),
        Type::Float => PyValue::Float(f64::from_le_bytes(word(at)?)),
        Type::Bool => match take(bytes, at, 1)?[0] {
            0 => PyValue::Bool(false),
            1 => PyValue::Bool(true),
            other => return Err(format!("bool byte {other}")),
        },
        Type::Str => {
            let n = count(bytes, at)?;
            let raw = take(bytes, at, n)?;
            PyValue::Str(String::from_utf8(raw.to_vec()).map_err(|_| "a string that is not UTF-8")?)
        }
        Type::List(inner) => {
            let n = count(bytes, at)?;
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(decode(inner, bytes, at)?);
            }
            PyValue::List(items)
        }
        Type::Tuple(types) => PyValue::Tuple(
            types
                .iter()
                .map(|t| decode(t, bytes, at))
                .collect::<Result<_, _>>()?,
        ),
    })
}

/// A count, checked against the bytes left: every element takes at least
/// one byte, so a lying count fails here instead of allocating.
fn count(bytes: &[u8], at: &mut usize) -> Result<usize, String> {
    let n = u32::from_le_bytes(take(bytes, at, 4)?.try_into().expect("4 bytes")) as usize;
    if n > bytes.len() - *at {
        return Err(format!(
            "a count of {n} with {} bytes left",
            bytes.len() - *at
        ));
    }
    Ok(n)
}

/// `value` as a program returning `ty` would give it back (tuples and lists
/// as the type says): what a C++ answer is compared with.
pub fn canonical(ty: &Type, value: &PyValue) -> Result<PyValue, String> {
    let mut bytes = Vec::new();
    encode(ty, value, &mut bytes)?;
    decode_all(ty, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn nested() -> Type {
        Type::List(Box::new(Type::Tuple(vec![
            Type::Int,
            Type::Str,
            Type::List(Box::new(Type::Bool)),
        ])))
    }

    #[test]
    fn round_trips_and_canonicalises_lists_as_tuples() {
        let value = PyValue::List(vec![PyValue::List(vec![
            PyValue::Int((-5).into()),
            PyValue::Str("é".into()),
            PyValue::Tuple(vec![PyValue::Bool(true)]),
        ])]);
        let back = canonical(&nested(), &value).unwrap();
        assert_eq!(
            back,
            PyValue::List(vec![PyValue::Tuple(vec![
                PyValue::Int((-5).into()),
                PyValue::Str("é".into()),
                PyValue::List(vec![PyValue::Bool(true)]),
            ])])
        );
    }

    #[test]
    fn refuses_what_does_not_fit() {
        let big = PyValue::Int(BigInt::from(1u8) << 70);
        assert!(encode(&Type::Int, &big, &mut Vec::new()).is_err());
        assert!(encode(&Type::Str, &PyValue::Int(1.into()), &mut Vec::new()).is_err());
        assert!(decode_all(&Type::Int, &[0; 9]).is_err());
        assert!(decode_all(&Type::Bool, &[2]).is_err());
        // A count of four billion with no bytes behind it allocates nothing.
        assert!(decode_all(&nested(), &u32::MAX.to_le_bytes()).is_err());
    }

    proptest! {
        #[test]
        fn any_bytes_decode_or_fail_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let _ = decode_all(&nested(), &bytes);
            let _ = decode_all(&Type::List(Box::new(Type::List(Box::new(Type::Float)))), &bytes);
        }
    }
}
