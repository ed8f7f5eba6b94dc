//! The adversary's attacks on compiled candidates, each held: defining
//! what the glue or the libraries define (to skip the decoding the
//! reference pays: the definitions stay the program's own), reaching host
//! files through trigraphs or pasted names, host calls outside a
//! program's lot, and host work bought for a few operators.

mod common;

use effgauge_cc::{Compiler, Dialect, Signature, Toolchain};
use effgauge_sandboxes::{CallSpec, Job, Limits, PyValue, Status, WasmProgram};
use std::sync::{Arc, OnceLock};

const PROMPT: &str = "def f(xs: List[int]) -> int:\n";

fn compiler() -> &'static Compiler {
    static COMPILER: OnceLock<(Compiler, tempfile::TempDir)> = OnceLock::new();
    let (compiler, _) = COMPILER.get_or_init(|| {
        let cache = tempfile::tempdir().unwrap();
        let compiler = Compiler::new(Toolchain::locate().unwrap(), Some(cache.path().to_owned()));
        (compiler, cache)
    });
    compiler
}

fn compile(source: &str, dialect: Dialect) -> Result<Arc<WasmProgram>, String> {
    let signature = Signature::from_prompt(PROMPT, "f").unwrap();
    common::program(compiler(), source, &signature, dialect)
}

fn refused(source: &str, dialect: Dialect, says: &str) {
    match compile(source, dialect) {
        Ok(_) => panic!("compiled, and should not have:\n{source}"),
        Err(why) => assert!(why.contains(says), "{why}\n--- for ---\n{source}"),
    }
}

/// The reference's loop for the C form of `f`, after `prelude`.
fn c_with(prelude: &str) -> String {
    format!(
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\
         {prelude}\nlong long f(long long* xs, int xsSize) {{ long long s = 0; \
         for (int i = 0; i < xsSize; i++) s += xs[i]; return s; }}\n"
    )
}

/// The sum of `xs` under `prelude`: its status, answer and fuel.
fn sum_with(prelude: &str, dialect: Dialect) -> (Status, Option<PyValue>, u64) {
    let source = match dialect {
        Dialect::C => c_with(prelude),
        Dialect::Cpp => format!(
            "#include <bits/stdc++.h>\n{prelude}\nlong long f(const std::vector<long long>& xs) \
             {{ long long s = 0; for (long long x : xs) s += x; return s; }}\n"
        ),
    };
    let (status, output, error, fuel) = run_in(&source, dialect, &[1, 2, 3, 4]);
    assert_eq!(status, Status::Ok, "{error}\n--- for ---\n{source}");
    (status, output, fuel)
}

#[test]
fn what_a_program_defines_is_its_own_never_the_glue_s_or_the_library_s() {
    // Each prelude would break the glue (or skip its work) if the glue ran
    // it: the answer and the fuel stay the plain program's.
    for (dialect, preludes) in [
        (
            Dialect::C,
            vec![
                "size_t fread(void* restrict b, size_t s, size_t n, FILE* restrict f) { return 0; }",
                "void* memcpy(void* restrict d, const void* restrict s, size_t n) { return d; }",
                "void* malloc(size_t n) { return 0; }",
                "__attribute__((weak)) size_t strlen(const char* s) { return 0; }",
                "void* _Znwm(size_t n) { return 0; }",
                "void effgauge_call(void* args, void* result) {}",
                "int __original_main(void) { return 0; }",
                "int main(void) { return 0; }",
            ],
        ),
        (
            Dialect::Cpp,
            vec![
                "extern \"C\" size_t fread(void*, size_t, size_t, FILE*) { return 0; }",
                // inline: weak, and a weak definition would keep the
                // library's archive member out
                "extern \"C\" inline size_t fread(void*, size_t, size_t, FILE*) { return 0; }\n\
                 size_t (*keep)(void*, size_t, size_t, FILE*) = fread;",
                "void* operator new(size_t n) { return nullptr; }",
            ],
        ),
    ] {
        let plain = sum_with("", dialect);
        assert_eq!(plain.1, Some(PyValue::Int(10.into())));
        for prelude in preludes {
            assert_eq!(sum_with(prelude, dialect), plain, "{prelude}");
        }
    }
}

#[test]
fn trigraphs_and_pasted_names_do_not_reach_host_files() {
    refused(
        "#em??/\nbed \"/etc/ld.so.cache\"\nlong long f(long long* xs, int n) { return 0; }\n",
        Dialect::C,
        "not allowed",
    );
    refused(
        "#define P(a, b) a##b\n#if P(__has_, include)(\"/etc/passwd\")\n#endif\n\
         long long f(long long* xs, int n) { return 0; }\n",
        Dialect::C,
        "token pasting",
    );
    refused(
        "#define P(a, b) a%:%:b\nlong long f(long long* xs, int n) { return 0; }\n",
        Dialect::C,
        "token pasting",
    );
}

