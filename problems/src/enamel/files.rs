//! What a converted row becomes: the files of its problem folder,
//! `problem.toml` with ENAMEL's levels, cases and weights, the prompt and
//! the reference as ENAMEL assembles them, and a generator and a checker
//! wrapped so that in the sandbox they behave as in ENAMEL's evaluator
//! (`py/enamel_*.py`).

use super::{Converted, ENAMEL_CASES, ENAMEL_SEED, ENAMEL_WEIGHTS};

use crate::format::toml_str;

fn with_newline(s: &str) -> String {
    let mut s = s.to_owned();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The files of one converted row, by name.
pub fn files(source: &str, c: &Converted) -> Vec<(&'static str, String)> {
    let row = &c.row;
    let entry = row.entry_point.trim();
    let mut manifest = format!(
        "# Converted by `effgauge import enamel` from {source}, row {} ({}).\n\
         id = {}\ntitle = {}\nentry_point = {}\ntags = [\"enamel\"]\n\
         # ENAMEL gives no difficulty.\ndifficulty = \"medium\"\n{}\n\
         [generator]\nconvention = \"size-level-case\"\n",
        row.index,
        row.task_id.trim(),
        toml_str(&c.id),
        toml_str(&format!("{} ({entry})", row.task_id.trim())),
        toml_str(entry),
        if same_type_equal(&row.checker) {
            "# ENAMEL's checker is `type(output) == type(answer) and output == answer`:\n\
             # the same rule, decided on the host (no checker instance per case).\n\
             compare = \"same-type-equal\"\n"
        } else {
            ""
        },
    );
    for (level, ((cases, weight), size)) in ENAMEL_CASES
        .iter()
        .zip(ENAMEL_WEIGHTS)
        .zip(c.sizes)
        .enumerate()
    {
        manifest.push_str(&format!(
            "\n[[levels]]\nweight = {weight}\ncases = {cases}\nsize = {size}\n\
             description = \"ENAMEL level {level}: size {size}\"\n"
        ));
    }
    // As ENAMEL assembles them: the prompt, then the body that completes it.
    let reference = format!("{}\n{}\n", row.prompt, row.reference_solution);
    let mut offsets = Vec::new();
    let mut total = 0;
    for n in ENAMEL_CASES {
        offsets.push(total.to_string());
        total += n;
    }
    let wrapper = include_str!("py/enamel_generate.py")
        .replace("__SEED__", &ENAMEL_SEED.to_string())
        .replace("__ROW__", &row.index.to_string())
        .replace("__OFFSETS__", &format!("({})", offsets.join(", ")));
    let generator = format!(
        "{}\n{}\n{}\n{}",
        include_str!("py/enamel_helpers.py"),
        row.prompt,
        row.input_generator,
        wrapper
    );
    // The checker sees the prompt's names (e.g. a helper it defines), the
    // prompt's function completed with `pass`, as in ENAMEL.
    let checker = format!(
        "{}\n    pass\n{}\n{}",
        row.prompt,
        row.checker,
        include_str!("py/enamel_check.py")
    );
    let mut files = vec![
        (crate::MANIFEST, manifest),
        (crate::PROMPT, with_newline(&row.prompt)),
        (crate::REFERENCE, reference),
        (crate::GENERATOR, generator),
    ];
    if !same_type_equal(&row.checker) {
        files.push((crate::CHECKER, checker));
    }
    files
}

/// Whether a row's checker is ENAMEL's usual one, `return type(output) ==
/// type(answer) and output == answer` (white space aside), which
/// [`Compare::SameTypeEqual`](crate::Compare::SameTypeEqual) decides on the host.
fn same_type_equal(checker: &str) -> bool {
    let words: Vec<&str> = checker.split_whitespace().collect();
    words.join(" ")
        == "def __check(input, answer, output): \
            return type(output) == type(answer) and output == answer"
}
