//! Instruction templates: what the model is sent for a problem. One default
//! per mode asks for an *efficient* correct solution, since efficiency is
//! what effgauge scores; `--template FILE` replaces it.
//!
//! A template is plain text with three placeholders, each replaced once
//! (the values are never searched for placeholders again, so a prompt's
//! own braces are safe): `{prompt}` (the problem's `prompt.py`: imports,
//! signature and docstring, ending in one newline; required), `{entry_point}` (the function's name) and
//! `{task_id}`.

use crate::{GenerateError, Language, Mode, Task};
use std::path::Path;

/// The default of chat mode: the prompt in a fenced block, a request for
/// the efficient algorithm, and the answer's shape, which extraction relies
/// on least but models follow best.
pub const DEFAULT_CHAT: &str = "\
Complete the following Python function. Write a correct solution that is as efficient as \
possible: choose the algorithm with the best time complexity for the input sizes the \
docstring states, and avoid needless work, copies and allocations. Use only the Python \
standard library.

```python
{prompt}```

Answer with a single ```python code block holding the complete program: the imports it \
needs and the function `{entry_point}` with the same signature. Do not include tests, \
example calls, or code that reads input or prints.
";

/// The default of chat mode for C++ (`--language cpp`): the C++ prompt
/// (the statement as comments above the declaration) in a fenced block,
/// and the shape of a file effgauge compiles around its own `main`.
pub const DEFAULT_CHAT_CPP: &str = "\
Complete the following C++17 function. Write a correct solution that is as efficient as \
possible: choose the algorithm with the best time complexity for the input sizes the \
comment states, and avoid needless work, copies and allocations. Use only the C++ \
standard library.

```cpp
{prompt}```

Answer with a single ```cpp code block holding the complete file: the #include lines it \
needs and the function `{entry_point}` with exactly the signature above. Do not write a \
main function, tests, or code that reads input or prints. Use `long long` for 64-bit \
values (`long` is 32 bits here) and do not use exceptions.
";

/// The default of chat mode for C (`--language c`): as C++'s, with C's
/// conventions for lists and results, which the prompt's comment states.
pub const DEFAULT_CHAT_C: &str = "\
Complete the following C17 function. Write a correct solution that is as efficient as \
possible: choose the algorithm with the best time complexity for the input sizes the \
comment states, and avoid needless work, copies and allocations. Use only the C standard \
library.

```c
{prompt}```

Answer with a single ```c code block holding the complete file: the #include lines it \
needs and the function `{entry_point}` with exactly the signature above. Do not write a \
main function, tests, or code that reads input or prints. Use `long long` for 64-bit \
values (`long` is 32 bits here).
";

/// The default of chat mode for a stdio task (a program that reads stdin
/// and writes stdout; the prompt is its statement).
pub const DEFAULT_CHAT_STDIO: &str = "\
Write a Python 3 program that solves the following problem. It reads the input from standard \
input and writes the answer to standard output. Make it correct and as efficient as possible: \
choose the algorithm with the best time complexity for the input sizes the statement gives, \
read the input in one go for large inputs, and avoid needless work, copies and allocations. \
Use only the Python standard library.

{prompt}
Answer with a single ```python code block holding the complete program.
";

/// The default of completions mode: a base model continues the text, so the
/// request for efficiency is a comment above the prompt, and the text ends
/// where the function body begins.
pub const DEFAULT_COMPLETIONS: &str = "\
# An efficient, correct solution: it uses the algorithm with the best time
# complexity for the input sizes the docstring states, and only the standard library.
{prompt}";

/// An instruction template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    text: String,
    /// The text for stdio tasks, where it differs (a default template's;
    /// a template from a file is used for every task).
    stdio: Option<String>,
}

impl Template {
    /// The documented default of a mode, for Python.
    pub fn default_for(mode: Mode) -> Template {
        Template::default_in(mode, Language::Python)
    }

    /// The documented default of a mode in a language. C++ and C have a
    /// chat template only: such a sample is a whole file, which continuing
    /// the prompt does not give (the command line refuses completions mode
    /// with them; this falls back to the Python text).
    pub fn default_in(mode: Mode, language: Language) -> Template {
        let text = match (mode, language) {
            (Mode::Chat, Language::Cpp) => DEFAULT_CHAT_CPP,
            (Mode::Chat, Language::C) => DEFAULT_CHAT_C,
            (Mode::Chat, Language::Python) => DEFAULT_CHAT,
            (Mode::Completions, _) => DEFAULT_COMPLETIONS,
        };
        let stdio = (mode == Mode::Chat && language == Language::Python)
            .then(|| DEFAULT_CHAT_STDIO.to_owned());
        Template {
            text: text.into(),
            stdio,
        }
    }

