//! C++ and C answers (`--language cpp`, `--language c`): the program is a
//! whole file that defines the entry point; effgauge compiles it with a
//! `main` of its own. C follows the same rules, with C's headers in rule 6.
//!
//! The rules, in order (docs/generate.md, "C++ candidates", lists them for
//! users):
//!
//! 1. A reasoning model's `<think>…</think>` is dropped (as for Python).
//! 2. **Fenced blocks** tagged `cpp`, `c++`, `cc`, `cxx`, `c` or untagged:
//!    the **last** one that defines the entry point at the top level is the
//!    program. A definition is the name, a parenthesized parameter list and
//!    then `{` (not `;`), outside comments, string and character literals
//!    and preprocessor lines, at brace depth 0 (a method of a class does
//!    not count) and not qualified (`Solution::f`, `x.f`).
//! 3. **Bare code**: an answer without any fenced block whose text defines
//!    the entry point: the run of code lines around the definition, cut
//!    where prose resumes.
//! 4. Otherwise the **longest** C++ block, which fails visibly when scored.
//! 5. A top-level `int main(…) { … }` is removed when its braces match (the
//!    harness brings its own `main`); one it cannot delimit is left, and
//!    the link then fails, which is scored as a compile error.
//! 6. A program without any `#include` line gets the prompt's
//!    `#include <bits/stdc++.h>` first.
//! 7. **No code**: a program that defines nothing ([`NO_CODE_CPP`]), so it
//!    is scored and fails; never a dropped sample.
//!
//! No parser: a lexical mask (comments, literals and directives blanked)
//! and brace counting. A wrong guess only ever makes a sample fail.

use super::markdown::{self, Block};
use super::{Extracted, Found};
use crate::Task;
use std::collections::HashMap;

/// The program of an answer without C++ code: a valid file that defines
/// nothing, so the sample is scored and fails.
pub const NO_CODE_CPP: &str = "// effgauge: the answer holds no code\n";

/// The include the C++ prompt starts with, given to a program without any.
const PROMPT_INCLUDE: &str = "#include <bits/stdc++.h>";

/// The includes the C prompt starts with, given to a program without any.
pub const C_INCLUDES: &str = "#include <stdbool.h>\n#include <stdlib.h>\n#include <string.h>";

/// The C++ program a sample of `task` runs, from the model's answer.
pub fn extract(answer: &str, task: &Task) -> Extracted {
    extract_with(answer, task, PROMPT_INCLUDE)
}

/// The program a sample of `task` runs, from the model's answer, with
/// `includes` first when it has none.
pub fn extract_with(answer: &str, task: &Task, includes: &str) -> Extracted {
    let answer = markdown::strip_reasoning(answer);
    match find(answer, &task.entry_point) {
        Some((found, program)) => Extracted {
            solution: finish(&program, includes),
            found,
        },
        None => Extracted {
            solution: NO_CODE_CPP.into(),
            found: Found::NoCode,
        },
    }
}

fn find(answer: &str, entry_point: &str) -> Option<(Found, String)> {
    let all = markdown::fenced_blocks(answer);
    let blocks: Vec<&Block> = all
        .iter()
        .filter(|b| b.is_cpp() && !b.code.trim().is_empty())
        .collect();
    if let Some(block) = blocks.iter().rev().find(|b| defines(&b.code, entry_point)) {
        return Some((Found::FencedBlock, block.code.clone()));
    }
    if all.is_empty() {
        if let Some(region) = bare_region(answer, entry_point) {
            return Some((Found::BareCode, region));
        }
    }
    let longest = blocks.iter().max_by_key(|b| b.code.len())?;
    Some((Found::FencedBlock, longest.code.clone()))
}

/// Whether `code` defines the function `name` at the top level.
pub fn defines(code: &str, name: &str) -> bool {
    let masked = mask(code);
    definition(&masked, &pairs(&masked), name).is_some()
}

/// `main` removed, blank lines at either end dropped, the prompt's
/// `includes` put first when there is none, one final newline.
fn finish(program: &str, includes: &str) -> String {
    let code = remove_main(program);
    let code = code.trim_matches(|c| c == '\n' || c == '\r');
    let mut out = String::with_capacity(code.len() + includes.len() + 3);
    let has_includes = code.lines().any(|l| {
        l.trim_start()
            .strip_prefix('#')
            .is_some_and(|d| d.trim_start().starts_with("include"))
    });
    if !has_includes {
        out.push_str(includes);
        out.push_str("\n\n");
    }
    out.push_str(code);
    out.push('\n');
    out
}

