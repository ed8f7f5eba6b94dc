//! The manual is README.md plus one chapter per concern in docs/. Chapters
//! link to each other by file and heading, so moving a section or renaming a
//! heading silently breaks links; this test finds every relative Markdown
//! link and checks that its file exists and that its `#anchor` names a
//! heading there. It also holds README.md to its job as a short front door
//! that opens with the two commands.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The README's opening block, byte for byte: the main job, then the tests.
const MAIN_COMMAND: &str = "bash sandboxes/runtime/build-python.sh && bash cc/setup.sh && cargo run -q -p effgauge -- score examples/reference.jsonl examples/alternatives.jsonl --out results.json --markdown summary.md && cargo run -q -p effgauge -- score examples/cpp/reference.jsonl examples/cpp/alternatives.jsonl --out results-cpp.json --markdown summary-cpp.md && cat summary.md summary-cpp.md";
const TEST_COMMAND: &str = "cargo test --workspace";

/// The front door stays short; the detail lives in docs/.
const README_MAX_LINES: usize = 300;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// README.md and every docs/*.md, sorted so failures come in a stable order.
fn manual() -> Vec<PathBuf> {
    let root = repo();
    let mut files = vec![root.join("README.md")];
    let mut chapters: Vec<PathBuf> = fs::read_dir(root.join("docs"))
        .expect("docs/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    chapters.sort();
    files.extend(chapters);
    files
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A fence opener or closer: up to three spaces, then three or more of the
/// same backtick or tilde. Returns the character and the run's length.
fn fence(line: &str) -> Option<(char, usize)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let c = rest.chars().next()?;
    if c != '`' && c != '~' {
        return None;
    }
    let n = rest.chars().take_while(|&x| x == c).count();
    (n >= 3).then_some((c, n))
}

/// The file's lines outside fenced code blocks, with their 1-based numbers.
/// A fence closes only on a run of the same character at least as long as
/// the one that opened it with nothing after it (CommonMark), so a ````
/// block quoting a ``` block is one block.
fn prose_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, line) in text.lines().enumerate() {
        match (open, fence(line)) {
            (None, Some(f)) => open = Some(f),
            (Some((c, n)), Some((c2, n2))) => {
                let after = line.trim_start_matches(' ').trim_start_matches(c2);
                if c2 == c && n2 >= n && after.trim().is_empty() {
                    open = None;
                }
            }
            (None, None) => out.push((i + 1, line)),
            (Some(_), None) => {}
        }
    }
    out
}

/// The line with its inline code spans removed: a `[x](y)` inside
/// backticks is code, not a link.
fn without_code_spans(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '`' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&c| c == '`').count();
        // Find the closing run of exactly the same length.
        let mut j = i + run;
        let mut close = None;
        while j < chars.len() {
            if chars[j] == '`' {
                let r = chars[j..].iter().take_while(|&&c| c == '`').count();
                if r == run {
                    close = Some(j + r);
                    break;
                }
                j += r;
            } else {
                j += 1;
            }
        }
        match close {
            Some(end) => i = end,
            None => {
                // An unmatched run is literal text.
                out.extend(&chars[i..i + run]);
                i += run;
            }
        }
    }
    out
}

/// Every `[text](target)` on the line, as its target. Nested brackets in
/// the text are allowed (`[[a]](b)` is rare but legal); a title after the
/// target (`[t](x "title")`) is dropped.
fn links(line: &str) -> Vec<String> {
    let line = without_code_spans(line);
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = line[i..].find("](") {
        let start = i + off + 2;
        let mut depth = 1;
        let mut end = start;
        while end < bytes.len() {
            match bytes[end] {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            end += 1;
        }
        if end < bytes.len() {
            let target = line[start..end].trim();
            let target = target.split_whitespace().next().unwrap_or("");
            let target = target.trim_start_matches('<').trim_end_matches('>');
            out.push(target.to_string());
        }
        i = end.min(bytes.len());
        if i >= bytes.len() {
            break;
        }
    }
    out
}

/// GitHub's anchor for a heading's text: lowercase; letters, digits, '-'
/// and '_' kept; spaces become '-'; everything else (backticks, dots,
/// colons, apostrophes, emphasis markers) dropped.
fn anchor(heading: &str) -> String {
    // Link text stands for the link in a heading: `[a](b)` reads as `a`.
    let mut text = String::new();
    let mut rest = heading;
    while let Some(open) = rest.find('[') {
        let Some(mid) = rest[open..].find("](") else {
            break;
        };
        let Some(close) = rest[open + mid..].find(')') else {
            break;
        };
        text.push_str(&rest[..open]);
        text.push_str(&rest[open + 1..open + mid]);
        rest = &rest[open + mid + close + 1..];
    }
    text.push_str(rest);
    text.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// The anchors of a file's headings (ATX headings outside code blocks),
/// with GitHub's `-1`, `-2` … suffixes for repeated ones.
fn anchors(text: &str) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (_, line) in prose_lines(text) {
        let t = line.trim_start_matches(' ');
        if line.len() - t.len() > 3 {
            continue;
        }
        let hashes = t.chars().take_while(|&c| c == '#').count();
        if !(1..=6).contains(&hashes) {
            continue;
        }
        let rest = &t[hashes..];
        if !(rest.is_empty() || rest.starts_with(' ')) {
            continue;
        }
        // A closing run of '#' is not part of the heading.
        let rest = rest.trim().trim_end_matches('#').trim_end();
        let base = anchor(rest);
        let n = seen.entry(base.clone()).or_insert(0);
        out.push(if *n == 0 {
            base.clone()
        } else {
            format!("{base}-{n}")
        });
        *n += 1;
    }
    out
}

fn is_external(target: &str) -> bool {
    let lower = target.to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s))
}