    /// A template from a file; it must hold `{prompt}`.
    pub fn from_file(path: &Path) -> Result<Template, GenerateError> {
        use std::io::Read;
        let error = |message: String| GenerateError::Template {
            path: path.to_owned(),
            message,
        };
        let max = crate::limits::MAX_TEMPLATE_BYTES;
        let mut text = String::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(max + 1).read_to_string(&mut text))
            .map_err(|e| error(format!("cannot read: {e}")))?;
        if text.len() as u64 > max {
            return Err(error(format!(
                "more than the {max} bytes a template may have"
            )));
        }
        Template::new(text).map_err(|message| GenerateError::Template {
            path: path.to_owned(),
            message,
        })
    }

    /// A template from its text; it must hold `{prompt}`.
    pub fn new(text: String) -> Result<Template, String> {
        if !text.contains("{prompt}") {
            return Err("the template has no {prompt} placeholder".into());
        }
        Ok(Template { text, stdio: None })
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Everything the template may send, for its recorded hash: the text,
    /// and the stdio tasks' text where there is one.
    pub fn identity(&self) -> String {
        match &self.stdio {
            Some(stdio) => format!("{}\0stdio\0{stdio}", self.text),
            None => self.text.clone(),
        }
    }

    /// The text sent for `task`. Placeholders are replaced in one pass over
    /// the template, so a `{prompt}` inside the problem's prompt stays as it is.
    pub fn render(&self, task: &Task) -> String {
        let prompt = prompt_text(task);
        let text = match (&self.stdio, task.is_program()) {
            (Some(stdio), true) => stdio.as_str(),
            _ => self.text.as_str(),
        };
        let mut out = String::with_capacity(text.len() + prompt.len());
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let tail = &rest[open..];
            let (value, len) = if tail.starts_with("{prompt}") {
                (prompt.as_str(), "{prompt}".len())
            } else if tail.starts_with("{entry_point}") {
                (task.entry_point.as_str(), "{entry_point}".len())
            } else if tail.starts_with("{task_id}") {
                (task.id.as_str(), "{task_id}".len())
            } else {
                ("{", 1)
            };
            out.push_str(value);
            rest = &tail[len..];
        }
        out.push_str(rest);
        out
    }
}

/// The prompt as templates and programs use it: trailing white space
/// dropped, one newline kept, so a continuation starts on the body's line.
pub fn prompt_text(task: &Task) -> String {
    format!("{}\n", task.prompt.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task() -> Task {
        Task {
            id: "t".into(),
            prompt: "def f(xs):\n    \"\"\"{prompt} and {'a': 1}\"\"\"\n".into(),
            entry_point: "f".into(),
        }
    }

    #[test]
    fn a_stdio_task_gets_the_program_template_by_default_only() {
        let task = Task {
            id: "s".into(),
            prompt: "# Sum\n\nPrint the sum of the integers of the input.\n".into(),
            entry_point: String::new(),
        };
        let chat = Template::default_in(Mode::Chat, Language::Python).render(&task);
        assert!(chat.starts_with("Write a Python 3 program"), "{chat}");
        assert!(chat.contains("Print the sum of the integers"), "{chat}");
        let own = Template::new("Solve: {prompt}".into()).unwrap();
        assert!(own.render(&task).starts_with("Solve: # Sum"));
        assert_ne!(
            Template::default_in(Mode::Chat, Language::Python).identity(),
            Template::default_in(Mode::Chat, Language::Python).text()
        );
    }

    #[test]
    fn placeholders_are_replaced_once_and_other_braces_kept() {
        let t = Template::new("{task_id}: {entry_point} {x}\n{prompt}".into()).unwrap();
        assert_eq!(
            t.render(&task()),
            "t: f {x}\ndef f(xs):\n    \"\"\"{prompt} and {'a': 1}\"\"\"\n"
        );
    }

    #[test]
    fn defaults_ask_for_efficiency_and_completions_end_with_the_prompt() {
        let chat = Template::default_for(Mode::Chat).render(&task());
        assert!(chat.contains("as efficient as possible") && chat.contains("`f`"));
        let completions = Template::default_for(Mode::Completions).render(&task());
        assert!(completions.ends_with("{'a': 1}\"\"\"\n"), "{completions}");
        assert!(completions.starts_with("# An efficient, correct solution"));
    }

    #[test]
    fn the_cpp_default_asks_for_a_whole_cpp_file_without_main() {
        let cpp = Task {
            id: "t".into(),
            prompt: "#include <bits/stdc++.h>\n\n// Count.\nlong long f(long long n) {\n}\n".into(),
            entry_point: "f".into(),
        };
        let text = Template::default_in(Mode::Chat, Language::Cpp).render(&cpp);
        assert!(
            text.contains("```cpp\n#include <bits/stdc++.h>\n\n// Count.\nlong long f(long long n) {\n}\n```\n"),
            "{text}"
        );
        for asked in [
            "as efficient as possible",
            "`f`",
            "main function",
            "`long long`",
            "exceptions",
        ] {
            assert!(text.contains(asked), "{asked}: {text}");
        }
    }

    #[test]
    fn a_template_without_the_prompt_is_refused() {
        assert!(Template::new("Solve {entry_point}".into()).is_err());
    }
}
