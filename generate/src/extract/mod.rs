//! Code extraction: the program a sample runs, from a model's raw answer.
//!
//! The rules, in order (docs/generate.md lists them for users):
//!
//! 1. A reasoning model's `<think>…</think>` section is dropped, and so is
//!    everything up to the last `<|end_header_id|>` (Llama 3's chat
//!    template, which some servers leak into the answer).
//! 2. **Fenced blocks** (```` ```python ````, ```` ```py ````, untagged, `~~~`;
//!    other languages are output or shell, not the program): the last block
//!    that defines the entry point at the top level wins, as answers that
//!    show a naive version first end with the one they recommend (of
//!    several, the last with the prompt's number of parameters). Other
//!    Python blocks that define a helper the chosen block uses, and does not
//!    define itself, are put before it.
//! 3. **A body**: a block, or unfenced text, that does not define the entry
//!    point but returns or starts indented continues the prompt: the prompt
//!    is prepended and the body indented to match it.
//! 4. **Bare code**: no usable block, but a top-level `def` of the entry
//!    point in the text: the run of code lines around it, cut where prose
//!    resumes.
//! 5. **Completions mode**: the text continues the prompt; it is cut where
//!    a base model goes on to tests, prints, fences or prose at the margin,
//!    and the prompt is prepended. A completion that is itself a fenced
//!    answer defining the entry point is read as in chat mode.
//! 6. Example usage at the top level (`if __name__ == ...`, `print(...)`,
//!    `assert ...`, `input()`, calls of the entry point) is removed, and the
//!    prompt's import lines that the program lacks are put first.
//! 7. **A renamed function**: no block defines the entry point, but the
//!    last block with functions defines exactly one, with the prompt's
//!    number of parameters: it is bound to the entry point's name.
//! 8. **No code**: the sample is still written, with a program that defines
//!    nothing, so it fails when scored and pass@k counts it; it is never
//!    dropped.
//!
//! C++ answers have rules of their own ([`cpp`]): the last C++ block that
//! defines the entry point, a `main` removed, the prompt's include added.
//! So have the whole programs of stdio tasks ([`program`]), which read
//! stdin and print, and define no entry point.

pub mod cpp;
mod markdown;
pub mod program;
mod python;

use crate::template::prompt_text;
use crate::{Language, Mode, Task, COMPLETION_STOPS};
use serde::{Deserialize, Serialize};

/// Where a sample's program came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Found {
    /// A fenced code block defining the entry point.
    FencedBlock,
    /// Unfenced code defining the entry point.
    BareCode,
    /// Code continuing the prompt, which was prepended.
    PromptContinuation,
    /// No code: a program that fails.
    NoCode,
}

/// The program of a sample, and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub solution: String,
    pub found: Found,
}

/// The program a sample of `task` runs in `language`, from the model's
/// answer. C++ has chat mode only (a C++ sample is a whole file): the mode
/// is not consulted for it.
pub fn extract_in(answer: &str, task: &Task, mode: Mode, language: Language) -> Extracted {
    match language {
        Language::Python => extract(answer, task, mode),
        Language::Cpp => extract_cpp(answer, task),
        Language::C => cpp::extract_with(answer, task, cpp::C_INCLUDES),
    }
}

/// The C++ program a sample of `task` runs, from the model's answer (see
/// [`cpp`] for the rules).
pub fn extract_cpp(answer: &str, task: &Task) -> Extracted {
    cpp::extract(answer, task)
}

/// The Python program a sample of `task` runs, from the model's answer.
pub fn extract(answer: &str, task: &Task, mode: Mode) -> Extracted {
    if task.is_program() {
        return program::extract(answer);
    }
    let answer = markdown::strip_reasoning(program::strip_chat_header(answer));
    let found = match mode {
        Mode::Chat => from_chat(answer, task),
        Mode::Completions => from_completion(answer, task),
    };
    match found {
        Some((found, program)) => Extracted {
            solution: finish(&program, task),
            found,
        },
        None => Extracted {
            solution: NO_CODE.into(),
            found: Found::NoCode,
        },
    }
}

/// The program of an answer without code: valid Python that defines no
/// entry point, so the sample is scored and fails.
pub const NO_CODE: &str = "# effgauge: the answer holds no code\n";

fn from_chat(answer: &str, task: &Task) -> Option<(Found, String)> {
    let blocks: Vec<markdown::Block> = markdown::fenced_blocks(answer)
        .into_iter()
        .filter(|b| b.is_python() && !b.code.trim().is_empty())
        .collect();
    if let Some(program) = defining_block(&blocks, task) {
        return Some((Found::FencedBlock, program));
    }
    if let Some(body) = blocks.iter().rev().find(|b| python::is_body(&b.code)) {
        return Some(continuation(task, &python::as_body(&body.code)));
    }
    if let Some(region) = python::bare_region(answer, &task.entry_point) {
        return Some((Found::BareCode, region));
    }
    if blocks.is_empty() && !answer.trim().is_empty() && unfenced_body(answer) {
        return Some(continuation(task, &python::as_body(answer)));
    }
    if let Some(program) = renamed_entry(&blocks, task) {
        return Some((Found::FencedBlock, program));
    }
    // A block that defines something else (a class with a method of that
    // name, another function): kept, so the sample fails visibly.
    let longest = blocks.iter().max_by_key(|b| b.code.len())?;
    Some((Found::FencedBlock, longest.code.clone()))
}

