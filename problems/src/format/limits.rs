//! Bounds on what a suite's files may say, checked as they are read.
//!
//! A suite may come from elsewhere (`--suite DIR`, an import of someone's
//! dataset), and its numbers set how much work a run does: a level's
//! `cases` is how many sandbox runs every sample makes there, `alpha` how
//! long each may run, `memory_mib` how much memory each may take. So each
//! is bounded, far above what a real problem uses and far below what would
//! hurt, and every file is bounded in size before it is read. An error
//! names the file, the line and the field (`levels[2].cases`).
//!
//! The names a suite gives (problem ids, tags) end up in results files,
//! whose readers bound them the same way (`effgauge_reports::limits`; a
//! test in the harness keeps the two in step).

use std::io::Read;
use std::path::Path;

/// `problem.toml` and `suite.toml` are at most 1 MiB each: the bundled
/// suite's are under 2 KiB.
pub const MAX_MANIFEST_BYTES: u64 = 1 << 20;

/// A Python file of a problem (`prompt.py`, `reference.py`, `generator.py`,
/// `checker.py`, an alternative) is at most 1 MiB: the bundled suite's
/// largest is 3.3 KiB, an imported ENAMEL generator with its helpers about
/// 20 KiB. The prompt is sent to a model with every request.
pub const MAX_PYTHON_BYTES: u64 = 1 << 20;

/// A problem has at most 64 levels (the bundled and ENAMEL problems have 4).
pub const MAX_LEVELS: usize = 64;

/// A level has at most 1 000 cases (the bundled suite uses up to 9,
/// ENAMEL 8): every sample is run once per case.
pub const MAX_CASES_PER_LEVEL: u64 = 1_000;

/// A level's nominal size n is at most 10^18, ENAMEL's largest. It is
/// stored as an integer (exact: ENAMEL's generators take it as an
/// argument); the growth exponents use it as a double, where only ratios
/// matter. The bundled suite's largest is 1.2 × 10^8.
pub const MAX_LEVEL_SIZE: u64 = 1_000_000_000_000_000_000;

/// A level's weight is at most 1 000 (ENAMEL's are 0, 3, 3 and 4; only
/// their ratios matter), so that their sum is never far from the numbers
/// it is divided into.
pub const MAX_LEVEL_WEIGHT: f64 = 1_000.0;

/// A problem's own α is at most 100: each sample may spend α times the
/// reference's fuel on a case before it is stopped (ENAMEL's α is 2).
pub const MAX_ALPHA: f64 = 100.0;

/// `[limits] memory_mib` is at most 4 096: a 32-bit WebAssembly memory
/// cannot grow beyond 4 GiB.
pub const MAX_MEMORY_MIB: u64 = 4096;

/// A problem has at most 32 tags (the bundled suite uses up to 4).
pub const MAX_TAGS: usize = 32;

/// A name (problem id, tag, title, entry point, `suite.toml`'s `imported`)
/// is at most 256 bytes of printable text: the bound results files hold
/// names to (`effgauge_reports::limits::MAX_LABEL_BYTES`).
pub const MAX_LABEL_BYTES: usize = 256;

/// A level's description is at most 4 KiB (a sentence is what it is for).
pub const MAX_DESCRIPTION_BYTES: usize = 4096;

/// Checks a name: at most `max` bytes, no control character and no
/// bidirectional override or isolate (as `effgauge_reports::limits`
/// checks the names of a results file).
///
/// # Errors
///
/// Why it is not one.
pub fn check_text(text: &str, max: usize, what: &str) -> Result<(), String> {
    if text.len() > max {
        return Err(format!(
            "{} bytes, more than the {max} {what} may have",
            text.len()
        ));
    }
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    match text.chars().find(|&c| c.is_control() || bidi(c)) {
        Some(c) => Err(format!(
            "holds the control character U+{:04X}; {what} must be printable text",
            u32::from(c)
        )),
        None => Ok(()),
    }
}

/// Checks a name ([`MAX_LABEL_BYTES`], printable).
///
/// # Errors
///
/// Why it is not one.
pub fn check_label(text: &str) -> Result<(), String> {
    check_text(text, MAX_LABEL_BYTES, "a name")
}

/// Reads a file of at most `max` bytes: its size is checked before it is
/// read, and no more than `max + 1` bytes are ever read (a file that grows,
/// or a pipe, reports no size it keeps to). `Ok(Err(size))`: too large, of
/// at least `size` bytes.
pub(crate) fn read_bounded(path: &Path, max: u64) -> std::io::Result<Result<Vec<u8>, u64>> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > max {
        return Ok(Err(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok(bytes))
}

/// The message for a file over its bound.
pub(crate) fn too_large(size: u64, max: u64) -> String {
    format!("{size} bytes, more than the {max} this file may have; not read")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_short_printable_text() {
        assert_eq!(check_label("sliding-window"), Ok(()));
        assert_eq!(
            check_label(&"t".repeat(300)),
            Err("300 bytes, more than the 256 a name may have".into())
        );
        assert_eq!(
            check_label("tab\there"),
            Err("holds the control character U+0009; a name must be printable text".into())
        );
    }

    #[test]
    fn a_file_is_read_only_up_to_its_bound() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, "12345").unwrap();
        assert_eq!(read_bounded(&path, 5).unwrap(), Ok(b"12345".to_vec()));
        assert_eq!(read_bounded(&path, 4).unwrap(), Err(5));
        // A claimed size is refused before anything is read.
        std::fs::File::create(&path)
            .unwrap()
            .set_len(3 << 30)
            .unwrap();
        assert_eq!(read_bounded(&path, 1 << 20).unwrap(), Err(3 << 30));
    }
}
