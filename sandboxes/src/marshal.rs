//! The subset of CPython's `marshal` format that carries plain values.
//!
//! The guest encodes outputs with `marshal.dumps(value, 2)` semantics
//! (exact builtin types only, no back-references) and decodes inputs with
//! `marshal.loads`. Reading also accepts version 3–4 features (references,
//! short ASCII strings, small tuples) so data made elsewhere reads too.

use crate::value::PyValue;
use crate::SandboxError;
use num_bigint::{BigInt, BigUint, Sign};

const FLAG_REF: u8 = 0x80;
/// Nesting deeper than this is refused; the guest's writer refuses values
/// deeper than 2000, as CPython's marshal does.
pub const MAX_DEPTH: usize = 2100;

/// `()` as [`encode`] writes it.
pub const EMPTY_TUPLE: &[u8] = &[b'(', 0, 0, 0, 0];

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
///
/// Hostile bytes get an error, never a panic, a host stack overflow or an
/// allocation the data cannot pay for:
///
/// - the reader is a loop over an explicit stack, and nesting deeper than
///   [`MAX_DEPTH`] is refused;
/// - a container is allocated for its declared length only once the bytes
///   left can hold that many items (one byte at least each) on top of every
///   item already promised by the containers still open, so all the
///   reservations together never exceed the bytes left;
/// - ints are rebuilt in time linear in their digits;
/// - a back-reference (versions 3–4) is replayed from its bytes rather than
///   copied from a stored tree, and all replays together may read at most
///   as many bytes as the data holds, so a value never expands to more than
///   twice its encoded size.
///
/// Host memory: every value is one [`PyValue`] (32 bytes on 64-bit
/// targets) in its container's exactly-sized vector, and the smallest
/// values (`N`, `T`, `F`) take one byte, so a decoded tree takes at most
/// about 32 heap bytes per encoded byte; strings, bytes and ints add less
/// than their encoding. The one exception is a dict, whose entries cannot
/// be counted ahead: its vector grows by doubling while it is read, then is
/// trimmed. Measured by `cargo bench -p effgauge-sandboxes --bench
/// host_decode` (peak heap over encoded size): 32.0 bytes per byte for
/// `[[None] * 6000] * 6000` (36 MB), 1.9 for `1 << 8_000_000` (decoded in
/// about 1 ms), 44.7 for a dict of 3 million `None: None` entries.
pub fn decode(data: &[u8]) -> Result<PyValue, SandboxError> {
    let mut reader = Reader {
        data,
        pos: 0,
        stack: Vec::new(),
        depth: 0,
        promised: 0,
        refs: Vec::new(),
        replaying: 0,
        replay_budget: data.len(),
    };
    let value = reader.run()?;
    if reader.pos != data.len() {
        return Err(bad(format!("{} trailing bytes", data.len() - reader.pos)));
    }
    Ok(value)
}

fn bad(message: impl Into<String>) -> SandboxError {
    SandboxError::Marshal(message.into())
}

#[derive(Clone, Copy)]
enum SeqKind {
    List,
    Tuple,
    Set,
    FrozenSet,
}

/// A container being read, or a back-reference being replayed.
enum Frame {
    Seq {
        kind: SeqKind,
        items: Vec<PyValue>,
        /// Items not yet started.
        left: usize,
        /// The back-reference slot to close when done.
        slot: Option<usize>,
    },
    Dict {
        entries: Vec<(PyValue, PyValue)>,
        key: Option<PyValue>,
        slot: Option<usize>,
    },
    /// Where reading resumes once the replayed value is complete.
    Replay { resume: usize, end: usize },
}

/// A value flagged for back-references: where its bytes start and, once it
/// is complete, end.
struct RefSlot {
    start: usize,
    end: Option<usize>,
}

