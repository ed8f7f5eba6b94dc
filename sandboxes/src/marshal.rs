//! The subset of CPython's `marshal` format that carries plain values.
//!
//! The guest encodes outputs with `marshal.dumps(value, 2)` semantics
//! (exact builtin types only, no back-references) and decodes inputs with
//! `marshal.loads`. Reading also accepts version 3–4 features (references,
//! short ASCII strings, small tuples) so data made elsewhere reads too.

use crate::value::PyValue;
use crate::SandboxError;
use num_bigint::{BigInt, Sign};

const FLAG_REF: u8 = 0x80;
/// Deeper nesting than CPython's own marshal writer allows (2000) is refused.
const MAX_DEPTH: usize = 2100;

/// Encodes a value so the guest's `marshal.loads` rebuilds it exactly.
pub fn encode(value: &PyValue) -> Vec<u8> {
    let mut out = Vec::new();
    write(value, &mut out);
    out
}

fn write_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

fn write_seq(tag: u8, items: &[PyValue], out: &mut Vec<u8>) {
    out.push(tag);
    write_len(out, items.len());
    for item in items {
        write(item, out);
    }
}

fn write(value: &PyValue, out: &mut Vec<u8>) {
    match value {
        PyValue::None => out.push(b'N'),
        PyValue::Bool(true) => out.push(b'T'),
        PyValue::Bool(false) => out.push(b'F'),
        PyValue::Int(i) => match i32::try_from(i) {
            Ok(small) => {
                out.push(b'i');
                out.extend_from_slice(&small.to_le_bytes());
            }
            Err(_) => write_long(i, out),
        },
        PyValue::Float(f) => {
            out.push(b'g');
            out.extend_from_slice(&f.to_le_bytes());
        }
        PyValue::Str(s) => {
            out.push(b'u');
            write_len(out, s.len());
            out.extend_from_slice(s.as_bytes());
        }
        PyValue::Bytes(b) => {
            out.push(b's');
            write_len(out, b.len());
            out.extend_from_slice(b);
        }
        PyValue::List(items) => write_seq(b'[', items, out),
        PyValue::Tuple(items) => write_seq(b'(', items, out),
        PyValue::Set(items) => write_seq(b'<', items, out),
        PyValue::FrozenSet(items) => write_seq(b'>', items, out),
        PyValue::Dict(entries) => {
            out.push(b'{');
            for (k, v) in entries {
                write(k, out);
                write(v, out);
            }
            out.push(b'0');
        }
    }
}

