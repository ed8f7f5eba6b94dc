//! The lexical gate a source passes before the compiler sees it: includes
//! only of `<header>` names, no other way to name a file, and warnings for
//! what is legal but wrong in wasm32. The compiler's jail
//! ([`crate::jail`]) is the second wall: even a directive this missed could
//! only read the toolchain's own files.

/// Largest source the compiler is given.
pub const MAX_SOURCE_BYTES: usize = 256 * 1024;

/// What the gate says about a source.
#[derive(Debug, Default)]
pub struct Gated {
    /// Legal, but probably not what the author meant.
    pub warnings: Vec<String>,
}

/// Refuses a source that could name a file other than a system header;
/// the error is one line, with the source's line number.
pub fn check(source: &str) -> Result<Gated, String> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(format!(
            "the source is {} bytes, above the {MAX_SOURCE_BYTES}-byte cap",
            source.len()
        ));
    }
    if source.contains('\0') {
        return Err("the source contains a NUL byte".into());
    }
    let code = strip(&trigraphs(source));
    let mut gated = Gated::default();
    let mut long_lines = Vec::new();
    for (index, line) in code.lines().enumerate() {
        let number = index + 1;
        check_directive(line).map_err(|why| format!("line {number}: {why}"))?;
        if line.contains("##") || line.contains("%:%:") {
            // A pasted name is one the gate never sees (`__has_` ## `include`).
            return Err(format!(
                "line {number}: token pasting (`##`) is not allowed: write names out"
            ));
        }
        for word in words(line) {
            // `_Pragma("...")` is a pragma the line check cannot read.
            if word.starts_with("__has_include")
                || word.starts_with("__has_embed")
                || word == "_Pragma"
            {
                return Err(format!("line {number}: `{word}` is not allowed"));
            }
        }
        if uses_long(line) {
            long_lines.push(number);
        }
    }
    // One warning however many lines: a result holds a few, not thousands.
    if let Some(first) = long_lines.first() {
        let more = match long_lines.len() {
            1 => String::new(),
            n => format!(" and {} more line(s)", n - 1),
        };
        gated.warnings.push(format!(
            "line {first}{more}: `long` is 32 bits in wasm32 (as on Windows); use `long long` or `int64_t` for 64-bit values"
        ));
    }
    Ok(gated)
}

/// The source as a compiler that reads trigraphs sees it (C17 does; C++17
/// and effgauge's C flags do not, but the gate assumes the worst): `??/`
/// is a backslash, so it can splice lines.
fn trigraphs(source: &str) -> String {
    const MAP: [(&str, &str); 9] = [
        ("??=", "#"),
        ("??/", "\\"),
        ("??'", "^"),
        ("??(", "["),
        ("??)", "]"),
        ("??!", "|"),
        ("??<", "{"),
        ("??>", "}"),
        ("??-", "~"),
    ];
    MAP.iter().fold(source.to_owned(), |text, (tri, plain)| {
        text.replace(tri, plain)
    })
}

fn check_directive(line: &str) -> Result<(), String> {
    let trimmed = line.trim_start();
    let Some(rest) = trimmed
        .strip_prefix('#')
        .or_else(|| trimmed.strip_prefix("%:"))
    else {
        return Ok(());
    };
    let rest = rest.trim_start();
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let operand = rest[name.len()..].trim();
    match name.as_str() {
        "include" => check_header(operand),
        "include_next" | "import" | "embed" => Err(format!("`#{name}` is not allowed")),
        "pragma" => check_pragma(operand),
        _ => Ok(()),
    }
}

/// Pragmas that name a file (`GCC dependency` compiles or not by whether
/// it exists: an oracle), map headers, or make the compiler crash on
/// purpose (never cached, so compiled again every time) are refused; the
/// rest (`GCC optimize`, `once`, diagnostics) are harmless.
fn check_pragma(operand: &str) -> Result<(), String> {
    const REFUSED: [&str; 6] = [
        "dependency",
        "__debug",
        "include_alias",
        "include_instead",
        "module",
        "system_header",
    ];
    match words(operand).find(|w| REFUSED.contains(w)) {
        Some(word) => Err(format!("`#pragma` with `{word}` is not allowed")),
        None => Ok(()),
    }
}