#[test]
fn every_relative_link_in_the_manual_reaches_a_file_and_a_heading() {
    let root = repo();
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in manual() {
        let text = read(&file);
        let shown = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .display()
            .to_string();
        let dir = file.parent().unwrap();
        for (n, line) in prose_lines(&text) {
            for target in links(line) {
                if target.is_empty() || is_external(&target) {
                    continue;
                }
                checked += 1;
                let (path, fragment) = match target.split_once('#') {
                    Some((p, f)) => (p, Some(f)),
                    None => (target.as_str(), None),
                };
                let linked = if path.is_empty() {
                    file.clone()
                } else {
                    dir.join(path)
                };
                if !linked.exists() {
                    broken.push(format!("{shown}:{n}: {target}: no file {path}"));
                    continue;
                }
                let Some(fragment) = fragment else { continue };
                if linked.is_dir() || linked.extension().is_none_or(|x| x != "md") {
                    broken.push(format!(
                        "{shown}:{n}: {target}: an anchor into a file that is not Markdown"
                    ));
                    continue;
                }
                if !anchors(&read(&linked)).iter().any(|a| a == fragment) {
                    broken.push(format!(
                        "{shown}:{n}: {target}: {} has no heading with the anchor #{fragment}",
                        if path.is_empty() {
                            shown.as_str()
                        } else {
                            path
                        }
                    ));
                }
            }
        }
    }
    // A parser that finds nothing would pass vacuously.
    assert!(
        checked > 50,
        "only {checked} relative links found: is the scan broken?"
    );
    assert!(
        broken.is_empty(),
        "{} broken link(s) in the manual:\n{}",
        broken.len(),
        broken.join("\n")
    );
}

#[test]
fn the_readme_is_a_short_front_door_that_opens_with_the_two_commands() {
    let readme = read(&repo().join("README.md"));
    let lines = readme.lines().count();
    assert!(
        lines <= README_MAX_LINES,
        "README.md has {lines} lines, more than {README_MAX_LINES}: move detail into docs/"
    );
    assert_eq!(
        readme.lines().next(),
        Some("# effgauge"),
        "README.md must open with its title"
    );
    let mut body = readme.lines().skip_while(|l| fence(l).is_none());
    let opener = body.next().expect("README.md has a fenced block");
    let block: Vec<&str> = body.take_while(|l| fence(l).is_none()).collect();
    assert_eq!(
        block,
        [MAIN_COMMAND, TEST_COMMAND],
        "README.md's first fenced block ({opener}) must hold exactly the two commands"
    );
}

#[test]
fn the_readme_and_the_index_list_every_chapter() {
    let root = repo();
    let readme = read(&root.join("README.md"));
    let index = read(&root.join("docs/README.md"));
    let mut missing = Vec::new();
    for file in manual().iter().skip(1) {
        let name = file.file_name().unwrap().to_str().unwrap();
        if name == "README.md" {
            continue;
        }
        if !readme.contains(&format!("](docs/{name}")) {
            missing.push(format!("README.md does not link docs/{name}"));
        }
        if !index.contains(&format!("]({name}")) {
            missing.push(format!("docs/README.md does not link {name}"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_scanner_reads_markdown_as_github_does() {
    // Anchors.
    assert_eq!(anchor("One case, one instance"), "one-case-one-instance");
    assert_eq!(anchor("`problem.toml`"), "problemtoml");
    assert_eq!(
        anchor("Side by side with ENAMEL's evaluator"),
        "side-by-side-with-enamels-evaluator"
    );
    assert_eq!(anchor("`--profile enamel`"), "--profile-enamel");
    assert_eq!(
        anchor("Scoring as a service: effgauge serve"),
        "scoring-as-a-service-effgauge-serve"
    );
    assert_eq!(anchor("a_b [link](x.md)"), "a_b-link");
    assert_eq!(
        anchors("# A\n## A\n```\n# not a heading\n```\n#nope\n"),
        ["a", "a-1"]
    );
    // Links, and code that looks like one.
    assert_eq!(
        links("see [a](b.md#c) and [d](https://e) `[f](g)`"),
        ["b.md#c", "https://e"]
    );
    assert_eq!(links("[t](x.md \"title\") [[n]](y.md)"), ["x.md", "y.md"]);
    assert_eq!(links("``a `[x](y)` b`` [z](w)"), ["w"]);
    // A longer fence holds a shorter one.
    let text = "a\n````text\n```python\n[x](nowhere)\n```\n````\nb [y](z)\n";
    let prose: Vec<&str> = prose_lines(text).into_iter().map(|(_, l)| l).collect();
    assert_eq!(prose, ["a", "b [y](z)"]);
}