/// What reading the start of a value gave.
enum Start {
    Value(PyValue),
    /// A frame was pushed; its items come next.
    Opened,
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    stack: Vec<Frame>,
    /// Containers open (replay frames do not count).
    depth: usize,
    /// Items declared by open containers and not yet started: each needs a
    /// byte at least of what is left.
    promised: usize,
    refs: Vec<RefSlot>,
    /// Replays under way: values read then are not registered again.
    replaying: usize,
    /// Bytes replays may still read.
    replay_budget: usize,
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

    fn array<const N: usize>(&mut self) -> Result<[u8; N], SandboxError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn i32(&mut self) -> Result<i32, SandboxError> {
        Ok(i32::from_le_bytes(self.array()?))
    }

    fn len(&mut self) -> Result<usize, SandboxError> {
        usize::try_from(self.i32()?).map_err(|_| bad("negative length"))
    }

    fn text(&mut self, n: usize) -> Result<PyValue, SandboxError> {
        let bytes = self.take(n)?;
        let s = std::str::from_utf8(bytes).map_err(|_| bad("string is not valid UTF-8"))?;
        Ok(PyValue::Str(s.to_owned()))
    }

    fn left(&self) -> usize {
        self.data.len() - self.pos
    }

    fn run(&mut self) -> Result<PyValue, SandboxError> {
        loop {
            let mut value = match self.start()? {
                Start::Value(v) => v,
                Start::Opened => match self.close_top()? {
                    Some(v) => v,
                    None => continue,
                },
            };
            // Hand the finished value up, closing every container it fills.
            loop {
                match self.stack.last_mut() {
                    None => return Ok(value),
                    Some(Frame::Replay { resume, end }) => {
                        if self.pos != *end {
                            return Err(bad("back-reference does not replay"));
                        }
                        self.pos = *resume;
                        self.replaying -= 1;
                        self.stack.pop();
                        continue;
                    }
                    Some(Frame::Seq { items, .. }) => items.push(value),
                    Some(Frame::Dict { entries, key, .. }) => match key.take() {
                        None => *key = Some(value),
                        Some(k) => entries.push((k, value)),
                    },
                }
                match self.close_top()? {
                    Some(v) => value = v,
                    None => break,
                }
            }
        }
    }

    /// Pops the top container when it is complete, as a value.
    fn close_top(&mut self) -> Result<Option<PyValue>, SandboxError> {
        let complete = match self.stack.last() {
            Some(Frame::Seq { left, .. }) => *left == 0,
            Some(Frame::Dict { key, .. }) => {
                key.is_none() && self.data.get(self.pos) == Some(&b'0')
            }
            _ => false,
        };
        if !complete {
            return Ok(None);
        }
        let (value, slot) = match self.stack.pop() {
            Some(Frame::Seq {
                kind, items, slot, ..
            }) => {
                let value = match kind {
                    SeqKind::List => PyValue::List(items),
                    SeqKind::Tuple => PyValue::Tuple(items),
                    SeqKind::Set => PyValue::Set(items),
                    SeqKind::FrozenSet => PyValue::FrozenSet(items),
                };
                (value, slot)
            }
            Some(Frame::Dict {
                mut entries, slot, ..
            }) => {
                self.pos += 1;
                entries.shrink_to_fit();
                (PyValue::Dict(entries), slot)
            }
            _ => unreachable!("checked above"),
        };
        self.depth -= 1;
        self.finish_ref(slot);
        Ok(Some(value))
    }

    fn finish_ref(&mut self, slot: Option<usize>) {
        if let Some(slot) = slot {
            self.refs[slot].end = Some(self.pos);
        }
    }

    /// Opens a container of `n` items, if the bytes left can hold them.
    fn open_seq(
        &mut self,
        kind: SeqKind,
        n: usize,
        slot: Option<usize>,
    ) -> Result<Start, SandboxError> {
        let needed = self.promised.checked_add(n);
        if needed.is_none_or(|needed| needed > self.left()) {
            return Err(bad(format!(
                "a container of {n} items in {} bytes",
                self.left()
            )));
        }
        self.promised += n;
        self.depth += 1;
        self.stack.push(Frame::Seq {
            kind,
            items: Vec::with_capacity(n),
            left: n,
            slot,
        });
        Ok(Start::Opened)
    }