#[test]
fn a_program_has_no_files() {
    refused(
        "#include <stdio.h>\nlong long f(long long* xs, int n) { \
         return fopen(\"/etc/passwd\", \"r\") != 0; }\n",
        Dialect::C,
        "wasi_snapshot_preview1.path_open",
    );
}

fn run(source: &str, xs: &[i64]) -> (Status, Option<PyValue>, String, u64) {
    run_in(source, Dialect::C, xs)
}

fn run_in(source: &str, dialect: Dialect, xs: &[i64]) -> (Status, Option<PyValue>, String, u64) {
    let program = compile(source, dialect).unwrap_or_else(|why| panic!("{why}"));
    let args = PyValue::List(xs.iter().map(|&x| PyValue::Int(x.into())).collect());
    let mut job = Job::new(source, "f", vec![CallSpec::new(&[args])]);
    job.limits = Limits {
        fuel_per_call: Some(20_000_000),
        ..Limits::default()
    };
    job.program = Some(program);
    let report = common::engine().run(job).unwrap();
    let c = &report.calls[0];
    (
        c.status,
        c.output.clone(),
        c.error.clone().unwrap_or_default(),
        c.cost.fuel,
    )
}

#[test]
fn random_bytes_are_paid_for_so_they_cannot_buy_host_time() {
    // 48 MiB a call used to cost a handful of fuel and ~30 ms of host time;
    // at a unit per byte the fuel limit stops it before the host fills any.
    let started = std::time::Instant::now();
    let burn = "#include <stdlib.h>\n#include <wasi/api.h>\n\
        long long f(long long* xs, int n) { size_t size = 48u << 20; unsigned char* b = malloc(size);\n\
        for (int i = 0; i < 2000; i++) __wasi_random_get(b, size); return b[7]; }\n";
    let (status, _, error, _) = run(burn, &[1]);
    assert_eq!(status, Status::Timeout, "{error}");
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    // A few bytes cost a few units, deterministically.
    let few = "#include <wasi/api.h>\n\
        long long f(long long* xs, int n) { unsigned char b[16]; __wasi_random_get(b, 16); \
        return b[0] + 256 * b[15]; }\n";
    let first = run(few, &[1]);
    assert_eq!(first.0, Status::Ok, "{}", first.2);
    assert_eq!(run(few, &[1]), first, "seeded: the same bytes and fuel");
}

#[test]
fn reading_stdin_over_many_empty_buffers_is_refused() {
    // A million empty buffers: the host would walk them all for one call.
    let many = "#include <stdlib.h>\n#include <wasi/api.h>\n\
        long long f(long long* xs, int n) { size_t k = 1000000; __wasi_iovec_t* v = calloc(k, sizeof *v);\n\
        __wasi_size_t got = 0; return (long long)__wasi_fd_read(0, v, k, &got); }\n";
    let (status, output, error, _) = run(many, &[1, 2]);
    assert_eq!(status, Status::Ok, "{error}");
    assert_eq!(output, Some(PyValue::Int(28.into())), "EINVAL");
}

#[test]
fn a_constructor_cannot_hand_the_glue_another_case() {
    // It reads the case before `main` and points stdio's buffer at an empty
    // list, then decodes the real one for free: the glue now reads stdin
    // with the WASI call itself, finds it taken, and the program fails.
    let tamper = "#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\n\
        static unsigned char* raw; static size_t got; static unsigned char fake[4];\n\
        __attribute__((constructor)) static void grab(void) {\n\
          raw = malloc(1 << 20); for (;;) { long k = read(0, raw + got, (1 << 20) - got); if (k <= 0) break; got += k; }\n\
          unsigned char** file = (unsigned char**)stdin; file[1] = fake; file[2] = fake + 4; }\n\
        long long f(long long* xs, int n) { unsigned count = *(unsigned*)raw; long long s = 0;\n\
          long long* items = (long long*)(raw + 4); for (unsigned i = 0; i < count; i++) s += items[i]; return s; }\n";
    let (status, output, _, _) = run(tamper, &[1, 2, 3]);
    assert_eq!(status, Status::Error);
    assert_eq!(output, None);
}

#[test]
fn empty_buffers_are_paid_for_so_they_cannot_buy_host_time() {
    // 1 024 empty buffers a call held the host ~220 µs for ~20 fuel, so a
    // program inside its fuel limit could end in a load-dependent
    // wall-clock timeout: now each buffer costs fuel, and the fuel limit
    // ends it first.
    let started = std::time::Instant::now();
    let spin = "#include <stdlib.h>\n#include <wasi/api.h>\n\
        long long f(long long* xs, int n) { __wasi_ciovec_t* v = calloc(1024, sizeof *v); __wasi_size_t w;\n\
        for (long i = 0; i < 10000000; i++) __wasi_fd_write(2, v, 1024, &w); return 0; }\n";
    let (status, _, error, _) = run(spin, &[1]);
    assert_eq!(status, Status::Timeout, "{error}");
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}