/// `code` with comments, string and character literals and preprocessor
/// lines replaced by spaces (line breaks kept), byte for byte: positions in
/// the mask are positions in `code`.
fn mask(code: &str) -> Vec<u8> {
    let b = code.as_bytes();
    let mut out = b.to_vec();
    let mut blank = |from: usize, to: usize| {
        for byte in &mut out[from..to.min(b.len())] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    };
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        let c = b[i];
        let end = match c {
            b'\n' => {
                line_start = true;
                i += 1;
                continue;
            }
            b'#' if line_start => line_end(b, i),
            b'/' if b.get(i + 1) == Some(&b'/') => line_end(b, i),
            b'/' if b.get(i + 1) == Some(&b'*') => {
                find_from(b, i + 2, b"*/").map_or(b.len(), |at| at + 2)
            }
            b'"' => string_end(b, i),
            b'\'' if !digit_separator(b, i) => quoted_end(b, i, b'\''),
            _ => {
                if !c.is_ascii_whitespace() {
                    line_start = false;
                }
                i += 1;
                continue;
            }
        };
        blank(i, end);
        line_start = false;
        i = end.max(i + 1);
    }
    out
}

/// The end of the line at `from` (the position of its `\n`), following
/// backslash continuations (of a directive or a `//` comment).
fn line_end(b: &[u8], from: usize) -> usize {
    let mut j = from;
    while j < b.len() {
        if b[j] == b'\n' {
            let before = b[..j].iter().rev().find(|c| **c != b'\r');
            if before != Some(&b'\\') {
                return j;
            }
        }
        j += 1;
    }
    b.len()
}

fn find_from(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|at| from + at)
}

/// The end of the string literal opening at `at` (raw strings included).
fn string_end(b: &[u8], at: usize) -> usize {
    let raw = [&b"R"[..], b"u8R", b"uR", b"UR", b"LR"]
        .iter()
        .any(|prefix| {
            b[..at].ends_with(prefix) && (at == prefix.len() || !is_ident(b[at - prefix.len() - 1]))
        });
    if raw {
        let open = b[at + 1..]
            .iter()
            .take(17)
            .position(|c| *c == b'(')
            .map(|p| at + 1 + p);
        if let Some(open) = open {
            let mut close = vec![b')'];
            close.extend_from_slice(&b[at + 1..open]);
            close.push(b'"');
            return find_from(b, open, &close).map_or(b.len(), |p| p + close.len());
        }
    }
    quoted_end(b, at, b'"')
}

/// The end of a quoted literal opening at `at`: after its closing quote,
/// or at the end of the line when it has none.
fn quoted_end(b: &[u8], at: usize, quote: u8) -> usize {
    let mut j = at + 1;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'\n' => return j,
            c if c == quote => return j + 1,
            _ => j += 1,
        }
    }
    b.len()
}

/// A `'` inside a number (`1'000'000`), not a character literal.
fn digit_separator(b: &[u8], at: usize) -> bool {
    // A number is short: looking further back would make a long run of
    // `1'1'1'…` quadratic.
    let from = at.saturating_sub(64);
    let start = b[from..at]
        .iter()
        .rposition(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'.' || *c == b'\''))
        .map_or(from, |p| from + p + 1);
    start < at && b[start].is_ascii_digit() && b.get(at + 1).is_some_and(u8::is_ascii_hexdigit)
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The first top-level definition of `name` in a masked text: the position
/// of the name and of the `{` that opens its body.
fn definition(masked: &[u8], pairs: &Pairs, name: &str) -> Option<(usize, usize)> {
    top_level_calls(masked, pairs, name).find_map(|(at, close)| {
        let after = &masked[close + 1..];
        let stop = after
            .iter()
            .position(|c| matches!(c, b'{' | b';' | b'(' | b')' | b'=' | b'}'))?;
        (after[stop] == b'{').then_some((at, close + 1 + stop))
    })
}

/// Every occurrence of `name(` at brace depth 0, not qualified by `::`,
/// `.` or `->`: the name's position and that of its matching `)`.
fn top_level_calls<'a>(
    masked: &'a [u8],
    pairs: &'a Pairs,
    name: &'a str,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let name = name.as_bytes();
    let mut depth = 0i64;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < masked.len() {
            let at = i;
            i += 1;
            match masked[at] {
                b'{' => depth += 1,
                b'}' => depth -= 1,
                _ if depth == 0 && !name.is_empty() && masked[at..].starts_with(name) => {
                    let before = masked[..at].iter().rev().find(|c| !c.is_ascii_whitespace());
                    let boundary_before = at == 0 || !is_ident(masked[at - 1]);
                    let qualified = matches!(before, Some(b':' | b'.'))
                        || masked[..at].trim_ascii_end().ends_with(b"->");
                    let end = at + name.len();
                    if !boundary_before
                        || qualified
                        || masked.get(end).copied().is_some_and(is_ident)
                    {
                        continue;
                    }
                    let open = end
                        + masked[end..]
                            .iter()
                            .take_while(|c| c.is_ascii_whitespace())
                            .count();
                    if masked.get(open) != Some(&b'(') {
                        continue;
                    }
                    if let Some(&close) = pairs.get(&open) {
                        i = close + 1;
                        return Some((at, close));
                    }
                }
                _ => {}
            }
        }
        None
    })
}