/// Only `<name>` with a plain relative name: no quotes (they search the
/// source's folder first), no macros, no absolute paths, no `..`.
fn check_header(operand: &str) -> Result<(), String> {
    let name = operand
        .strip_prefix('<')
        .and_then(|s| s.split_once('>'))
        .filter(|(_, after)| after.trim().is_empty())
        .map(|(name, _)| name)
        .ok_or_else(|| {
            format!("`#include {operand}`: only system headers, as `#include <name>`, are allowed")
        })?;
    let plain = !name.is_empty()
        && !name.starts_with('/')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./+-".contains(c))
        && name.split('/').all(|part| !part.is_empty() && part != "..");
    if plain {
        Ok(())
    } else {
        Err(format!("`#include <{name}>`: not a header name"))
    }
}

fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// `long` not as part of `long long` or `long double`.
fn uses_long(line: &str) -> bool {
    let words: Vec<&str> = words(line).collect();
    words.iter().enumerate().any(|(i, w)| {
        *w == "long"
            && words
                .get(i + 1)
                .is_none_or(|n| *n != "long" && *n != "double")
            && (i == 0 || words[i - 1] != "long")
    })
}

/// The source as the preprocessor sees its lines: line splices joined,
/// comments replaced by a space (a comment may come before a `#`), string
/// and character literals emptied (so their text is never read as code).
/// Line breaks are kept, so line numbers still match.
fn strip(source: &str) -> String {
    let text = source.replace("\\\r\n", "").replace("\\\n", "");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            out.push(' ');
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                if chars[i] == '\n' {
                    out.push('\n');
                }
                i += 1;
            }
            i += 2;
            out.push(' ');
        } else if c.is_ascii_digit() || (c == '.' && next.is_some_and(|n| n.is_ascii_digit())) {
            // A preprocessing number takes letters and dots: `1.R"(` is the
            // number `1.R` and then a string, never a raw string.
            i = copy_pp_number(&chars, i, &mut out);
        } else if is_ident_start(c) {
            let start = i;
            while i < chars.len() && is_ident_continue(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            out.push_str(&word);
            let raw_prefix = matches!(word.as_str(), "R" | "u8R" | "uR" | "UR" | "LR");
            if raw_prefix && chars.get(i) == Some(&'"') {
                i = skip_raw_string(&chars, i + 1, &mut out);
            }
        } else if c == '"' || c == '\'' {
            i = skip_literal(&chars, i, &mut out);
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == '$' || !c.is_ascii()
}

fn is_ident_continue(c: char) -> bool {
    is_ident_start(c) || c.is_ascii_digit()
}

/// Copies the preprocessing number at `start` (digits, letters, `_`, `.`,
/// an exponent's sign, digit separators) and returns where it ends.
fn copy_pp_number(chars: &[char], start: usize, out: &mut String) -> usize {
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let signed = matches!(c, 'e' | 'E' | 'p' | 'P') && matches!(next, Some('+' | '-'));
        let separator = c == '\'' && next.is_some_and(|n| n.is_ascii_alphanumeric());
        if signed || separator {
            i += 2;
        } else if is_ident_continue(c) || c == '.' {
            i += 1;
        } else {
            break;
        }
    }
    out.extend(&chars[start..i]);
    i
}

fn skip_literal(chars: &[char], start: usize, out: &mut String) -> usize {
    let quote = chars[start];
    let mut i = start + 1;
    while i < chars.len() && chars[i] != quote && chars[i] != '\n' {
        i += if chars[i] == '\\' { 2 } else { 1 };
    }
    out.push(quote);
    out.push(quote);
    i + 1
}

