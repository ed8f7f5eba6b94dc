//! What a candidate is told when clang refuses its file: a few lines of
//! the compiler's errors, with no host path and nothing a path would
//! reveal (an include of a host file says only that it cannot be included).

use std::path::Path;

/// The compiler's errors about the candidate's file, at most 12 lines and
/// 2 KiB, with no host path: the work folder is `.`, any other path is cut
/// to its file name, a message about opening a file says no more than
/// that, and the driver's crash report (its command line) is dropped.
pub(crate) fn short_diagnostics(raw: &str, dir: &Path) -> String {
    let dir = dir.display().to_string();
    let mut lines: Vec<String> = raw
        .lines()
        .filter(|l| l.contains("error") && !is_crash_report(l))
        .map(|l| sanitize(&l.replace(&dir, ".")))
        .take(12)
        .collect();
    if lines.is_empty() {
        lines.push("the compiler failed".into());
    }
    let mut text = lines.join("\n");
    if text.len() > 2048 {
        let mut cut = 2048;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    text
}

fn is_crash_report(line: &str) -> bool {
    [
        "Program arguments",
        "-cc1",
        "PLEASE ",
        "Stack dump",
        "diagnostic msg",
    ]
    .iter()
    .any(|marker| line.contains(marker))
}

/// One diagnostic line without host paths or what they would reveal.
fn sanitize(line: &str) -> String {
    if line.contains("file not found")
        || line.contains("cannot open")
        || line.contains("No such file")
    {
        return "error: a file that cannot be included".into();
    }
    line.split(' ')
        .map(|word| {
            let bare = word.trim_start_matches(['\'', '"', '(', '<']);
            if bare.starts_with('/') {
                let quote = &word[..word.len() - bare.len()];
                format!("{quote}{}", bare.rsplit('/').next().unwrap_or(""))
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::short_diagnostics;
    use std::path::Path;

    #[test]
    fn a_crash_report_keeps_no_command_line_or_host_path() {
        let dir = Path::new("/tmp/.tmpAbC123");
        let raw = "PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace, preprocessed source, and associated run script.\n\
            Stack dump:\n\
            0.\tProgram arguments: /usr/lib/llvm-19/bin/clang -cc1 -triple wasm32-unknown-wasi -O2 -o solution.o -x c++ /tmp/.tmpAbC123/solution.cpp\n\
            1.\t/tmp/.tmpAbC123/solution.cpp:1:15: current parser token 'crash'\n\
            clang++-19: error: clang frontend command failed due to signal (use -v to see invocation)\n\
            /tmp/.tmpAbC123/solution.cpp:3:1: error: unknown type name 'x'\n";
        let short = short_diagnostics(raw, dir);
        assert!(
            !short.contains("/tmp") && !short.contains("cc1") && !short.contains("Program"),
            "{short}"
        );
        assert!(
            short.contains("./solution.cpp:3:1: error: unknown type name"),
            "{short}"
        );
    }
}
