//! A problem's compiled tracks: the same problem, cases and generator,
//! solved in C++ or in C compiled to wasm32-wasi (see the `effgauge-cc`
//! crate).
//!
//! A problem has a C++ track when its folder holds `cpp/`, and a C track
//! when it holds `c/`: `reference.cpp` (or `.c`, the expert solution),
//! `alternatives/*.cpp` (or `.c`, slower ones) and `track.toml` (what each
//! alternative stands for, as the Python ones' `[[alternatives]]` tables
//! in `problem.toml`). The entry point's types come from the annotated
//! `def` of `prompt.py`, the one place a problem declares them; each
//! track's prompt is made from it ([`native_prompt`]).
//!
//! A compiled candidate is measured against its own track's reference,
//! never against the Python one: [`prepare_native`] runs that reference
//! over the problem's prepared cases for its costs, and gives the expected
//! answers in the compiled glue's types.

mod program;
mod reference;

pub use effgauge_cc::{Dialect, Signature};
pub use program::{compile, compiler, rules_identity};
pub use reference::{compile_candidate, prepare_native};

use crate::format::manifest;
use crate::format::problem::{load_sources, Alternative};
use crate::ProblemsError;
use serde::Serialize;
use std::path::Path;

/// What compiles C and C++ candidates, as results name it.
pub const TOOLCHAIN_NAME: &str = "clang-19 wasm32-wasi (Debian 12)";

/// The folder of a problem's track in `dialect`: `cpp` or `c`.
pub fn track_dir(dialect: Dialect) -> &'static str {
    dialect.extension()
}

/// A problem's compiled track, loaded.
#[derive(Debug, Clone, Serialize)]
pub struct NativeTrack {
    #[serde(skip)]
    pub dialect: Dialect,
    /// The entry point's signature; `None` for a stdio problem's track,
    /// whose programs are whole (their own `main`).
    #[serde(skip)]
    pub signature: Option<Signature>,
    /// The declaration of the entry point in the track's language (empty
    /// for a stdio problem's track).
    pub declaration: String,
    pub reference: String,
    pub alternatives: Vec<Alternative>,
}

/// `problem`'s track in `dialect`, or the error that it has none.
pub fn track(problem: &crate::Problem, dialect: Dialect) -> Result<&NativeTrack, ProblemsError> {
    problem
        .native(dialect)
        .ok_or_else(|| ProblemsError::Invalid {
            problem: problem.id.clone(),
            path: problem.dir.clone(),
            message: format!("has no {} track ({}/)", dialect.name(), track_dir(dialect)),
        })
}

impl NativeTrack {
    /// The track in `dir/cpp` or `dir/c`, if there is one.
    pub(crate) fn load(
        id: &str,
        dir: &Path,
        entry: &str,
        prompt: &str,
        protocol: crate::Protocol,
        dialect: Dialect,
    ) -> Result<Option<NativeTrack>, ProblemsError> {
        let track = dir.join(track_dir(dialect));
        if !track.is_dir() {
            return Ok(None);
        }
        let ext = dialect.extension();
        let invalid = |path: &Path, message: String| ProblemsError::Invalid {
            problem: id.to_owned(),
            path: path.to_path_buf(),
            message,
        };
        let signature = match protocol {
            crate::Protocol::Stdio => None,
            crate::Protocol::Function => Some(
                Signature::from_prompt(prompt, entry)
                    .map_err(|e| invalid(&dir.join("prompt.py"), e.to_string()))?,
            ),
        };
        if let (Dialect::C, Some(signature)) = (dialect, &signature) {
            if let Some(why) = effgauge_cc::c_abi::unsupported(signature) {
                return Err(invalid(&track, format!("a C track needs a C form: {why}")));
            }
        }
        let reference = crate::format::problem::read_source(
            id,
            &track.join(format!("reference.{ext}")),
            match dialect {
                Dialect::Cpp => "the C++ reference",
                Dialect::C => "the C reference",
            },
        )?;
        let mut alternatives = load_sources(id, &track.join("alternatives"), ext)?;
        let names: Vec<String> = alternatives.iter().map(|a| a.name.clone()).collect();
        let toml_path = track.join("track.toml");
        let what = match dialect {
            Dialect::Cpp => "the C++ track's descriptions",
            Dialect::C => "the C track's descriptions",
        };
        let text = crate::format::problem::read_source(id, &toml_path, what)?;
        for (name, described) in manifest::parse_track(id, &toml_path, &text, &names)? {
            if let Some(alt) = alternatives.iter_mut().find(|a| a.name == name) {
                alt.described = Some(described);
            }
        }
        if let Some(missing) = alternatives.iter().find(|a| a.described.is_none()) {
            return Err(invalid(
                &toml_path,
                format!("alternatives/{}.{ext} is not described", missing.name),
            ));
        }
        let declaration = match (&signature, dialect) {
            (None, _) => String::new(),
            (Some(signature), Dialect::Cpp) => signature.cpp_declaration(),
            (Some(signature), Dialect::C) => effgauge_cc::c_abi::declaration(signature),
        };
        Ok(Some(NativeTrack {
            dialect,
            declaration,
            signature,
            reference,
            alternatives,
        }))
    }
}

/// The prompt of a compiled track: the statement of `prompt.py` (its
/// docstring) as a comment above the declaration to implement; for a stdio
/// problem, its statement and what a program of the track's language must
/// know.
pub fn native_prompt(prompt: &str, track: &NativeTrack) -> String {
    if track.signature.is_none() {
        return format!(
            "{}

{}",
            prompt.trim_end(),
            match track.dialect {
                Dialect::Cpp =>
                    "Write a C++17 program that reads the input from standard input and \
                    writes the answer to standard output. It is compiled for wasm32 (WebAssembly): \
                    `long` is 32 bits there, so use `long long` for 64-bit values; there are no \
                    exceptions.\n",
                Dialect::C =>
                    "Write a C17 program that reads the input from standard input and \
                    writes the answer to standard output. It is compiled for wasm32 (WebAssembly): \
                    `long` is 32 bits there, so use `long long` for 64-bit values.\n",
            }
        );
    }
    let doc = docstring(prompt).unwrap_or_default();
    let mut out = String::from(match track.dialect {
        Dialect::Cpp => "#include <bits/stdc++.h>\n\n",
        Dialect::C => "#include <stdbool.h>\n#include <stdlib.h>\n#include <string.h>\n\n",
    });
    for line in doc.lines() {
        out.push_str("// ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(match track.dialect {
        Dialect::Cpp => {
            "//\n// C++17, compiled for wasm32 (WebAssembly): `long` is 32 bits there, so use\n\
             // `long long` (or int64_t) for 64-bit values; there are no exceptions.\n"
        }
        Dialect::C => {
            "//\n// C17, compiled for wasm32 (WebAssembly): `long` is 32 bits there, so use\n\
             // `long long` for 64-bit values. A list comes as a pointer and its length\n\
             // (a list of lists adds each row's length); return a list as a malloc'd\n\
             // array and write its length to *returnSize (and the rows' lengths, as a\n\
             // malloc'd array, to *returnColumnSizes). Inputs may be modified.\n"
        }
    });
    out.push_str(&track.declaration);
    out.push_str(" {\n}\n");
    out
}

fn docstring(prompt: &str) -> Option<String> {
    let start = prompt.find("\"\"\"")? + 3;
    let end = start + prompt[start..].find("\"\"\"")?;
    let text = &prompt[start..end];
    let indent = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l.trim()
            } else {
                l.get(indent..).unwrap_or(l.trim())
            }
        })
        .collect();
    Some(lines.join("\n").trim().to_owned())
}