fn skip_raw_string(chars: &[char], start: usize, out: &mut String) -> usize {
    let mut i = start;
    let mut delimiter = String::new();
    while i < chars.len() && chars[i] != '(' && delimiter.len() <= 16 {
        delimiter.push(chars[i]);
        i += 1;
    }
    let end: Vec<char> = format!("){delimiter}\"").chars().collect();
    while i < chars.len() && !chars[i..].starts_with(&end) {
        if chars[i] == '\n' {
            out.push('\n');
        }
        i += 1;
    }
    out.push_str("\"\"");
    i + end.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lets_system_headers_through() {
        let ok = "#include <vector>\n  #  include <bits/stdc++.h>\n%:include <ext/pb_ds/assoc_container.hpp>\nconst char* s = \"#include \\\"x\\\"\";\n#pragma GCC optimize(\"O3\")\n#pragma once\n";
        assert!(check(ok).is_ok(), "{:?}", check(ok));
    }

    #[test]
    fn refuses_every_way_to_name_a_file() {
        for bad in [
            "#include \"/etc/passwd\"",
            "#include </etc/passwd>",
            "#include <../../etc/passwd>",
            "#include <sys/../../../etc/hostname>",
            "#define F \"/etc/passwd\"\n#include F",
            "/* c */ #include \"x.h\"",
            "#\\\ninclude \"x.h\"",
            "??=include \"x.h\"",
            "%:include \"x.h\"",
            "#include_next <vector>",
            "#embed \"/etc/passwd\"",
            "#import <vector>",
            "#if __has_include(\"/etc/passwd\")\n#endif",
            "int x = __has_embed(\"/etc/shadow\");",
            "#em??/\nbed \"/etc/ld.so.cache\"",
            "#define P(a, b) a##b\n#if P(__has_, include)(\"/etc/passwd\")\n#endif",
            "#define P(a, b) a%:%:b\nint x;",
            "#define P(a, b) a??=??=b\nint x;",
            "#pragma GCC dependency \"/usr/lib/llvm-19/bin/clang\"",
            "_Pragma(\"GCC dependency \\\"/usr/lib/x.so\\\"\") int x;",
            "#pragma clang __debug crash",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_the_line_and_warns_on_long() {
        let err = check("int a;\n\n#include \"b\"\n").unwrap_err();
        assert!(err.starts_with("line 3:"), "{err}");
        let gated =
            check("long f(long long x, long double y);\nlong long g();\nunsigned long h;\n")
                .unwrap();
        assert_eq!(
            gated.warnings,
            ["line 1 and 1 more line(s): `long` is 32 bits in wasm32 (as on Windows); use `long long` or `int64_t` for 64-bit values"]
        );
        let raw = "auto s = R\"x(\n#include \"/etc/passwd\"\n)x\";\n";
        assert!(check(raw).is_ok());
        for prefixed in ["u8R", "LR", "uR", "UR"] {
            let raw = format!("auto s = {prefixed}\"(\n#include \"/etc/passwd\"\n)\";\n");
            assert!(check(&raw).is_ok(), "{raw}");
        }
    }

    #[test]
    fn a_number_is_never_the_start_of_a_raw_string() {
        // The adversary's desync: `1.R"(` is the pp-number `1.R` and an
        // ordinary string to clang, so the include below is real.
        for number in ["1.R", "0x1R", "1e+R", "1'0R", ".5R", "1_R"] {
            let source =
                format!("#define UNUSED {number}\"(\"\n#include \"/etc/passwd\"\n// )\"\n");
            let err = check(&source).unwrap_err();
            assert!(err.starts_with("line 2:"), "{number}: {err}");
        }
        // An identifier ending in R is not a raw prefix either.
        let source = "#define S fooR\"(\"\n#include \"/etc/passwd\"\n";
        assert!(check(source).is_err());
    }
}
