//! Line-level reading of Python: enough to find a function, tell code from
//! prose, and drop example calls. No parser: answers are often not valid
//! Python as a whole (prose around code, cut-off blocks), and a wrong guess
//! here only ever makes a sample fail, which scoring reports.

/// Whether `code` defines `name` at the top level (`def name(`, `async def name(`).
pub fn defines(code: &str, name: &str) -> bool {
    code.lines().any(|line| defined_name(line) == Some(name))
}

/// The name a top-level `def` or `class` line defines.
fn defined_name(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix("def ")
        .or_else(|| line.strip_prefix("async def "))
        .or_else(|| line.strip_prefix("class "))?;
    let rest = rest.trim_start();
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// The names `code` defines at the top level with `def` or `class`.
pub fn top_level_names(code: &str) -> Vec<&str> {
    code.lines().filter_map(defined_name).collect()
}

/// The functions `code` defines at the top level with `def`.
pub fn top_level_functions(code: &str) -> Vec<&str> {
    code.lines()
        .filter(|l| l.starts_with("def ") || l.starts_with("async def "))
        .filter_map(defined_name)
        .collect()
}

/// How many parameters the top-level `def name(...)` of `code` declares
/// (`self` and `*`/`/` markers aside), read up to its closing parenthesis
/// across lines; `None` when there is no such definition.
pub fn arity(code: &str, name: &str) -> Option<usize> {
    let at = code
        .lines()
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len() + 1;
            Some((start, line))
        })
        .find(|(_, line)| defined_name(line) == Some(name) && !line.starts_with("class "))?
        .0;
    let open = at + code[at..].find('(')?;
    let (mut depth, mut params, mut current) = (0, Vec::new(), String::new());
    for c in code[open + 1..].chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                params.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    params.push(current);
    Some(
        params
            .iter()
            .map(|p| p.split([':', '=']).next().unwrap_or("").trim())
            .filter(|p| !p.is_empty() && !matches!(*p, "self" | "*" | "/"))
            .count(),
    )
}

/// Whether `name` occurs in `code` as a whole word.
pub fn mentions(code: &str, name: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(name).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + name.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

/// Whether a line at the margin reads as Python rather than prose: a
/// keyword that starts a statement, a comment, a decorator, an assignment,
/// a call, or the end of a bracketed expression.
pub fn looks_like_code(line: &str) -> bool {
    const STARTS: [&str; 27] = [
        "def ",
        "async ",
        "class ",
        "import ",
        "from ",
        "@",
        "#",
        "if ",
        "elif ",
        "else:",
        "for ",
        "while ",
        "try:",
        "except",
        "finally:",
        "with ",
        "return",
        "raise",
        "pass",
        "global ",
        "nonlocal ",
        ")",
        "]",
        "}",
        "\"\"\"",
        "'''",
        "assert ",
    ];
    if STARTS.iter().any(|s| line.starts_with(s)) {
        return true;
    }
    let head_end = line.find(['=', '(']).unwrap_or(line.len());
    let head = &line[..head_end];
    let is_target = |c: char| c.is_alphanumeric() || "_.,[]: '\"".contains(c);
    let starts_with_name = head.starts_with(|c: char| c.is_alphabetic() || c == '_');
    let assignment = line[head_end..].starts_with('=') && !line[head_end..].starts_with("==");
    let call = line[head_end..].starts_with('(') && !head.contains(' ');
    starts_with_name && head.chars().all(is_target) && (assignment || call)
}

/// Whether a line is at the margin and not blank.
fn at_margin(line: &str) -> bool {
    !line.trim().is_empty() && !line.starts_with([' ', '\t'])
}

/// The unfenced code around the top-level definition of `name` in `text`:
/// from the first line of the code run that holds it (imports, helpers,
/// decorators) to the last line before prose resumes.
pub fn bare_region(text: &str, name: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let def = lines.iter().position(|l| defined_name(l) == Some(name))?;
    let is_code = |l: &&str| !at_margin(l) || looks_like_code(l);
    let start = lines[..def]
        .iter()
        .rposition(|l| !is_code(l))
        .map_or(0, |i| i + 1);
    let end = lines[def + 1..]
        .iter()
        .position(|l| !is_code(l))
        .map_or(lines.len(), |i| def + 1 + i);
    let region = lines[start..end].join("\n");
    Some(format!("{}\n", region.trim_matches('\n')))
}

/// Whether code that does not define the entry point is the function's
/// body: it defines nothing at the top level, and returns or starts
/// indented.
pub fn is_body(code: &str) -> bool {
    let first = code.lines().find(|l| !l.trim().is_empty());
    top_level_names(code).is_empty()
        && (first.is_some_and(|l| l.starts_with([' ', '\t'])) || returns(code))
}

fn returns(code: &str) -> bool {
    code.lines().any(|l| {
        let t = l.trim_start();
        t == "return" || t.starts_with("return ") || t.starts_with("return(")
    })
}

/// A body re-indented to four spaces, the indentation of the prompts'
/// docstrings, whatever indentation the model gave it.
pub fn as_body(code: &str) -> String {
    let indent = code
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for line in code.lines() {
        if !line.trim().is_empty() {
            out.push_str("    ");
            out.push_str(line.get(indent..).unwrap_or(line.trim_start()));
        }
        out.push('\n');
    }
    out
}

/// `code` without example usage at the top level: `if __name__ == ...`
/// blocks, `print(...)`, `assert ...`, `input()` reads and bare calls of
/// the entry point. They would run (and be charged, or wait for input) when
/// the program is imported for scoring, and the template asks for none.
pub fn strip_examples(code: &str, entry_point: &str) -> String {
    let lines: Vec<&str> = code.lines().collect();
    let call = format!("{entry_point}(");
    let mut out = String::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let example = line.starts_with("if __name__")
            || line.starts_with("print(")
            || line.starts_with("assert ")
            || line.starts_with(&call)
            || (at_margin(line) && line.contains("input()"));
        if example {
            i = statement_end(&lines, i);
            continue;
        }
        out.push_str(line);
        out.push('\n');
        i += 1;
    }
    out
}

