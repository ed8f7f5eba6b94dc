//! C candidates in the sandbox, end to end: the C form of each kind of
//! parameter and result, what a result the glue cannot read comes to, and
//! hostile C programs ending in their own status.

mod common;

use common::engine;
use effgauge_cc::{Compiler, Dialect, Signature, Toolchain};
use effgauge_sandboxes::{CallSpec, Job, Limits, PyValue, Status, WasmProgram};
use std::sync::Arc;

fn compile(source: &str, prompt: &str) -> Result<Arc<WasmProgram>, String> {
    let signature = Signature::from_prompt(prompt, "f").unwrap();
    let cache = tempfile::tempdir().unwrap();
    let compiler = Compiler::new(Toolchain::locate().unwrap(), Some(cache.path().to_owned()));
    common::program(&compiler, source, &signature, Dialect::C)
}

/// Runs `source` on one case; its status, output and error.
fn call(source: &str, prompt: &str, args: &[PyValue]) -> (Status, Option<PyValue>, String) {
    let program = compile(source, prompt).unwrap_or_else(|why| panic!("did not compile: {why}"));
    let mut job = Job::new(source, "f", vec![CallSpec::new(args)]);
    job.limits = Limits {
        memory_bytes: 64 << 20,
        fuel_per_call: Some(2_000_000_000),
        output_bytes: 1 << 16,
        ..Limits::default()
    };
    job.program = Some(program);
    let report = engine().run(job).unwrap();
    let c = &report.calls[0];
    (
        c.status,
        c.output.clone(),
        c.error.clone().unwrap_or_default(),
    )
}

fn int(i: i64) -> PyValue {
    PyValue::Int(i.into())
}
fn ints(xs: &[i64]) -> PyValue {
    PyValue::List(xs.iter().map(|&x| int(x)).collect())
}
fn text(s: &str) -> PyValue {
    PyValue::Str(s.into())
}

const ROWS: &str = "def f(grid: List[List[int]], words: List[str], s: str) -> List[List[int]]:\n";

#[test]
fn rows_words_and_strings_reach_c_and_rows_come_back() {
    // Each row of the result: the row's sum, the length of the word at its
    // index and the length of `s`, read through every C parameter.
    let source = r#"#include <stdlib.h>
#include <string.h>
long long** f(long long** grid, int gridSize, int* gridColSize, char** words, int wordsSize,
              char* s, int* returnSize, int** returnColumnSizes) {
    long long** out = malloc(sizeof(long long*) * (gridSize + 1));
    *returnColumnSizes = malloc(sizeof(int) * (gridSize + 1));
    for (int i = 0; i < gridSize; i++) {
        long long sum = 0;
        for (int j = 0; j < gridColSize[i]; j++) sum += grid[i][j];
        out[i] = malloc(sizeof(long long) * 3);
        out[i][0] = sum;
        out[i][1] = i < wordsSize ? (long long)strlen(words[i]) : -1;
        out[i][2] = (long long)strlen(s);
        (*returnColumnSizes)[i] = 3;
    }
    *returnSize = gridSize;
    return out;
}
"#;
    let grid = PyValue::List(vec![ints(&[1, 2, 3]), ints(&[]), ints(&[1 << 40])]);
    let words = PyValue::List(vec![text("ab"), text("")]);
    let (status, output, error) = call(source, ROWS, &[grid, words, text("héllo")]);
    assert_eq!(status, Status::Ok, "{error}");
    assert_eq!(
        output,
        Some(PyValue::List(vec![
            ints(&[6, 2, 6]),
            ints(&[0, 0, 6]),
            ints(&[1 << 40, -1, 6])
        ]))
    );
}

#[test]
fn strings_bools_and_floats_come_back() {
    let source = "#include <stdbool.h>\n#include <stdlib.h>\n#include <string.h>\n\
        char** f(bool* flags, int flagsSize, double x, int* returnSize) {\n\
        char** out = malloc(sizeof(char*) * (flagsSize + 1));\n\
        for (int i = 0; i < flagsSize; i++) out[i] = flags[i] ? (x > 1.5 ? \"big\" : \"yes\") : \"no\";\n\
        *returnSize = flagsSize; return out; }\n";
    let prompt = "def f(flags: List[bool], x: float) -> List[str]:\n";
    let flags = PyValue::List(vec![PyValue::Bool(true), PyValue::Bool(false)]);
    let (status, output, error) = call(source, prompt, &[flags, PyValue::Float(2.0)]);
    assert_eq!(status, Status::Ok, "{error}");
    assert_eq!(output, Some(PyValue::List(vec![text("big"), text("no")])));
}