    /// Reads the start of the next value: all of it unless it is a
    /// container or a back-reference.
    fn start(&mut self) -> Result<Start, SandboxError> {
        if let Some(Frame::Seq { left, .. }) = self.stack.last_mut() {
            *left -= 1;
            self.promised -= 1;
        }
        if self.depth > MAX_DEPTH {
            return Err(bad("nested too deeply"));
        }
        let at = self.pos;
        let code = self.byte()?;
        let slot = if code & FLAG_REF != 0 && self.replaying == 0 {
            self.refs.push(RefSlot {
                start: at,
                end: None,
            });
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
            b'g' => PyValue::Float(f64::from_le_bytes(self.array()?)),
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
                return self.open_seq(SeqKind::Tuple, n, slot);
            }
            b')' => {
                let n = usize::from(self.byte()?);
                return self.open_seq(SeqKind::Tuple, n, slot);
            }
            b'[' => {
                let n = self.len()?;
                return self.open_seq(SeqKind::List, n, slot);
            }
            b'<' => {
                let n = self.len()?;
                return self.open_seq(SeqKind::Set, n, slot);
            }
            b'>' => {
                let n = self.len()?;
                return self.open_seq(SeqKind::FrozenSet, n, slot);
            }
            b'{' => {
                self.depth += 1;
                self.stack.push(Frame::Dict {
                    entries: Vec::new(),
                    key: None,
                    slot,
                });
                return Ok(Start::Opened);
            }
            b'r' => {
                let index = self.len()?;
                let (start, end) = match self.refs.get(index) {
                    Some(RefSlot {
                        start,
                        end: Some(end),
                    }) => (*start, *end),
                    _ => return Err(bad("reference to an unfinished or unknown object")),
                };
                let span = end - start;
                if span > self.replay_budget {
                    return Err(bad(
                        "back-references expand the data to more than twice its size",
                    ));
                }
                self.replay_budget -= span;
                self.replaying += 1;
                self.stack.push(Frame::Replay {
                    resume: self.pos,
                    end,
                });
                self.pos = start;
                return Ok(Start::Opened);
            }
            other => {
                return Err(bad(format!(
                    "unsupported type code {:?} (only plain builtin values cross the boundary)",
                    other as char
                )))
            }
        };
        self.finish_ref(slot);
        Ok(Start::Value(value))
    }

    /// Sign and base-2^15 digits, least significant first, repacked into
    /// 32-bit words: linear in the number of digits.
    fn long(&mut self) -> Result<PyValue, SandboxError> {
        let n = self.i32()?;
        let count = n.unsigned_abs() as usize;
        let raw = self.take(count.checked_mul(2).ok_or_else(|| bad("long too large"))?)?;
        let mut words: Vec<u32> = Vec::with_capacity(count / 2 + 1);
        let mut acc: u64 = 0;
        let mut bits = 0u32;
        for chunk in raw.chunks_exact(2) {
            let digit = u16::from_le_bytes([chunk[0], chunk[1]]);
            if digit > 0x7fff {
                return Err(bad("long digit out of range"));
            }
            acc |= u64::from(digit) << bits;
            bits += 15;
            if bits >= 32 {
                words.push(acc as u32);
                acc >>= 32;
                bits -= 32;
            }
        }
        if bits > 0 {
            words.push(acc as u32);
        }
        let magnitude = BigUint::new(words);
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        Ok(PyValue::Int(BigInt::from_biguint(sign, magnitude)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_empty_tuple_constant_is_what_encode_writes() {
        assert_eq!(EMPTY_TUPLE, encode(&PyValue::Tuple(Vec::new())).as_slice());
    }

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

    fn message(data: &[u8]) -> String {
        match decode(data) {
            Err(SandboxError::Marshal(m)) => m,
            other => panic!("expected a marshal error, got {other:?}"),
        }
    }

    #[test]
    fn huge_ints_round_trip() {
        let one = BigInt::from(1u8);
        for value in [
            one.clone() << 8_000_000u32,
            -((one.clone() << 8_000_000u32) - 1u8),
            (one.clone() << 100u32) * 12345 + 6789u32,
            BigInt::from(i64::MIN),
            BigInt::from(1u64 << 31),
            BigInt::from(-(1i64 << 31) - 1),
        ] {
            let bytes = encode(&PyValue::Int(value.clone()));
            assert_eq!(decode(&bytes).unwrap(), PyValue::Int(value));
        }
        // 1 << 8_000_000: the top digit is 2^5 at position 533_333.
        let bytes = encode(&PyValue::Int(one << 8_000_000u32));
        assert_eq!(bytes.len(), 1 + 4 + 2 * 533_334);
        assert_eq!(&bytes[..5], &[b'l', 0x56, 0x23, 0x08, 0x00]);
        assert_eq!(&bytes[bytes.len() - 2..], &[0x20, 0x00]);
    }

    #[test]
    fn matches_cpython_longs_and_back_references() {
        // marshal.dumps(-(2**100 + 12345), 2) in CPython 3.11.
        let bytes = b"l\xf9\xff\xff\xff90\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04";
        let value = -((BigInt::from(1u8) << 100u32) + 12345u32);
        assert_eq!(decode(bytes).unwrap(), PyValue::Int(value.clone()));
        assert_eq!(encode(&PyValue::Int(value)), bytes.to_vec());
        // x = [1, "ab"]; marshal.dumps([x, x, (x,)], 4).
        let bytes = b"[\x03\x00\x00\x00\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xda\x02abr\x00\x00\x00\x00)\x01r\x00\x00\x00\x00";
        let x = PyValue::List(vec![
            PyValue::Int(BigInt::from(1)),
            PyValue::Str("ab".into()),
        ]);
        let expected = PyValue::List(vec![x.clone(), x.clone(), PyValue::Tuple(vec![x])]);
        assert_eq!(decode(bytes).unwrap(), expected);
        // marshal.dumps({'a': None, 3: frozenset()}, 4).
        let bytes = b"{\xda\x01aN\xe9\x03\x00\x00\x00>\x00\x00\x00\x000";
        let expected = PyValue::Dict(vec![
            (PyValue::Str("a".into()), PyValue::None),
            (PyValue::Int(BigInt::from(3)), PyValue::FrozenSet(vec![])),
        ]);
        assert_eq!(decode(bytes).unwrap(), expected);
    }

    #[test]
    fn back_references_may_at_most_double_the_data() {
        // A flagged list of 100 Nones, then `copies` references to it.
        let bomb = |copies: u32| {
            let mut data = b"[".to_vec();
            data.extend_from_slice(&(copies + 1).to_le_bytes());
            data.push(b'[' | FLAG_REF);
            data.extend_from_slice(&100u32.to_le_bytes());
            data.extend_from_slice(&[b'N'; 100]);
            for _ in 0..copies {
                data.push(b'r');
                data.extend_from_slice(&0u32.to_le_bytes());
            }
            data
        };
        let PyValue::List(items) = decode(&bomb(1)).unwrap() else {
            panic!("a list")
        };
        assert_eq!(items.len(), 2);
        assert_eq!(items[1], PyValue::List(vec![PyValue::None; 100]));
        assert_eq!(
            message(&bomb(2)),
            "back-references expand the data to more than twice its size"
        );
        // A reference to a container still being read.
        assert_eq!(
            message(b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00"),
            "reference to an unfinished or unknown object"
        );
    }

    #[test]
    fn deep_nesting_is_an_error() {
        let nested = |depth: usize, open: &[u8]| {
            let mut data = open.repeat(depth);
            data.push(b'N');
            if open == b"{" {
                data.extend(std::iter::repeat_n([b'N', b'0'], depth).flatten());
            }
            data
        };
        let list = b"[\x01\x00\x00\x00";
        assert!(decode(&nested(MAX_DEPTH, list)).is_ok());
        assert_eq!(message(&nested(MAX_DEPTH + 1, list)), "nested too deeply");
        assert_eq!(message(&nested(1_000_000, list)), "nested too deeply");
        assert_eq!(message(&nested(100_000, b"{")), "nested too deeply");
        assert_eq!(message(&nested(100_000, b")\x01")), "nested too deeply");
    }

    #[test]
    fn declared_lengths_must_fit_in_the_data() {
        // 2^31 - 1 items, strings, bytes or digits in a few bytes.
        for code in [b'[', b'(', b'<', b'>', b'u', b's', b'l'] {
            let mut data = vec![code, 0xff, 0xff, 0xff, 0x7f];
            data.extend_from_slice(b"NNNN");
            assert!(decode(&data).is_err(), "{}", code as char);
        }
        assert_eq!(
            message(b"[\xff\xff\xff\x7fN"),
            "a container of 2147483647 items in 1 bytes"
        );
        assert_eq!(message(b"(\x00\x00\x00\x80"), "negative length");
        assert_eq!(message(b"u\xff\xff\xff\x7fab"), "truncated data");
        // Each inner list fits the bytes left, but not together with the
        // outer list's other item.
        assert_eq!(
            message(b"[\x02\x00\x00\x00[\x02\x00\x00\x00NN"),
            "a container of 2 items in 2 bytes"
        );
        assert!(decode(b"[\x02\x00\x00\x00[\x01\x00\x00\x00NN").is_ok());
    }

    #[test]
    fn bad_digits_text_and_codes_are_errors() {
        assert_eq!(
            message(b"l\x01\x00\x00\x00\x00\x80"),
            "long digit out of range"
        );
        assert_eq!(message(b"l\x00\x00\x00\x80"), "truncated data");
        assert_eq!(message(b"z\x01\xff"), "string is not valid UTF-8");
        assert_eq!(message(b"{N"), "truncated data");
        assert_eq!(message(b"{NN"), "truncated data");
        assert!(message(b"\x00").starts_with("unsupported type code"));
        assert_eq!(decode(b"{0").unwrap(), PyValue::Dict(vec![]));
        assert_eq!(decode(b")\x00").unwrap(), PyValue::Tuple(vec![]));
    }

    /// Bytes drawn mostly from type codes and small lengths, so that random
    /// data reaches deep into the reader.
    fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
        let byte = prop_oneof![
            4 => proptest::sample::select(b"NTFilgutaAzZs()[<>{0r".to_vec()),
            2 => proptest::sample::select(b"NTFilgutaAzZs()[<>{r".to_vec()).prop_map(|c| c | FLAG_REF),
            4 => 0u8..4,
            1 => any::<u8>(),
        ];
        proptest::collection::vec(byte, 0..200)
    }

    proptest! {
        #[test]
        fn random_bytes_never_panic(data in hostile_bytes()) {
            let _ = decode(&data);
        }

        #[test]
        fn mutated_values_never_panic(
            value in crate::value::arb::value(),
            edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..4),
        ) {
            let mut data = encode(&value);
            for (at, byte) in edits {
                let at = at % (data.len() + 1);
                if byte % 3 == 0 {
                    data.insert(at, byte);
                } else if at < data.len() {
                    data[at] = byte;
                } else {
                    data.truncate(at.saturating_sub(byte as usize % 8));
                }
            }
            let _ = decode(&data);
        }

        #[test]
        fn values_round_trip(value in crate::value::arb::value()) {
            let data = encode(&value);
            let back = decode(&data).unwrap();
            prop_assert!(back.equivalent(&value));
            prop_assert_eq!(encode(&back), data);
        }
    }
}
