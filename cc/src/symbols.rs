//! The candidate's object, made private: every name it defines becomes
//! local to it, except the one the glue calls.
//!
//! A program is the candidate's object linked with the glue's and with the
//! C and C++ libraries, and a static link resolves a name to whichever
//! object defines it. So a candidate that defined `fread`, `memcpy`,
//! `operator new`, `std::string::append` or one of the glue's own
//! functions (in C any mangled name is a plain identifier; in C++ an
//! `inline` definition is weak and still wins over an archive's) would run
//! its code where the glue decodes the case and encodes the result, and
//! could skip that work, which the reference pays. Checking names cannot
//! close this: legitimate C++ emits the same inline library functions.
//! Instead the object's symbol table is rewritten before the link: each
//! definition's binding becomes local, and its COMDAT groups are dropped
//! (a local symbol in a group the glue's copy displaced would dangle), so
//! the linker can resolve nothing outside the object to it but [`keep`]:
//! the entry point for C, `effgauge_call` for C++ (its adapter's). The
//! candidate's own code keeps calling its own copies; the code is the
//! same, so the fuel is.
//!
//! The format is the WebAssembly object-file convention
//! (tool-conventions, Linking.md): a `linking` custom section, version 2,
//! whose subsections 8 (symbol table) and 7 (COMDAT groups) are rewritten
//! here; every other section, relocations included, is copied as it is
//! (they refer to symbols by index, and no symbol moves).

/// Symbol flags (Linking.md).
const BINDING_MASK: u32 = 0x3;
const BINDING_LOCAL: u32 = 0x2;
const UNDEFINED: u32 = 0x10;
const EXPLICIT_NAME: u32 = 0x40;

const SYMBOL_TABLE: u8 = 8;
const COMDAT_INFO: u8 = 7;

/// `object` with every defined symbol but `keep` made local and its COMDAT
/// groups dropped; `Err` if it is not an object file this can read.
pub fn privatize(object: &[u8], keep: &[&str]) -> Result<Vec<u8>, String> {
    let bad = |what: &str| format!("the object file cannot be read ({what})");
    let header = object.get(..8).ok_or_else(|| bad("no header"))?;
    if header != b"\0asm\x01\0\0\0" {
        return Err(bad("not a WebAssembly module"));
    }
    let mut out = header.to_vec();
    let mut reader = Reader::new(&object[8..]);
    let mut linked = false;
    while !reader.done() {
        let id = reader.byte()?;
        let payload = reader.sized()?;
        let mut section = Reader::new(payload);
        let rewritten = if id == 0 && section.name()? == "linking" {
            linked = true;
            Some(linking(&mut section, keep)?)
        } else {
            None
        };
        out.push(id);
        let body = rewritten.as_deref().unwrap_or(payload);
        leb(&mut out, body.len() as u32);
        out.extend_from_slice(body);
    }
    if !linked {
        return Err(bad("no linking section"));
    }
    Ok(out)
}

/// The `linking` section's payload rewritten (its name included).
fn linking(section: &mut Reader<'_>, keep: &[&str]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    name(&mut out, "linking");
    let version = section.leb()?;
    if version != 2 {
        return Err(format!("linking section version {version}, not 2"));
    }
    leb(&mut out, version);
    while !section.done() {
        let kind = section.byte()?;
        let payload = section.sized()?;
        match kind {
            COMDAT_INFO => continue,
            SYMBOL_TABLE => {
                let table = symbol_table(&mut Reader::new(payload), keep)?;
                out.push(kind);
                leb(&mut out, table.len() as u32);
                out.extend_from_slice(&table);
            }
            _ => {
                out.push(kind);
                leb(&mut out, payload.len() as u32);
                out.extend_from_slice(payload);
            }
        }
    }
    Ok(out)
}