/// The last block defining `entry_point` (of those, the last whose
/// definition takes as many parameters as the prompt's, when one does),
/// after the other blocks that define helpers it uses.
fn defining_block(blocks: &[markdown::Block], task: &Task) -> Option<String> {
    let entry_point = task.entry_point.as_str();
    let wanted = python::arity(&task.prompt, entry_point);
    let defines = |b: &markdown::Block| python::defines(&b.code, entry_point);
    let chosen = blocks
        .iter()
        .rposition(|b| {
            defines(b) && wanted.is_some() && python::arity(&b.code, entry_point) == wanted
        })
        .or_else(|| blocks.iter().rposition(defines))?;
    let main = &blocks[chosen].code;
    let own = python::top_level_names(main);
    let helps = |b: &markdown::Block| {
        !python::defines(&b.code, entry_point)
            && python::top_level_names(&b.code)
                .iter()
                .any(|name| !own.contains(name) && python::mentions(main, name))
    };
    let mut program = String::new();
    for block in blocks.iter().filter(|b| helps(b)) {
        program.push_str(&block.code);
        program.push('\n');
    }
    program.push_str(main);
    Some(program)
}

/// No block defines the entry point, but the last block that defines
/// functions defines exactly one, under another name, with the prompt's
/// number of parameters (an answer that renamed the function it was asked
/// for, as MBPP-style prompts often get): that block, with the entry point
/// bound to the function (`entry = name`).
fn renamed_entry(blocks: &[markdown::Block], task: &Task) -> Option<String> {
    let wanted = python::arity(&task.prompt, &task.entry_point)?;
    let block = blocks
        .iter()
        .rev()
        .find(|b| !python::top_level_functions(&b.code).is_empty())?;
    let [name] = python::top_level_functions(&block.code)[..] else {
        return None;
    };
    (python::arity(&block.code, name) == Some(wanted)).then(|| {
        format!(
            "{}\n\n{} = {name}\n",
            block.code.trim_end(),
            task.entry_point
        )
    })
}

/// Unfenced text that is only a function body: every line is code, and it
/// reads as a body.
fn unfenced_body(answer: &str) -> bool {
    python::is_body(answer)
        && answer.lines().all(|l| {
            l.trim().is_empty() || l.starts_with([' ', '\t']) || python::looks_like_code(l)
        })
}

fn continuation(task: &Task, body: &str) -> (Found, String) {
    (
        Found::PromptContinuation,
        format!("{}{body}", prompt_text(task)),
    )
}

fn from_completion(completion: &str, task: &Task) -> Option<(Found, String)> {
    let blocks: Vec<markdown::Block> = markdown::fenced_blocks(completion)
        .into_iter()
        .filter(|b| b.is_python())
        .collect();
    if let Some(program) = defining_block(&blocks, task) {
        return Some((Found::FencedBlock, program));
    }
    let cut = cut_continuation(completion);
    if cut.trim().is_empty() {
        return None;
    }
    Some((
        Found::PromptContinuation,
        format!("{}{cut}", prompt_text(task)),
    ))
}

/// A completion up to where the function ends: the first stop sequence
/// (for servers that ignore `stop`), or the first prose line at the margin.
fn cut_continuation(completion: &str) -> &str {
    let stop = COMPLETION_STOPS
        .iter()
        .filter_map(|s| completion.find(s))
        .min()
        .unwrap_or(completion.len());
    let text = &completion[..stop];
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        let margin = !bare.trim().is_empty() && !bare.starts_with([' ', '\t']);
        if margin && !python::looks_like_code(bare) {
            break;
        }
        end += line.len();
    }
    &text[..end]
}

/// Example usage removed, the prompt's missing imports and the prompt's
/// helper definitions the program uses added, one final newline.
fn finish(program: &str, task: &Task) -> String {
    let code = python::strip_examples(program, &task.entry_point);
    let imports = python::missing_imports(&task.prompt, &code);
    let helpers = python::missing_definitions(&task.prompt, &code, &task.entry_point);
    let mut out = String::new();
    for line in &imports {
        out.push_str(line);
        out.push('\n');
    }
    if !imports.is_empty() {
        out.push('\n');
    }
    for helper in &helpers {
        out.push_str(helper);
        out.push_str("\n\n\n");
    }
    out.push_str(code.trim_matches('\n'));
    out.push('\n');
    out
}