/// The position of the `)` or `}` that closes each matched `(` or `{`.
type Pairs = HashMap<usize, usize>;

/// The brackets of a masked text, matched in one pass (an unmatched one,
/// as in an answer cut off, has no entry).
fn pairs(masked: &[u8]) -> Pairs {
    let (mut parens, mut braces, mut pairs) = (Vec::new(), Vec::new(), HashMap::new());
    for (j, c) in masked.iter().enumerate() {
        let (open, stack) = match c {
            b'(' | b')' => (*c == b'(', &mut parens),
            b'{' | b'}' => (*c == b'{', &mut braces),
            _ => continue,
        };
        if open {
            stack.push(j);
        } else if let Some(from) = stack.pop() {
            pairs.insert(from, j);
        }
    }
    pairs
}

/// `code` without its top-level `main` functions: `int main(…) {…}` (or
/// `signed`/`auto main`) whose return type starts its line and whose
/// braces match. Anything else named `main` is left as it is.
fn remove_main(code: &str) -> String {
    let masked = mask(code);
    let pairs = pairs(&masked);
    let mut cuts = Vec::new();
    for (at, close) in top_level_calls(&masked, &pairs, "main") {
        // The return type starts the line, a few words before the name.
        let from = at.saturating_sub(64);
        let line_start = match masked[from..at].iter().rposition(|c| *c == b'\n') {
            Some(p) => from + p + 1,
            None if from == 0 => 0,
            None => continue,
        };
        let head = String::from_utf8_lossy(&masked[line_start..at]).into_owned();
        let words: Vec<&str> = head.split_whitespace().collect();
        if words.is_empty()
            || !words
                .iter()
                .all(|w| matches!(*w, "int" | "signed" | "auto"))
        {
            continue;
        }
        let open = close
            + 1
            + masked[close + 1..]
                .iter()
                .take_while(|c| c.is_ascii_whitespace())
                .count();
        if masked.get(open) != Some(&b'{') {
            continue;
        }
        let Some(&end) = pairs.get(&open) else {
            continue;
        };
        // The line break after the brace goes too, if nothing else follows.
        let spaces = masked[end + 1..]
            .iter()
            .take_while(|c| matches!(c, b' ' | b'\t' | b'\r'))
            .count();
        let end = match masked.get(end + 1 + spaces) {
            Some(b'\n') => end + spaces + 2,
            None => masked.len(),
            Some(_) => end + 1,
        };
        cuts.push((line_start, end));
    }
    let mut out = code.to_owned();
    for (from, to) in cuts.into_iter().rev() {
        out.replace_range(from..to, "");
    }
    squeeze_blank_lines(&out)
}

/// At most one blank line in a row (a removed `main` leaves a gap).
fn squeeze_blank_lines(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut blanks = 0;
    for line in code.split_inclusive('\n') {
        if line.trim().is_empty() {
            blanks += 1;
            if blanks > 1 {
                continue;
            }
        } else {
            blanks = 0;
        }
        out.push_str(line);
    }
    out
}

/// Unfenced code defining `entry_point`: the lines around its definition
/// that read as code, at least through the line that closes its body.
fn bare_region(answer: &str, entry_point: &str) -> Option<String> {
    let masked = mask(answer);
    let pairs = pairs(&masked);
    let (at, open) = definition(&masked, &pairs, entry_point)?;
    let body_end = pairs.get(&open).copied().unwrap_or(masked.len() - 1);
    let lines: Vec<(usize, &str)> = answer
        .split_inclusive('\n')
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line))
        })
        .collect();
    let line_of = |pos: usize| {
        lines
            .iter()
            .rposition(|(start, _)| *start <= pos)
            .unwrap_or(0)
    };
    let (first_def, last_def) = (line_of(at), line_of(body_end));
    let is_code = |i: usize| {
        let line = lines[i].1.trim_end();
        let next = lines.get(i + 1).map_or("", |(_, l)| l.trim());
        looks_like_code(line) || (line.ends_with(')') && next.starts_with('{'))
    };
    let mut first = first_def;
    while first > 0 && is_code(first - 1) {
        first -= 1;
    }
    let mut last = last_def;
    while last + 1 < lines.len() && is_code(last + 1) {
        last += 1;
    }
    let region: String = lines[first..=last].iter().map(|(_, l)| *l).collect();
    let region = region.trim_matches(|c| c == '\n' || c == '\r');
    defines(region, entry_point).then(|| format!("{region}\n"))
}

