//! The pinned toolchain: Debian 12's clang 19 and lld 19 with wasi-libc
//! and LLVM 19's libc++ for wasm32 (installed by `cc/setup.sh`), and its
//! identity, which goes into results and every cache key: the package
//! versions and a SHA-256 of the sysroot and of our own headers, since the
//! same program costs different fuel under another libc build.

use crate::CcError;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The packages the toolchain is made of (all from Debian 12, version 19).
pub const PACKAGES: [&str; 6] = [
    "clang-19",
    "lld-19",
    "wasi-libc",
    "libc++-19-dev-wasm32",
    "libc++abi-19-dev-wasm32",
    "libclang-rt-19-dev-wasm32",
];

/// Our headers, written beside every compile: the glue's codec and a
/// `<bits/stdc++.h>`, which libc++ lacks and most model-written C++ includes.
pub(crate) const HEADERS: [(&str, &str); 2] = [
    (
        "effgauge_glue.hpp",
        include_str!("../include/effgauge_glue.hpp"),
    ),
    ("bits/stdc++.h", include_str!("../include/bits/stdc++.h")),
];

/// A located toolchain and what identifies it.
#[derive(Debug, Clone)]
pub struct Toolchain {
    pub clangxx: PathBuf,
    pub sysroot: PathBuf,
    /// Folders the compiler may read (its jail).
    pub readable: Vec<PathBuf>,
    /// `package version` lines and the sysroot's hash.
    pub identity: String,
    /// SHA-256 of [`Toolchain::identity`], for cache keys.
    pub sha256: String,
}

/// Where the sysroot's files are, under `/usr`.
const SYSROOT_PARTS: [&str; 4] = [
    "include/wasm32-wasi",
    "lib/wasm32-wasi",
    "lib/llvm-19/lib/clang/19/lib/wasi",
    "lib/llvm-19/lib/clang/19/include",
];

impl Toolchain {
    /// Finds the toolchain at its fixed place, or says how to install it.
    pub fn locate() -> Result<Toolchain, CcError> {
        let clangxx = PathBuf::from("/usr/bin/clang++-19");
        let sysroot = PathBuf::from("/usr");
        let needed = [
            clangxx.clone(),
            PathBuf::from("/usr/bin/wasm-ld-19"),
            sysroot.join("lib/wasm32-wasi/libc.a"),
            sysroot.join("lib/wasm32-wasi/libc++.a"),
            sysroot.join("lib/llvm-19/lib/clang/19/lib/wasi/libclang_rt.builtins-wasm32.a"),
        ];
        if let Some(missing) = needed.iter().find(|p| !p.exists()) {
            return Err(CcError::Toolchain(format!(
                "{} is missing; install the toolchain with `bash cc/setup.sh` (Debian 12: {})",
                missing.display(),
                PACKAGES.join(" ")
            )));
        }
        let mut identity = package_versions();
        identity.push_str(&format!("sysroot {}\n", sysroot_sha256(&sysroot)?));
        let sha256 = hex::encode(Sha256::digest(identity.as_bytes()));
        let readable = [
            "/usr/lib/llvm-19",
            "/usr/include/wasm32-wasi",
            "/usr/lib/wasm32-wasi",
            "/usr/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu",
            "/lib64",
            "/etc/ld.so.cache",
        ]
        .iter()
        .map(PathBuf::from)
        .filter(|p| p.exists())
        .collect();
        Ok(Toolchain {
            clangxx,
            sysroot,
            readable,
            identity,
            sha256,
        })
    }
}

fn package_versions() -> String {
    let query = Command::new("dpkg-query")
        .args(["-W", "-f", "${Package} ${Version}\\n"])
        .args(PACKAGES)
        .output();
    match query {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
        _ => "packages unknown (no dpkg)\n".into(),
    }
}

/// SHA-256 over the sysroot's files (relative path and contents, in path
/// order) and our headers: where they are installed does not matter.
fn sysroot_sha256(sysroot: &Path) -> Result<String, CcError> {
    let mut files = Vec::new();
    for part in SYSROOT_PARTS {
        walk(&sysroot.join(part), &mut files).map_err(|source| CcError::Cache {
            path: sysroot.join(part).display().to_string(),
            source,
        })?;
    }
    files.sort();
    let mut hash = Sha256::new();
    for file in &files {
        let bytes = std::fs::read(file).map_err(|source| CcError::Cache {
            path: file.display().to_string(),
            source,
        })?;
        let relative = file.strip_prefix(sysroot).unwrap_or(file);
        hash.update(relative.to_string_lossy().as_bytes());
        hash.update([0]);
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(&bytes);
    }
    for (name, text) in HEADERS {
        hash.update(name.as_bytes());
        hash.update([0]);
        hash.update(text.as_bytes());
    }
    Ok(hex::encode(hash.finalize()))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        // Metadata through links: Debian links libc++'s headers in.
        let meta = std::fs::metadata(&path)?;
        if meta.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}