/// The index after the top-level statement starting at `start`: its
/// bracket continuation lines and its indented block.
fn statement_end(lines: &[&str], start: usize) -> usize {
    let mut depth = 0i32;
    let mut i = start;
    while i < lines.len() {
        depth += bracket_balance(lines[i]);
        i += 1;
        if depth <= 0 {
            break;
        }
    }
    while i < lines.len() && !at_margin(lines[i]) {
        i += 1;
    }
    i
}

/// Opening minus closing brackets on a line, outside string literals and comments.
fn bracket_balance(line: &str) -> i32 {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in line.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '\'' | '"' => quote = Some(c),
                '#' => break,
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            },
        }
    }
    depth
}

/// The prompt's top-level import lines that `solution` lacks, in order.
pub fn missing_imports<'p>(prompt: &'p str, solution: &str) -> Vec<&'p str> {
    let present: Vec<&str> = solution.lines().map(str::trim_end).collect();
    prompt
        .lines()
        .map(str::trim_end)
        .filter(|l| l.starts_with("import ") || l.starts_with("from "))
        .filter(|l| !present.contains(l))
        .collect()
}

/// The prompt's top-level definitions (`def`/`class` blocks with their
/// decorators, the entry point's excepted) that `solution` uses and does
/// not define, with those they use in turn, in the prompt's order: an
/// answer that defines only the entry point calls them as they stand in
/// the prompt (HumanEval/10's `is_palindrome`), as evalplus' sanitiser
/// keeps them.
pub fn missing_definitions<'p>(prompt: &'p str, solution: &str, entry_point: &str) -> Vec<&'p str> {
    let blocks: Vec<(&str, &str)> = definition_blocks(prompt)
        .into_iter()
        .filter(|(name, _)| *name != entry_point)
        .collect();
    let own = top_level_names(solution);
    let mut needed = vec![false; blocks.len()];
    let mut frontier = vec![solution];
    while let Some(code) = frontier.pop() {
        for (i, (name, block)) in blocks.iter().enumerate() {
            if !needed[i] && !own.contains(name) && mentions(code, name) {
                needed[i] = true;
                frontier.push(block);
            }
        }
    }
    blocks
        .iter()
        .zip(needed)
        .filter_map(|((_, block), keep)| keep.then_some(*block))
        .collect()
}