#[test]
fn a_result_the_glue_cannot_read_is_an_error_not_an_answer() {
    let prompt = "def f(xs: List[int]) -> List[int]:\n";
    for body in [
        // returnSize never set
        "return xs;",
        "*returnSize = -1; return xs;",
        "*returnSize = 3; return 0;",
    ] {
        let source =
            format!("long long* f(long long* xs, int xsSize, int* returnSize) {{ {body} }}\n");
        let (status, output, _) = call(&source, prompt, &[ints(&[1, 2, 3])]);
        assert_eq!(status, Status::Error, "{body}");
        assert_eq!(output, None, "{body}");
    }
    let (status, _, _) = call(
        "char* f(long long* xs, int xsSize) { return 0; }\n",
        "def f(xs: List[int]) -> str:\n",
        &[ints(&[])],
    );
    assert_eq!(status, Status::Error);
}

#[test]
fn a_definition_of_another_type_is_a_compile_error() {
    let prompt = "def f(xs: List[int], k: int) -> int:\n";
    // `int*` for `long long*` would read the wrong bytes: refused instead.
    let why = compile(
        "long long f(int* xs, int xsSize, long long k) { return xs[0] + k; }\n",
        prompt,
    )
    .unwrap_err();
    assert!(why.contains("conflicting types"), "{why}");
    assert!(compile("int g(void) { return 1; }\n", prompt)
        .unwrap_err()
        .contains("undefined"));
    // A signature with no C form is refused before the compiler runs.
    let why = compile(
        "long long f(void) { return 0; }\n",
        "def f(p: List[Tuple[int, int]]) -> int:\n",
    )
    .unwrap_err();
    assert!(why.contains("no C form"), "{why}");
}

#[test]
fn hostile_c_programs_end_in_their_own_status() {
    let prompt = "def f(n: int) -> int:\n";
    let cases = [
        ("for (;;) n++; return n;", Status::Timeout),
        (
            "static char* volatile keep; for (;;) { char* p = malloc(1 << 20); if (!p) abort(); p[0] = 1; keep = p; }",
            Status::Memory,
        ),
        (
            "volatile char pad[1024]; pad[0] = (char)n; return n > 0 ? f(n + 1) + pad[0] : 0;",
            Status::Error,
        ),
        ("*(volatile long long*)(0x7ffffff0u * 2) = 1; return 0;", Status::Error),
        (
            "for (;;) puts(\"spam spam spam spam\"); return 0;",
            Status::Output,
        ),
        ("abort();", Status::Error),
    ];
    for (body, expected) in cases {
        let source = format!(
            "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\
             long long f(long long n) {{ {body} }}\n"
        );
        let (status, output, error) = call(&source, prompt, &[int(1)]);
        assert_eq!(status, expected, "{body}: {error}");
        assert_eq!(output, None, "{body}");
    }
}

#[test]
fn c_includes_are_gated_as_cpp_ones_are() {
    let prompt = "def f(n: int) -> int:\n";
    for source in [
        "#include \"/etc/passwd\"\nlong long f(long long n) { return n; }\n",
        "#include </etc/passwd>\nlong long f(long long n) { return n; }\n",
        "#include <../../etc/passwd>\nlong long f(long long n) { return n; }\n",
    ] {
        assert!(compile(source, prompt).is_err(), "{source}");
    }
}

#[test]
fn rows_of_strings_and_of_bools_pass_both_ways() {
    // Each row's first string's length, as a row of bools: is it odd.
    let source = r#"#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
bool** f(char*** table, int tableSize, int* tableColSize, bool** flags, int flagsSize,
         int* flagsColSize, int* returnSize, int** returnColumnSizes) {
    bool** out = malloc(sizeof(bool*) * (tableSize + 1));
    *returnColumnSizes = malloc(sizeof(int) * (tableSize + 1));
    for (int i = 0; i < tableSize; i++) {
        out[i] = malloc(2);
        out[i][0] = tableColSize[i] > 0 && strlen(table[i][0]) % 2 == 1;
        out[i][1] = i < flagsSize && flagsColSize[i] > 0 && flags[i][0];
        (*returnColumnSizes)[i] = 2;
    }
    *returnSize = tableSize;
    return out;
}
"#;
    let prompt = "def f(table: List[List[str]], flags: List[List[bool]]) -> List[List[bool]]:\n";
    let table = PyValue::List(vec![
        PyValue::List(vec![text("abc"), text("")]),
        PyValue::List(vec![]),
    ]);
    let flags = PyValue::List(vec![PyValue::List(vec![PyValue::Bool(true)])]);
    let (status, output, error) = call(source, prompt, &[table, flags]);
    assert_eq!(status, Status::Ok, "{error}");
    let row = |a, b| PyValue::List(vec![PyValue::Bool(a), PyValue::Bool(b)]);
    assert_eq!(
        output,
        Some(PyValue::List(vec![row(true, true), row(false, false)]))
    );
}
