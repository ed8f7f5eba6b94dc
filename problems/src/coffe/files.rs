//! What a converted instance becomes: `problem.toml` with COFFE's tests as
//! levels, the prompt, the reference, `generator.py` holding the tests as
//! data, and, for a function whose stated outputs hold floats, a
//! `checker.py` with COFFE's tolerance.

use super::convert::Case;
use super::{Converted, Set, COFFE_SEED};

use crate::format::toml_str;

/// A Python string literal of `s` (JSON's escapes are Python's, and
/// serde_json never writes `\/`).
fn py_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "''".into())
}

/// The files of one converted instance, by name.
pub fn files(set: Set, c: &Converted) -> Vec<(&'static str, String)> {
    let mut manifest = format!(
        "# Converted by `effgauge import coffe` from datasets/{}, index {}.\n\
         id = {}\ntitle = {}\n",
        set.name(),
        c.index,
        toml_str(&c.id),
        toml_str(&c.title),
    );
    match &c.entry_point {
        Some(entry) => manifest.push_str(&format!("entry_point = {}\n", toml_str(entry))),
        None => manifest.push_str(
            "protocol = \"stdio\"\n\
             # COFFE compares the whole stdout with spaces, newlines and brackets deleted:\n\
             # white-space separated tokens are the closest rule.\n\
             compare = \"tokens\"\n",
        ),
    }
    manifest.push_str(&format!(
        "tags = [\"coffe\", {}]\n# COFFE gives no difficulty.\ndifficulty = \"medium\"\n",
        toml_str(&c.source)
    ));
    if !c.tests.is_empty() {
        manifest.push_str(&format!(
            "\n[[levels]]\nweight = 0\ncases = {}\ndescription = \"COFFE's correctness tests (testcases.json)\"\n",
            c.tests.len()
        ));
    }
    manifest.push_str(&format!(
        "\n[[levels]]\nweight = 1\ncases = {}\ndescription = \"COFFE's stress tests (stressful_testcases.json)\"\n",
        c.stress.len()
    ));
    let mut files = vec![(crate::MANIFEST, manifest)];
    files.push((
        if c.entry_point.is_some() {
            crate::PROMPT
        } else {
            "prompt.md"
        },
        c.prompt.clone(),
    ));
    files.push((crate::REFERENCE, c.reference.clone()));
    files.push((crate::GENERATOR, generator(set, c)));
    if c.float_outputs && c.entry_point.is_some() {
        files.push((crate::CHECKER, include_str!("py/coffe_check.py").to_owned()));
    }
    files
}

/// `generator.py`: COFFE's tests as data and `generate(level, case, rng)`.
pub(super) fn generator(set: Set, c: &Converted) -> String {
    let mut levels = String::new();
    for level in [&c.tests, &c.stress] {
        if level.is_empty() {
            continue;
        }
        levels.push_str("    (\n");
        for case in level {
            let (kind, text) = match case {
                Case::Json(t) => ("json", t),
                Case::Expr(t) => ("expr", t),
                Case::Generator(t) => ("gen", t),
            };
            levels.push_str(&format!("        ({}, {}),\n", py_str(kind), py_str(text)));
        }
        levels.push_str("    ),\n");
    }
    format!(
        "# Converted by `effgauge import coffe` from datasets/{}, index {} ({}).\n{}\n_STDIO = {}\n_SEED = {COFFE_SEED}\n_LEVELS = (\n{levels})\n",
        set.name(),
        c.index,
        c.title,
        include_str!("py/coffe_generate.py"),
        if set == Set::File { "True" } else { "False" },
    )
}
