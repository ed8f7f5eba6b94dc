//! Whole programs: the answer to a stdio task (a program that reads its
//! input from stdin and writes its answer to stdout), which has no entry
//! point to look for and keeps its reading and printing.
//!
//! The rules, in order:
//!
//! 1. Chat-template tokens a server leaked into the answer (everything up
//!    to the last `<|end_header_id|>`, as Llama 3's template writes it) and
//!    a reasoning section are dropped.
//! 2. Of the fenced Python blocks, the last one that reads standard input
//!    (`input(`, `sys.stdin`, `open(0`, `os.read(0`) wins: answers that
//!    show a helper or a sample run in a block of its own end with the
//!    program. Failing that, the longest block.
//! 3. No block: the answer is the program if every non-blank line of it
//!    reads as code.
//! 4. Otherwise no code: a program that prints nothing, which fails.

use super::{markdown, python, Extracted, Found, NO_CODE};

/// The program a stdio sample runs, from the model's answer.
pub fn extract(answer: &str) -> Extracted {
    let answer = markdown::strip_reasoning(strip_chat_header(answer));
    let blocks: Vec<markdown::Block> = markdown::fenced_blocks(answer)
        .into_iter()
        .filter(|b| b.is_python() && !b.code.trim().is_empty())
        .collect();
    let chosen = blocks
        .iter()
        .rev()
        .find(|b| reads_stdin(&b.code))
        .or_else(|| blocks.iter().rev().max_by_key(|b| b.code.len()));
    let (found, code) = match chosen {
        Some(block) => (Found::FencedBlock, block.code.as_str()),
        None if all_code(answer) => (Found::BareCode, answer),
        None => (Found::NoCode, NO_CODE),
    };
    Extracted {
        solution: format!("{}\n", code.trim_matches('\n')),
        found,
    }
}

/// The answer after the last `<|end_header_id|>`.
pub fn strip_chat_header(answer: &str) -> &str {
    const HEADER_END: &str = "<|end_header_id|>";
    match answer.rfind(HEADER_END) {
        Some(at) => &answer[at + HEADER_END.len()..],
        None => answer,
    }
}

fn reads_stdin(code: &str) -> bool {
    ["input(", "sys.stdin", "open(0", "os.read(0", "stdin.read"]
        .iter()
        .any(|needle| code.contains(needle))
}

fn all_code(answer: &str) -> bool {
    let mut lines = answer.lines().filter(|l| !l.trim().is_empty()).peekable();
    lines.peek().is_some()
        && lines.all(|l| l.starts_with([' ', '\t']) || python::looks_like_code(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_block_that_reads_stdin_wins() {
        let answer = "Here is a helper:\n```python\ndef f(x):\n    return x\n```\n\
                      The program:\n```python\nn = int(input())\nprint(n)\n```\n\
                      Sample run:\n```python\n# prints 3\n```\n";
        let e = extract(answer);
        assert_eq!(e.found, Found::FencedBlock);
        assert_eq!(e.solution, "n = int(input())\nprint(n)\n");
    }

    #[test]
    fn a_leaked_chat_header_and_prose_around_code_are_dropped() {
        let answer = "<|start_header_id|>assistant<|end_header_id|>\n\nimport sys\nprint(sum(map(int, sys.stdin.read().split())))\n";
        let e = extract(answer);
        assert_eq!(e.found, Found::BareCode);
        assert_eq!(
            e.solution,
            "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n"
        );
        let prose = extract("I would sort the values and count the runs.");
        assert_eq!(prose.found, Found::NoCode);
    }

    #[test]
    fn without_a_reading_block_the_longest_block_is_kept() {
        let answer = "```python\nx = 1\n```\n```python\nimport sys\nprint(len(sys.argv))\n```\n";
        assert_eq!(
            extract(answer).solution,
            "import sys\nprint(len(sys.argv))\n"
        );
    }
}