/// Ints beyond 32 bits: sign and magnitude in base-2^15 digits, least
/// significant first.
fn write_long(i: &BigInt, out: &mut Vec<u8>) {
    let (sign, magnitude) = i.to_u32_digits();
    let mut digits: Vec<u16> = Vec::new();
    let mut acc: u64 = 0;
    let mut bits = 0;
    for word in magnitude {
        acc |= u64::from(word) << bits;
        bits += 32;
        while bits >= 15 {
            digits.push((acc & 0x7fff) as u16);
            acc >>= 15;
            bits -= 15;
        }
    }
    if acc > 0 {
        digits.push(acc as u16);
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    out.push(b'l');
    let n = digits.len() as i32;
    let n = if sign == Sign::Minus { -n } else { n };
    out.extend_from_slice(&n.to_le_bytes());
    for d in digits {
        out.extend_from_slice(&d.to_le_bytes());
    }
}

/// Decodes one value; the data must hold exactly one.
pub fn decode(data: &[u8]) -> Result<PyValue, SandboxError> {
    let mut reader = Reader {
        data,
        pos: 0,
        refs: Vec::new(),
    };
    let value = reader.value(0)?;
    if reader.pos != data.len() {
        return Err(SandboxError::Marshal(format!(
            "{} trailing bytes",
            data.len() - reader.pos
        )));
    }
    Ok(value)
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    refs: Vec<Option<PyValue>>,
}

fn bad(message: impl Into<String>) -> SandboxError {
    SandboxError::Marshal(message.into())
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], SandboxError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        let end = end.ok_or_else(|| bad("truncated data"))?;
        let slice = &self.data[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, SandboxError> {
        Ok(self.take(1)?[0])
    }

    fn i32(&mut self) -> Result<i32, SandboxError> {
        Ok(i32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }

    fn len(&mut self) -> Result<usize, SandboxError> {
        usize::try_from(self.i32()?).map_err(|_| bad("negative length"))
    }

    fn text(&mut self, n: usize) -> Result<PyValue, SandboxError> {
        let bytes = self.take(n)?;
        let s = std::str::from_utf8(bytes).map_err(|_| bad("string is not valid UTF-8"))?;
        Ok(PyValue::Str(s.to_owned()))
    }

    fn items(&mut self, n: usize, depth: usize) -> Result<Vec<PyValue>, SandboxError> {
        // Each item takes at least one byte: a bound that keeps a forged
        // length from reserving memory the data cannot fill.
        let mut items = Vec::with_capacity(n.min(self.data.len() - self.pos));
        for _ in 0..n {
            items.push(self.value(depth + 1)?);
        }
        Ok(items)
    }

    fn value(&mut self, depth: usize) -> Result<PyValue, SandboxError> {
        if depth > MAX_DEPTH {
            return Err(bad("nested too deeply"));
        }
        let code = self.byte()?;
        let flagged = code & FLAG_REF != 0;
        let slot = if flagged {
            self.refs.push(None);
            Some(self.refs.len() - 1)
        } else {
            None
        };
        let value = match code & !FLAG_REF {
            b'N' => PyValue::None,
            b'T' => PyValue::Bool(true),
            b'F' => PyValue::Bool(false),
            b'i' => PyValue::Int(BigInt::from(self.i32()?)),
            b'l' => self.long()?,
            b'g' => PyValue::Float(f64::from_le_bytes(
                self.take(8)?.try_into().expect("8 bytes"),
            )),
            b'u' | b't' | b'a' | b'A' => {
                let n = self.len()?;
                self.text(n)?
            }
            b'z' | b'Z' => {
                let n = usize::from(self.byte()?);
                self.text(n)?
            }
            b's' => {
                let n = self.len()?;
                PyValue::Bytes(self.take(n)?.to_vec())
            }
            b'(' => {
                let n = self.len()?;
                PyValue::Tuple(self.items(n, depth)?)
            }
            b')' => {
                let n = usize::from(self.byte()?);
                PyValue::Tuple(self.items(n, depth)?)
            }
            b'[' => {
                let n = self.len()?;
                PyValue::List(self.items(n, depth)?)
            }
            b'<' => {
                let n = self.len()?;
                PyValue::Set(self.items(n, depth)?)
            }
            b'>' => {
                let n = self.len()?;
                PyValue::FrozenSet(self.items(n, depth)?)
            }
            b'{' => {
                let mut entries = Vec::new();
                loop {
                    if self.data.get(self.pos) == Some(&b'0') {
                        self.pos += 1;
                        break;
                    }
                    let k = self.value(depth + 1)?;
                    let v = self.value(depth + 1)?;
                    entries.push((k, v));
                }
                PyValue::Dict(entries)
            }
            b'r' => {
                let index = self.len()?;
                let target = self.refs.get(index).cloned().flatten();
                target.ok_or_else(|| bad("reference to an unfinished or unknown object"))?
            }
            other => {
                return Err(bad(format!(
                    "unsupported type code {:?} (only plain builtin values cross the boundary)",
                    other as char
                )))
            }
        };
        if let Some(slot) = slot {
            self.refs[slot] = Some(value.clone());
        }
        Ok(value)
    }

    fn long(&mut self) -> Result<PyValue, SandboxError> {
        let n = self.i32()?;
        let count = n.unsigned_abs() as usize;
        let raw = self.take(count.checked_mul(2).ok_or_else(|| bad("long too large"))?)?;
        let mut magnitude = BigInt::from(0u8);
        for chunk in raw.chunks_exact(2).rev() {
            let digit = u16::from_le_bytes([chunk[0], chunk[1]]);
            if digit > 0x7fff {
                return Err(bad("long digit out of range"));
            }
            magnitude = (magnitude << 15) + BigInt::from(digit);
        }
        Ok(PyValue::Int(if n < 0 { -magnitude } else { magnitude }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_plain_values() {
        let big: BigInt = "-98765432109876543210987654321".parse().unwrap();
        let value = PyValue::Tuple(vec![
            PyValue::None,
            PyValue::Bool(true),
            PyValue::Int(BigInt::from(-7)),
            PyValue::Int(big),
            PyValue::Int(BigInt::from(1u64 << 40)),
            PyValue::Float(-2.5),
            PyValue::Str("héllo".into()),
            PyValue::Bytes(vec![0, 255]),
            PyValue::List(vec![PyValue::Set(vec![PyValue::Int(BigInt::from(3))])]),
            PyValue::Dict(vec![(PyValue::Str("k".into()), PyValue::FrozenSet(vec![]))]),
        ]);
        assert_eq!(decode(&encode(&value)).unwrap(), value);
    }

    #[test]
    fn matches_cpython_bytes() {
        // marshal.dumps((1, [2**40], "a"), 2) in CPython 3.11.
        let bytes = b"(\x03\x00\x00\x00i\x01\x00\x00\x00[\x01\x00\x00\x00l\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04u\x01\x00\x00\x00a";
        let expected = PyValue::Tuple(vec![
            PyValue::Int(BigInt::from(1)),
            PyValue::List(vec![PyValue::Int(BigInt::from(1u64 << 40))]),
            PyValue::Str("a".into()),
        ]);
        assert_eq!(decode(bytes).unwrap(), expected);
        assert_eq!(encode(&expected), bytes.to_vec());
    }

    #[test]
    fn rejects_code_objects_and_truncation() {
        assert!(decode(b"c\x00").is_err());
        assert!(decode(b"[\x05\x00\x00\x00N").is_err());
        assert!(decode(b"NN").is_err());
    }
}
