//! What the candidate's own object file may hold, checked before it is
//! linked with the glue.
//!
//! The glue alone talks to the host: it reads the case from stdin and
//! reports the result through the `effgauge.result` import. A candidate
//! that imported it too could skip the glue's decoding and encoding (which
//! the reference pays) by reporting from a static constructor, so its
//! object may import nothing from the `effgauge` module. (That it cannot
//! replace what the glue or the libraries define is [`crate::symbols`].)
//!
//! The object's initialised data is the candidate's own: its tables,
//! string literals and what `constexpr` computed. Counted here, it is
//! charged when the program loads ([`OWN_DATA_ALLOWANCE`]).

use wasmparser::{Parser, Payload, TypeRef};

/// What the check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inspected {
    /// Bytes of the object's data segments that are not all zeros.
    pub own_data_bytes: u64,
}

/// The candidate's own initialised data that loads without a charge:
/// string literals and small tables. Above it, every byte costs
/// [`OWN_DATA_FUEL_PER_BYTE`] in every case.
pub const OWN_DATA_ALLOWANCE: u64 = 4096;

/// The price of a byte of the candidate's own data above the allowance: a
/// table computed offline (or at compile time) costs about what the
/// Python track's compiler charges for a literal table of that size, so
/// moving work into the program text does not pay.
pub const OWN_DATA_FUEL_PER_BYTE: u64 = 64;

/// The fuel a program with `own_data_bytes` of its own data pays when it
/// loads, in every case.
pub fn own_data_fuel(own_data_bytes: u64) -> u64 {
    own_data_bytes
        .saturating_sub(OWN_DATA_ALLOWANCE)
        .saturating_mul(OWN_DATA_FUEL_PER_BYTE)
}

/// Checks the candidate's object (`solution.o`).
pub fn inspect(object: &[u8]) -> Result<Inspected, String> {
    let mut own_data_bytes = 0u64;
    for payload in Parser::new(0).parse_all(object) {
        let payload =
            payload.map_err(|e| format!("the object file cannot be read: {}", e.message()))?;
        match payload {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(|e| e.message().to_owned())?;
                    if import.module == "effgauge" || import.name.starts_with("effgauge") {
                        let what = match import.ty {
                            TypeRef::Func(_) => "function",
                            _ => "item",
                        };
                        return Err(format!(
                            "the program imports the host's {what} `{}.{}`: only effgauge's glue talks to the host",
                            import.module, import.name
                        ));
                    }
                }
            }
            Payload::DataSection(reader) => {
                for data in reader {
                    let data = data.map_err(|e| e.message().to_owned())?;
                    if data.data.iter().any(|&b| b != 0) {
                        own_data_bytes = own_data_bytes.saturating_add(data.data.len() as u64);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(Inspected { own_data_bytes })
}