fn symbol_table(table: &mut Reader<'_>, keep: &[&str]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let count = table.leb()?;
    leb(&mut out, count);
    for _ in 0..count {
        let kind = table.byte()?;
        let flags = table.leb()?;
        let defined = flags & UNDEFINED == 0;
        // Everything after the flags, copied; the name read on the way.
        let start = table.at;
        let symbol_name = match kind {
            // function, global, tag, table: an index, then a name if defined
            // or explicitly named
            0 | 2 | 4 | 5 => {
                table.leb()?;
                (defined || flags & EXPLICIT_NAME != 0)
                    .then(|| table.name())
                    .transpose()?
            }
            // data: a name, then where it is if defined
            1 => {
                let symbol_name = table.name()?;
                if defined {
                    for _ in 0..3 {
                        table.leb()?;
                    }
                }
                Some(symbol_name)
            }
            // section: its index
            3 => {
                table.leb()?;
                None
            }
            other => return Err(format!("a symbol of unknown kind {other}")),
        };
        let rest = &table.bytes[start..table.at];
        let exported = symbol_name.is_some_and(|n| keep.contains(&n));
        let flags = if defined && kind != 3 && !exported {
            (flags & !BINDING_MASK) | BINDING_LOCAL
        } else {
            flags
        };
        out.push(kind);
        leb(&mut out, flags);
        out.extend_from_slice(rest);
    }
    Ok(out)
}

/// A cursor over a section's bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("a truncated object file")?;
        self.at += 1;
        Ok(b)
    }

    fn leb(&mut self) -> Result<u32, String> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(value).map_err(|_| "an oversized number".to_owned());
            }
        }
        Err("an overlong number".into())
    }

    fn sized(&mut self) -> Result<&'a [u8], String> {
        let len = self.leb()? as usize;
        let end = self.at.checked_add(len).ok_or("an oversized length")?;
        let out = self.bytes.get(self.at..end).ok_or("a truncated section")?;
        self.at = end;
        Ok(out)
    }

    fn name(&mut self) -> Result<&'a str, String> {
        std::str::from_utf8(self.sized()?).map_err(|_| "a name that is not UTF-8".to_owned())
    }
}

fn leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn name(out: &mut Vec<u8>, text: &str) {
    leb(out, text.len() as u32);
    out.extend_from_slice(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-section object: a `linking` section with `symbols`, each
    /// `(kind, flags, name)` of a defined function.
    fn object(symbols: &[(u8, u32, &str)], comdat: bool) -> Vec<u8> {
        let mut table = Vec::new();
        leb(&mut table, symbols.len() as u32);
        for &(kind, flags, symbol) in symbols {
            table.push(kind);
            leb(&mut table, flags);
            leb(&mut table, 0);
            name(&mut table, symbol);
        }
        let mut section = Vec::new();
        name(&mut section, "linking");
        leb(&mut section, 2);
        if comdat {
            section.extend_from_slice(&[COMDAT_INFO, 1, 0]);
        }
        section.push(SYMBOL_TABLE);
        leb(&mut section, table.len() as u32);
        section.extend_from_slice(&table);
        let mut out = b"\0asm\x01\0\0\0".to_vec();
        out.push(0);
        leb(&mut out, section.len() as u32);
        out.extend_from_slice(&section);
        out
    }

    #[test]
    fn every_definition_but_the_kept_one_becomes_local() {
        let before = object(
            &[
                (0, 0, "fread"),
                (0, 1, "inline_code"),
                (0, 0x80, "solve"),
                (0, 4, "f"),
            ],
            true,
        );
        let after = privatize(&before, &["f"]).unwrap();
        assert_eq!(
            after,
            object(
                &[
                    (0, 2, "fread"),
                    (0, 2, "inline_code"),
                    (0, 0x82, "solve"),
                    (0, 4, "f")
                ],
                false
            )
        );
    }

    #[test]
    fn what_it_cannot_read_is_an_error() {
        assert!(
            privatize(b"\0asm\x01\0\0\0", &["f"]).is_err(),
            "no linking section"
        );
        assert!(privatize(b"ELF", &["f"]).is_err());
        let mut truncated = object(&[(0, 0, "f")], false);
        truncated.truncate(truncated.len() - 2);
        assert!(privatize(&truncated, &["f"]).is_err());
    }
}
