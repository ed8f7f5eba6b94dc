//! A problem's C++ track: the same problem, cases and generator, solved in
//! C++ compiled to wasm32-wasi (see the `effgauge-cc` crate).
//!
//! A problem has a track when its folder holds `cpp/`: `reference.cpp` (the
//! expert C++ solution), `alternatives/*.cpp` (slower ones) and
//! `track.toml` (what each alternative stands for, as the Python ones'
//! `[[alternatives]]` tables in `problem.toml`). The entry point's types
//! come from the annotated `def` of `prompt.py`, the one place a problem
//! declares them; the C++ prompt is made from it ([`cpp_prompt`]).
//!
//! A C++ candidate is measured against the C++ reference, never against
//! the Python one: [`prepare_cpp`] runs the C++ reference over the
//! problem's prepared cases for its costs, and gives the expected answers
//! in C++'s types.

mod program;
mod reference;

pub use program::{compile, compiler, rules_identity, CppCodec};
pub use reference::{compile_candidate, prepare_cpp};

use crate::format::manifest;
use crate::format::problem::{load_sources, Alternative};
use crate::ProblemsError;
pub use effgauge_cc::Signature;
use serde::Serialize;
use std::path::Path;

/// What compiles C++ candidates, as results name it.
pub const TOOLCHAIN_NAME: &str = "clang-19 wasm32-wasi (Debian 12)";

/// The folder of a problem's C++ track.
pub const CPP_DIR: &str = "cpp";

/// A problem's C++ track, loaded.
#[derive(Debug, Clone, Serialize)]
pub struct CppTrack {
    #[serde(skip)]
    pub signature: Signature,
    /// The C++ declaration of the entry point.
    pub declaration: String,
    pub reference: String,
    pub alternatives: Vec<Alternative>,
}

/// `problem`'s C++ track, or the error that it has none.
pub fn track(problem: &crate::Problem) -> Result<&CppTrack, ProblemsError> {
    problem.cpp.as_ref().ok_or_else(|| ProblemsError::Invalid {
        problem: problem.id.clone(),
        path: problem.dir.clone(),
        message: "has no C++ track (cpp/)".into(),
    })
}

impl CppTrack {
    /// The track in `dir/cpp`, if there is one.
    pub(crate) fn load(
        id: &str,
        dir: &Path,
        entry: &str,
        prompt: &str,
    ) -> Result<Option<CppTrack>, ProblemsError> {
        let track = dir.join(CPP_DIR);
        if !track.is_dir() {
            return Ok(None);
        }
        let invalid = |path: &Path, message: String| ProblemsError::Invalid {
            problem: id.to_owned(),
            path: path.to_path_buf(),
            message,
        };
        let signature = Signature::from_prompt(prompt, entry)
            .map_err(|e| invalid(&dir.join("prompt.py"), e.to_string()))?;
        let reference = crate::format::problem::read_source(
            id,
            &track.join("reference.cpp"),
            "the C++ reference",
        )?;
        let mut alternatives = load_sources(id, &track.join("alternatives"), "cpp")?;
        let names: Vec<String> = alternatives.iter().map(|a| a.name.clone()).collect();
        let toml_path = track.join("track.toml");
        let text =
            crate::format::problem::read_source(id, &toml_path, "the C++ track's descriptions")?;
        for (name, described) in manifest::parse_track(id, &toml_path, &text, &names)? {
            if let Some(alt) = alternatives.iter_mut().find(|a| a.name == name) {
                alt.described = Some(described);
            }
        }
        if let Some(missing) = alternatives.iter().find(|a| a.described.is_none()) {
            return Err(invalid(
                &toml_path,
                format!("alternatives/{}.cpp is not described", missing.name),
            ));
        }
        Ok(Some(CppTrack {
            declaration: signature.cpp_declaration(),
            signature,
            reference,
            alternatives,
        }))
    }
}

/// The prompt of the C++ track: the statement of `prompt.py` (its
/// docstring) as a comment above the declaration to implement.
pub fn cpp_prompt(prompt: &str, track: &CppTrack) -> String {
    let doc = docstring(prompt).unwrap_or_default();
    let mut out = String::from("#include <bits/stdc++.h>\n\n");
    for line in doc.lines() {
        out.push_str("// ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(
        "//\n// C++17, compiled for wasm32 (WebAssembly): `long` is 32 bits there, so use\n\
         // `long long` (or int64_t) for 64-bit values; there are no exceptions.\n",
    );
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
