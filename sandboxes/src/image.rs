//! The stdlib image: every module of the runtime's stdlib as compiled code,
//! in one blob the interpreter's initialiser installs as CPython's frozen
//! modules (see `effgauge_module.c`).
//!
//! The guest has no filesystem at all. A preopened stdlib folder let the
//! host's inode numbers, timestamps, directory order and sizes reach the
//! guest (`os.stat`, `os.listdir`) and the meter: the snapshot's import-path
//! cache remembered the folder's mtime, so `import json` cost more after a
//! `touch`. The image is made from the files' *contents* only, in a fixed
//! order, so the same stdlib gives the same image, and the same snapshot and
//! fuel, wherever it is installed and however its files were copied.
//!
//! Layout (little-endian): `EGIMG1\0\0`, the module count (u32), then for
//! each module in name order: the name's length with its NUL (u32), the
//! name and a NUL, 1 for a package else 0 (u32), the code's length (u32),
//! and the code: the `.pyc` without its 16-byte header (marshal data).

use crate::SandboxError;
use std::collections::BTreeMap;
use std::path::Path;

const MAGIC: &[u8; 8] = b"EGIMG1\0\0";
/// The compiled-file suffix of this interpreter (optimisation level 0).
const PYC_SUFFIX: &str = ".cpython-311.pyc";
/// A `.pyc` header: magic, flags, and the hash or mtime and size.
const PYC_HEADER: usize = 16;
/// The largest image accepted: the runtime's stdlib is about 12 MB.
const MAX_IMAGE_BYTES: usize = 128 << 20;
/// Folders whose modules are never the stdlib's own.
const SKIPPED: [&str; 2] = ["site-packages", "lib-dynload"];

/// A module of the image.
struct Module {
    package: bool,
    code: Vec<u8>,
}

/// Builds the image of the stdlib under `root` (`lib/python3.11`).
pub(crate) fn build(root: &Path) -> Result<Vec<u8>, SandboxError> {
    let mut modules = BTreeMap::new();
    collect(root, &[], &mut modules)?;
    if modules.is_empty() {
        return Err(invalid(root, "no compiled module found".into()));
    }
    let mut image = MAGIC.to_vec();
    image.extend_from_slice(&(modules.len() as u32).to_le_bytes());
    for (name, module) in &modules {
        image.extend_from_slice(&(name.len() as u32 + 1).to_le_bytes());
        image.extend_from_slice(name.as_bytes());
        image.push(0);
        image.extend_from_slice(&u32::from(module.package).to_le_bytes());
        image.extend_from_slice(&(module.code.len() as u32).to_le_bytes());
        image.extend_from_slice(&module.code);
        if image.len() > MAX_IMAGE_BYTES {
            return Err(invalid(
                root,
                format!("the stdlib image exceeds {MAX_IMAGE_BYTES} bytes"),
            ));
        }
    }
    Ok(image)
}

fn invalid(path: &Path, message: String) -> SandboxError {
    SandboxError::RuntimeInvalid {
        path: path.to_path_buf(),
        message,
    }
}

/// Whether `part` can be one component of a dotted module name.
fn identifier(part: &str) -> bool {
    let mut chars = part.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// Adds the modules compiled in `dir/__pycache__` (as package `package`)
/// and recurses into sub-folders that can be packages.
fn collect(
    dir: &Path,
    package: &[String],
    modules: &mut BTreeMap<String, Module>,
) -> Result<(), SandboxError> {
    let entries = std::fs::read_dir(dir).map_err(SandboxError::io(dir))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(SandboxError::io(dir))?;
        // Symbolic links are not followed: the image is what the folder holds.
        if entry.file_type().map_err(SandboxError::io(dir))?.is_dir() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    for name in names {
        let path = dir.join(&name);
        if name == "__pycache__" {
            compiled(&path, package, modules)?;
        } else if identifier(&name) && !SKIPPED.contains(&name.as_str()) {
            let mut inner = package.to_vec();
            inner.push(name);
            collect(&path, &inner, modules)?;
        }
    }
    Ok(())
}

/// The modules of one `__pycache__` folder.
fn compiled(
    cache: &Path,
    package: &[String],
    modules: &mut BTreeMap<String, Module>,
) -> Result<(), SandboxError> {
    for entry in std::fs::read_dir(cache).map_err(SandboxError::io(cache))? {
        let entry = entry.map_err(SandboxError::io(cache))?;
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = file.strip_suffix(PYC_SUFFIX) else {
            continue;
        };
        if !identifier(stem) {
            continue;
        }
        let path = entry.path();
        let bytes = std::fs::read(&path).map_err(SandboxError::io(&path))?;
        if bytes.len() <= PYC_HEADER {
            return Err(invalid(&path, "a compiled module too short".into()));
        }
        let is_package = stem == "__init__";
        let mut parts = package.to_vec();
        if !is_package {
            parts.push(stem.to_owned());
        }
        if parts.is_empty() {
            continue;
        }
        modules.insert(
            parts.join("."),
            Module {
                package: is_package,
                code: bytes[PYC_HEADER..].to_vec(),
            },
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::build;
    use std::path::Path;

    fn write(root: &Path, rel: &str, body: &[u8]) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, body).unwrap();
    }

    fn pyc(code: &[u8]) -> Vec<u8> {
        let mut v = vec![0u8; 16];
        v.extend_from_slice(code);
        v
    }

    #[test]
    fn the_image_depends_on_contents_only() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        // The same files, written in another order, with other headers
        // (timestamps) and an unrelated file beside them.
        write(a.path(), "__pycache__/os.cpython-311.pyc", &pyc(b"os"));
        write(
            a.path(),
            "json/__pycache__/__init__.cpython-311.pyc",
            &pyc(b"j"),
        );
        write(
            a.path(),
            "json/__pycache__/decoder.cpython-311.pyc",
            &pyc(b"d"),
        );
        let mut other = pyc(b"d");
        other[8] = 7;
        write(b.path(), "json/__pycache__/decoder.cpython-311.pyc", &other);
        write(
            b.path(),
            "json/__pycache__/__init__.cpython-311.pyc",
            &pyc(b"j"),
        );
        write(b.path(), "__pycache__/os.cpython-311.pyc", &pyc(b"os"));
        write(b.path(), "__pycache__/os.cpython-311.opt-1.pyc", &pyc(b"x"));
        write(
            b.path(),
            "site-packages/__pycache__/evil.cpython-311.pyc",
            &pyc(b"e"),
        );
        let image = build(a.path()).unwrap();
        assert_eq!(image, build(b.path()).unwrap());
        let text = String::from_utf8_lossy(&image);
        assert!(text.starts_with("EGIMG1"));
        assert!(text.contains("json.decoder\0"));
        assert!(!text.contains("evil"));
        // Three modules, in name order: json (a package), json.decoder, os.
        assert_eq!(u32::from_le_bytes(image[8..12].try_into().unwrap()), 3);
        let json = text.find("json\0").unwrap();
        assert!(json < text.find("json.decoder\0").unwrap());
        assert!(text.find("json.decoder\0").unwrap() < text.find("os\0").unwrap());
    }

    #[test]
    fn an_empty_stdlib_is_refused() {
        let a = tempfile::tempdir().unwrap();
        let err = build(a.path()).unwrap_err().to_string();
        assert!(err.contains("no compiled module found"), "{err}");
    }
}