/// Whether a line of an unfenced answer reads as C++ rather than prose.
fn looks_like_code(line: &str) -> bool {
    const STARTS: [&str; 13] = [
        "#",
        "//",
        "/*",
        "*",
        "}",
        "{",
        "template",
        "using ",
        "typedef ",
        "namespace ",
        "struct ",
        "class ",
        "static ",
    ];
    if line.trim().is_empty() || line.starts_with([' ', '\t']) {
        return true;
    }
    STARTS.iter().any(|s| line.starts_with(s)) || line.ends_with([';', '{', '}', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task() -> Task {
        Task {
            id: "coin-mix-count".into(),
            prompt: "#include <bits/stdc++.h>\n\n// Count the ways.\nlong long coin_mix_count(const std::vector<long long>& coins, long long amount) {\n}\n".into(),
            entry_point: "coin_mix_count".into(),
        }
    }

    fn got(answer: &str) -> (Found, String) {
        let e = extract(answer, &task());
        (e.found, e.solution)
    }

    const FAST: &str = "#include <vector>\n\nlong long coin_mix_count(const std::vector<long long>& coins, long long amount) {\n    const long long MOD = 1'000'000'007LL;\n    std::vector<long long> ways(amount + 1, 0);\n    ways[0] = 1;\n    for (long long c : coins)\n        for (long long a = c; a <= amount; ++a) ways[a] = (ways[a] + ways[a - c]) % MOD;\n    return ways[amount];\n}\n";

    #[test]
    fn prose_and_a_cpp_block() {
        let answer = format!(
            "This is the classic unbounded knapsack count. We iterate coins in the outer loop so \
             that each combination is counted once (order doesn't matter):\n\n```cpp\n{FAST}```\n\n\
             Time complexity: O(|coins| * amount), memory O(amount)."
        );
        assert_eq!(got(&answer), (Found::FencedBlock, FAST.into()));
    }

    #[test]
    fn the_last_block_defining_the_entry_point_wins() {
        let naive = "long long coin_mix_count(const std::vector<long long>& coins, long long amount) {\n    return 0; // TODO: brute force\n}\n";
        let answer = format!(
            "A naive recursion first:\n\n```c++\n{naive}```\n\nThat is exponential. The DP:\n\n\
             ```cpp\n{FAST}```\n\nUsage:\n\n```cpp\nstd::cout << coin_mix_count({{1, 2, 5}}, 5) << \"\\n\"; // 4\n```\n"
        );
        assert_eq!(got(&answer), (Found::FencedBlock, FAST.into()));
    }

    #[test]
    fn a_main_is_removed_and_the_rest_kept() {
        let answer = format!(
            "```cpp\n#include <bits/stdc++.h>\nusing namespace std;\n\n{}\nint main() {{\n    \
             // read \"{{\" braces in strings and comments }} do not count\n    \
             cout << coin_mix_count({{1, 2, 5}}, 5) << '}}' << endl;\n    return 0;\n}}\n```\n",
            FAST.trim_start_matches("#include <vector>\n\n")
        );
        let expected = format!(
            "#include <bits/stdc++.h>\nusing namespace std;\n\n{}",
            FAST.trim_start_matches("#include <vector>\n\n")
        );
        assert_eq!(got(&answer), (Found::FencedBlock, expected));
    }

    #[test]
    fn a_main_that_cannot_be_delimited_is_left() {
        // Cut off at max_tokens inside main: left as it is (the compile fails).
        let answer =
            format!("```cpp\n{FAST}\nint main() {{\n    std::vector<long long> c{{1, 2}};\n");
        let (found, solution) = got(&answer);
        assert_eq!(found, Found::FencedBlock);
        assert!(
            solution.ends_with("int main() {\n    std::vector<long long> c{1, 2};\n"),
            "{solution}"
        );
        // A `main` that is not a function definition of its own stays too.
        let kept = "#include <vector>\nint main_total = 0;\nlong long coin_mix_count(const std::vector<long long>& coins, long long amount) { return main_total; }\n";
        assert_eq!(got(&format!("```cpp\n{kept}```")).1, kept);
    }

    #[test]
    fn an_untagged_block_and_a_block_tagged_c() {
        assert_eq!(
            got(&format!("```\n{FAST}```")),
            (Found::FencedBlock, FAST.into())
        );
        assert_eq!(
            got(&format!("~~~c\n{FAST}~~~\n")),
            (Found::FencedBlock, FAST.into())
        );
    }

    #[test]
    fn a_file_without_includes_gets_the_prompts() {
        let answer = "```cpp\nlong long coin_mix_count(const std::vector<long long>& coins, long long amount) {\n    return amount == 0;\n}\n```";
        assert_eq!(
            got(answer).1,
            "#include <bits/stdc++.h>\n\nlong long coin_mix_count(const std::vector<long long>& coins, long long amount) {\n    return amount == 0;\n}\n"
        );
    }

    #[test]
    fn no_code_gives_a_program_that_defines_nothing() {
        let refusal = "I'm sorry, but I can't help with that request.";
        assert_eq!(got(refusal), (Found::NoCode, NO_CODE_CPP.into()));
        assert_eq!(got(""), (Found::NoCode, NO_CODE_CPP.into()));
        // A Python answer to a C++ question holds no C++.
        let python = "```python\ndef coin_mix_count(coins, amount):\n    return 0\n```";
        assert_eq!(got(python).0, Found::NoCode);
        // Reasoning only, cut off before the answer.
        assert_eq!(got("<think>We need a DP over amounts").0, Found::NoCode);
    }

    #[test]
    fn a_class_or_a_declaration_does_not_define_the_entry_point() {
        let class = "```cpp\nclass Solution {\npublic:\n    long long coin_mix_count(vector<long long>& coins, long long amount) {\n        return 0;\n    }\n};\n```";
        let declared = "```cpp\nlong long coin_mix_count(const std::vector<long long>& coins, long long amount);\n```";
        // Neither defines it: the longest block is kept, to fail visibly.
        let answer = format!("{declared}\n\n{class}\n");
        let (found, solution) = got(&answer);
        assert_eq!(found, Found::FencedBlock);
        assert!(solution.contains("class Solution"), "{solution}");
        assert!(!defines(&class[7..], "coin_mix_count"));
        assert!(!defines(
            "long long Solution::coin_mix_count(int a) {}",
            "coin_mix_count"
        ));
        assert!(!defines(
            "// long long coin_mix_count(int a) {}\n",
            "coin_mix_count"
        ));
        assert!(!defines(
            "const char* s = \"coin_mix_count(int a) {\";",
            "coin_mix_count"
        ));
        assert!(defines(
            "auto coin_mix_count(int a) -> long long\n{\n}\n",
            "coin_mix_count"
        ));
        assert!(defines(
            "static std::vector<int> memo;\nlong long\ncoin_mix_count(const std::vector<long long>& c,\n               long long a) noexcept {\n  return 0;\n}\n",
            "coin_mix_count"
        ));
    }

    #[test]
    fn reasoning_is_dropped_and_bare_code_is_cut_where_prose_resumes() {
        let answer = format!(
            "<think>Maybe ```cpp\nlong long coin_mix_count() {{}}\n```</think>\nHere is my solution:\n\n{FAST}\nIt runs in O(n * amount).\n"
        );
        assert_eq!(got(&answer), (Found::BareCode, FAST.into()));
    }

    #[test]
    fn hostile_answers_take_linear_time() {
        // Answers are at most 1 MiB; each of these would take minutes if
        // any step were quadratic.
        let started = std::time::Instant::now();
        for unit in [
            "coin_mix_count(",
            "coin_mix_count(x) ",
            "1'",
            "main(){}",
            "R\"",
            "int main()\n",
            "a(b)",
        ] {
            let text = unit.repeat((1 << 20) / unit.len());
            let _ = extract(&text, &task());
            let _ = extract(&format!("```cpp\n{text}"), &task());
        }
        assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
    }

    #[test]
    fn literals_and_comments_are_masked_byte_for_byte() {
        let code = "int a = '{'; // }\nconst char* s = R\"x(}\")x\"; /* { */ int b = 1'000; char c = '\\'';\n";
        let masked = mask(code);
        assert_eq!(masked.len(), code.len());
        let text = String::from_utf8(masked).unwrap();
        assert!(!text.contains(['{', '}']), "{text}");
        assert!(text.contains("int b = 1'000;"), "{text}");
        assert!(text.contains("char c =     ;"), "{text}");
    }
}