/// Each top-level `def` or `class` of `code` with its name: from its
/// decorators to the last indented line before the next line at the margin.
fn definition_blocks(code: &str) -> Vec<(&str, &str)> {
    let lines: Vec<(usize, &str)> = code
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .collect();
    let at_margin = |l: &str| !l.trim().is_empty() && !l.starts_with([' ', '\t']);
    let mut out = Vec::new();
    for (i, &(_, line)) in lines.iter().enumerate() {
        let Some(name) = defined_name(line) else {
            continue;
        };
        let first = (0..i)
            .rev()
            .take_while(|&j| lines[j].1.starts_with('@'))
            .last()
            .unwrap_or(i);
        let mut last = i;
        for (j, &(_, next)) in lines.iter().enumerate().skip(i + 1) {
            if at_margin(next) {
                break;
            }
            if !next.trim().is_empty() {
                last = j;
            }
        }
        let end = lines[last].0 + lines[last].1.len();
        out.push((name, code[lines[first].0..end].trim_end()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arity_reads_the_parameters_of_a_top_level_def() {
        let code = "def f(a, b: List[Tuple[int, int]] = [(1, 2)],\n      *rest, key=None):\n    pass\nclass f2:\n    def f(self, x):\n        pass\n";
        assert_eq!(arity(code, "f"), Some(4));
        assert_eq!(arity("def g():\n    pass\n", "g"), Some(0));
        assert_eq!(arity("def g(x, /, *, y):\n    pass\n", "g"), Some(2));
        assert_eq!(arity(code, "f2"), None);
        assert_eq!(top_level_functions(code), ["f"]);
    }

    #[test]
    fn the_prompts_helpers_the_answer_calls_are_kept_with_theirs() {
        let prompt = "import math\n\n\n@decorate\ndef shift(x):\n    \"\"\"Shift.\n\n    More.\n    \"\"\"\n    return base(x) + 1\n\n\ndef base(x):\n    return x\n\n\ndef unused(x):\n    return 0\n\n\ndef f(x):\n    \"\"\" Use shift. \"\"\"\n";
        let answer = "def f(x):\n    return shift(x) * 2\n";
        assert_eq!(
            missing_definitions(prompt, answer, "f"),
            [
                "@decorate\ndef shift(x):\n    \"\"\"Shift.\n\n    More.\n    \"\"\"\n    return base(x) + 1",
                "def base(x):\n    return x"
            ]
        );
        // Defined by the answer itself, or not used: nothing is added.
        let own = "def shift(x):\n    return 5\n\ndef f(x):\n    return shift(x)\n";
        assert!(missing_definitions(prompt, own, "f").is_empty());
        assert!(missing_definitions(prompt, "def f(x):\n    return x\n", "f").is_empty());
    }

    #[test]
    fn code_and_prose_at_the_margin() {
        for code in [
            "MOD = 10**9 + 7",
            "x, y = 1, 2",
            "sys.setrecursionlimit(10000)",
            "cache: dict = {}",
            "@lru_cache(None)",
            "# comment",
            ")",
        ] {
            assert!(looks_like_code(code), "{code}");
        }
        for prose in [
            "This runs in O(n log n) time.",
            "Explanation:",
            "The function `f` counts pairs (i, j).",
            "Here is the solution:",
            "1. Sort the list.",
        ] {
            assert!(!looks_like_code(prose), "{prose}");
        }
    }

    #[test]
    fn definitions_and_mentions() {
        let code = "import heapq\n\nasync def go(x):\n    return helper_x(x)\nclass Tree:\n    def go(self): pass\n";
        assert!(defines(code, "go") && !defines(code, "helper_x"));
        assert_eq!(top_level_names(code), ["go", "Tree"]);
        assert!(mentions(code, "heapq") && !mentions(code, "helper"));
    }

    #[test]
    fn examples_go_with_their_continuation_lines_and_blocks() {
        let code = "def f(a):\n    return a\n\nprint(f(\n    [1, 2],\n))\nassert f(1) == 1\nf(3)\nn = int(input())\nif __name__ == \"__main__\":\n    print(f(2))\n\n    f(4)\nKEEP = 1\n";
        assert_eq!(
            strip_examples(code, "f"),
            "def f(a):\n    return a\n\nKEEP = 1\n"
        );
    }

    #[test]
    fn bodies_are_reindented_to_four_spaces() {
        assert!(is_body("  x = 1\n  return x\n") && is_body("return 1\n"));
        assert!(!is_body("x = 1\n") && !is_body("class S:\n    def f(self):\n        return 1\n"));
        assert_eq!(
            as_body("  if x:\n    y()\n\n  return 1\n"),
            "    if x:\n      y()\n\n    return 1\n"
        );
    }
}
