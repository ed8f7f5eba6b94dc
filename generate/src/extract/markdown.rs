//! The Markdown side of an answer: reasoning sections to drop and fenced
//! code blocks to find.

/// A fenced code block: its language tag (lowercase, may be empty) and its
/// lines, with the fence's own indentation removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub lang: String,
    pub code: String,
}

impl Block {
    /// Python, or untagged (models often leave the tag out). Interactive
    /// sessions (`pycon`) and other languages are examples or output, not
    /// the program.
    pub fn is_python(&self) -> bool {
        matches!(self.lang.as_str(), "" | "python" | "py" | "python3" | "py3")
    }

    /// C++ (or C, which models sometimes tag it), or untagged.
    pub fn is_cpp(&self) -> bool {
        matches!(self.lang.as_str(), "" | "cpp" | "c++" | "cc" | "cxx" | "c")
    }
}

/// The answer without a reasoning model's thoughts: what follows the last
/// `</think>`. An answer cut off inside `<think>` has no answer yet: what
/// precedes `<think>` is all there is.
pub fn strip_reasoning(text: &str) -> &str {
    if let Some(end) = text.rfind("</think>") {
        return &text[end + "</think>".len()..];
    }
    match text.find("<think>") {
        Some(start) => &text[..start],
        None => text,
    }
}

/// Every fenced block (```` ``` ```` or `~~~`, three or more), in order. A
/// block left open (an answer cut at `max_tokens`) runs to the end.
///
/// One departure from CommonMark: inside a block, a fence line *with* a
/// language tag starts a new block. A closing fence cannot carry a tag, so
/// in Markdown that line would be code; in a model's answer it means the
/// fence before it was a stray closer (a completion that ends the prompt's
/// block, then answers in a block of its own).
pub fn fenced_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = text.lines();
    let mut opening = lines.find_map(Fence::open);
    while let Some(fence) = opening.take() {
        let mut code = String::new();
        for inner in lines.by_ref() {
            if fence.closes(inner) {
                break;
            }
            if let Some(tagged) = Fence::open(inner).filter(|f| !f.lang.is_empty()) {
                opening = Some(tagged);
                break;
            }
            code.push_str(fence.unindent(inner));
            code.push('\n');
        }
        blocks.push(Block {
            lang: fence.lang,
            code,
        });
        if opening.is_none() {
            opening = lines.find_map(Fence::open);
        }
    }
    blocks
}

/// An opening fence line.
struct Fence {
    indent: usize,
    marker: char,
    len: usize,
    lang: String,
}

impl Fence {
    fn open(line: &str) -> Option<Fence> {
        let trimmed = line.trim_start();
        let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
        let len = trimmed.chars().take_while(|c| *c == marker).count();
        if len < 3 {
            return None;
        }
        let info = trimmed[len..].trim();
        // A backtick fence's info string cannot hold a backtick: "```x```"
        // on one line is inline code, not a block.
        if marker == '`' && info.contains('`') {
            return None;
        }
        let lang = info
            .split(|c: char| c.is_whitespace() || c == '{' || c == ',')
            .next()
            .unwrap_or("")
            .to_lowercase();
        Some(Fence {
            indent: line.len() - trimmed.len(),
            marker,
            len,
            lang,
        })
    }

    fn closes(&self, line: &str) -> bool {
        let trimmed = line.trim();
        trimmed.len() >= self.len && trimmed.chars().all(|c| c == self.marker)
    }

    /// A line of the block without the fence's indentation (blocks inside
    /// Markdown lists are indented as a whole).
    fn unindent<'a>(&self, line: &'a str) -> &'a str {
        let spaces = line.len() - line.trim_start_matches(' ').len();
        &line[spaces.min(self.indent)..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_their_language_and_an_open_block_runs_to_the_end() {
        let text = "a\n```Python title=x\nx = 1\n```\n  ~~~\n  y = 2\n  ~~~\n```py\nz = 3\n";
        let blocks = fenced_blocks(text);
        let got: Vec<(&str, &str)> = blocks
            .iter()
            .map(|b| (b.lang.as_str(), b.code.as_str()))
            .collect();
        assert_eq!(
            got,
            [("python", "x = 1\n"), ("", "y = 2\n"), ("py", "z = 3\n")]
        );
    }

    #[test]
    fn a_tagged_fence_inside_a_block_starts_a_new_one() {
        let blocks = fenced_blocks("    pass\n```\nprose\n```python\nx = 1\n```\n");
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            (blocks[0].lang.as_str(), blocks[0].code.as_str()),
            ("", "prose\n")
        );
        assert_eq!(
            (blocks[1].lang.as_str(), blocks[1].code.as_str()),
            ("python", "x = 1\n")
        );
    }

    #[test]
    fn inline_triple_backticks_are_not_a_block() {
        assert!(fenced_blocks("use ```x = 1``` here").is_empty());
    }

    #[test]
    fn reasoning_is_dropped() {
        assert_eq!(strip_reasoning("<think>a```b</think>\nanswer"), "\nanswer");
        assert_eq!(strip_reasoning("pre<think>never closed"), "pre");
        assert_eq!(strip_reasoning("plain"), "plain");
    }
}
