//! How a stdin/stdout program's answer is judged against the reference's:
//! the rules judges of programming contests use, declared by the problem
//! (`compare = "exact" | "lines" | "tokens" | "float"` in `problem.toml`).
//! Both answers are bytes, everything the program wrote to standard output.
//!
//! - `exact`: byte for byte.
//! - `lines`: line by line (`\n` or `\r\n`), each line's trailing spaces and
//!   tabs ignored, and empty lines at the end ignored.
//! - `tokens`: the sequences of white-space-separated tokens are equal (the
//!   default for a stdio problem: judges compare tokens unless exact layout
//!   is part of the task).
//! - `float`: tokens; where the expected token reads as a finite decimal
//!   number, the output's token must too and be within the tolerance
//!   (absolute, or relative to the expected value), else equal as text.

/// A stdio problem's answer rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRule {
    Exact,
    Lines,
    Tokens,
    /// Tokens, numbers within a tolerance.
    Float(Tolerance),
}

/// A float tolerance, kept as its bits so that the rule compares and hashes
/// exactly (it is part of a problem's identity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tolerance(u64);

impl Tolerance {
    /// The default tolerance of the `float` rule.
    pub const DEFAULT: f64 = 1e-6;

    /// `None` unless `value` is finite and in (0, 1).
    pub fn new(value: f64) -> Option<Tolerance> {
        (value.is_finite() && value > 0.0 && value < 1.0).then(|| Tolerance(value.to_bits()))
    }

    pub fn value(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl TextRule {
    pub fn name(self) -> &'static str {
        match self {
            TextRule::Exact => "exact",
            TextRule::Lines => "lines",
            TextRule::Tokens => "tokens",
            TextRule::Float(_) => "float",
        }
    }

    /// The rule named `name`; `float` takes `tolerance`.
    pub fn parse(name: &str, tolerance: Tolerance) -> Option<TextRule> {
        Some(match name {
            "exact" => TextRule::Exact,
            "lines" => TextRule::Lines,
            "tokens" => TextRule::Tokens,
            "float" => TextRule::Float(tolerance),
            _ => return None,
        })
    }

    /// Whether `output` is right where the reference wrote `expected`.
    pub fn accepts(self, expected: &[u8], output: &[u8]) -> bool {
        match self {
            TextRule::Exact => expected == output,
            TextRule::Lines => lines(expected).eq(lines(output)),
            TextRule::Tokens => tokens(expected).eq(tokens(output)),
            TextRule::Float(tolerance) => {
                let (mut e, mut o) = (tokens(expected), tokens(output));
                loop {
                    match (e.next(), o.next()) {
                        (None, None) => return true,
                        (Some(a), Some(b)) if near(a, b, tolerance.value()) => continue,
                        _ => return false,
                    }
                }
            }
        }
    }
}

fn tokens(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    text.split(|b| b.is_ascii_whitespace())
        .filter(|t| !t.is_empty())
}

/// The lines that count: trailing blanks of each cut, trailing empty lines
/// dropped.
fn lines(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    let trimmed: Vec<&[u8]> = text
        .split(|&b| b == b'\n')
        .map(|line| {
            let end = line
                .iter()
                .rposition(|b| !matches!(b, b' ' | b'\t' | b'\r'))
                .map_or(0, |i| i + 1);
            &line[..end]
        })
        .collect();
    let keep = trimmed
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |i| i + 1);
    trimmed.into_iter().take(keep)
}

/// Equal as text, or, where `expected` is a finite number, `output` a number
/// within `tolerance` of it (absolute or relative).
fn near(expected: &[u8], output: &[u8], tolerance: f64) -> bool {
    if expected == output {
        return true;
    }
    let (Some(e), Some(o)) = (number(expected), number(output)) else {
        return false;
    };
    let diff = (e - o).abs();
    diff <= tolerance || diff <= tolerance * e.abs()
}

/// A finite decimal number (digits, sign, point, exponent; never `nan`,
/// `inf` or hex, which `f64::from_str` would also read).
fn number(token: &[u8]) -> Option<f64> {
    if token.len() > 64 || !token.iter().any(u8::is_ascii_digit) {
        return None;
    }
    if !token
        .iter()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'))
    {
        return None;
    }
    let value: f64 = std::str::from_utf8(token).ok()?.parse().ok()?;
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float() -> TextRule {
        TextRule::Float(Tolerance::new(1e-6).unwrap())
    }

    #[test]
    fn exact_is_byte_for_byte() {
        assert!(TextRule::Exact.accepts(b"1 2\n", b"1 2\n"));
        assert!(!TextRule::Exact.accepts(b"1 2\n", b"1 2"));
        assert!(!TextRule::Exact.accepts(b"1 2\n", b"1  2\n"));
    }

    #[test]
    fn lines_ignore_trailing_blanks_and_empty_last_lines_only() {
        let rule = TextRule::Lines;
        assert!(rule.accepts(b"a b\nc\n", b"a b  \r\nc\n\n\n"));
        assert!(rule.accepts(b"a\n", b"a"));
        assert!(!rule.accepts(b"a b\nc\n", b"a  b\nc\n"));
        assert!(!rule.accepts(b"a\nc\n", b"a\n\nc\n"));
        assert!(!rule.accepts(b"a\n", b" a\n"));
        assert!(!rule.accepts(b"a\nb\n", b"a\n"));
        assert!(rule.accepts(b"", b"\n \n"));
    }

    #[test]
    fn tokens_ignore_all_layout_but_order() {
        let rule = TextRule::Tokens;
        assert!(rule.accepts(b"1 2\n3\n", b"1\n2 3"));
        assert!(!rule.accepts(b"1 2 3", b"1 3 2"));
        assert!(!rule.accepts(b"1 2 3", b"1 2"));
        assert!(!rule.accepts(b"1.0", b"1"));
        assert!(rule.accepts(b"", b" \n\t"));
    }

    #[test]
    fn float_takes_numbers_within_the_tolerance_and_nothing_else() {
        let rule = float();
        assert!(rule.accepts(b"0.3333333 x", b"0.33333333333 x"));
        assert!(rule.accepts(b"1000000000", b"1000000000.5"));
        assert!(!rule.accepts(b"1.5", b"1.6"));
        assert!(!rule.accepts(b"YES", b"yes"));
        assert!(!rule.accepts(b"1.5", b"nan"));
        assert!(!rule.accepts(b"inf", b"1e400"));
        assert!(!rule.accepts(b"1 2", b"1"));
        assert!(rule.accepts(b"2", b"2.0000000001"));
        assert!(!rule.accepts(b"0x10", b"16"));
    }

    #[test]
    fn names_round_trip_and_tolerances_are_bounded() {
        let t = Tolerance::new(1e-9).unwrap();
        for rule in [
            TextRule::Exact,
            TextRule::Lines,
            TextRule::Tokens,
            TextRule::Float(t),
        ] {
            assert_eq!(TextRule::parse(rule.name(), t), Some(rule));
        }
        assert_eq!(TextRule::parse("equivalent", t), None);
        for bad in [0.0, -1e-6, 1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(Tolerance::new(bad), None);
        }
    }
}
