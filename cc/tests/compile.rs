//! Compiling with the real toolchain: a good program, and every way a
//! hostile one tried to read the host or make the compiler work unbounded.

use effgauge_cc::{Built, Compiler, Dialect, Signature, Toolchain};

fn compiler() -> (Compiler, tempfile::TempDir) {
    let cache = tempfile::tempdir().unwrap();
    let toolchain = Toolchain::locate().expect("the C++ toolchain (bash cc/setup.sh)");
    (
        Compiler::new(toolchain, Some(cache.path().to_owned())),
        cache,
    )
}

fn signature() -> Signature {
    Signature::from_prompt(
        "def total(xs: List[int], word: str) -> List[int]:\n",
        "total",
    )
    .unwrap()
}

const GOOD: &str = "#include <bits/stdc++.h>\nstd::vector<long long> total(std::vector<long long> xs, const std::string& w) { xs.push_back((long long)w.size()); return xs; }\n";

#[test]
fn compiles_once_and_then_from_the_cache() {
    let (compiler, _cache) = compiler();
    let first = match compiler.compile(GOOD, &signature(), Dialect::Cpp).unwrap() {
        Built::Module(first) => first,
        Built::Rejected(why) => panic!("did not compile: {why}"),
    };
    assert!(first.wasm.starts_with(b"\0asm"));
    assert!(!first.from_cache);
    let Built::Module(again) = compiler.compile(GOOD, &signature(), Dialect::Cpp).unwrap() else {
        panic!()
    };
    assert!(again.from_cache);
    assert_eq!(first.wasm, again.wasm, "the same bytes");
}

fn rejected(source: &str) -> String {
    let (compiler, _cache) = compiler();
    match compiler
        .compile(source, &signature(), Dialect::Cpp)
        .unwrap()
    {
        Built::Rejected(why) => why,
        Built::Module(_) => panic!("compiled: {source}"),
    }
}

#[test]
fn host_files_never_reach_the_program_or_the_message() {
    for source in [
        "#include \"/etc/passwd\"\n",
        "#include </etc/hostname>\n",
        "#define P </etc/passwd>\n#include P\n",
        "#embed \"/etc/passwd\"\n",
        "const char d[] = {\n#include \"/proc/self/environ\"\n};\n",
    ] {
        let why = rejected(source);
        assert!(!why.contains("root:"), "{why}");
    }
    // A type error in a header names no host path.
    let why = rejected("#include <vector>\nstd::vector<long long> total(std::vector<long long> xs, const std::string& w) { return std::vector<int>(xs.begin(), xs.end()); }\n");
    assert!(!why.contains("/usr/"), "{why}");
    assert!(why.contains("solution.cpp"), "{why}");
}

#[test]
fn the_jail_lets_the_compiler_read_its_folder_and_the_toolchain_only() {
    // The compiler itself, asked to preprocess a file: one in its folder
    // (the control) works, host files do not, whatever the gate let through.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mine.c"), "int x;\n").unwrap();
    let toolchain = Toolchain::locate().unwrap();
    let preprocess = |file: &str| {
        effgauge_cc::jail::run(
            &toolchain.clangxx,
            &[
                "-E".into(),
                "-P".into(),
                "-x".into(),
                "c".into(),
                file.into(),
            ],
            dir.path(),
            &toolchain.readable,
            Default::default(),
        )
        .unwrap()
    };
    assert!(
        preprocess("mine.c").success,
        "{}",
        preprocess("mine.c").diagnostics
    );
    for host in [
        "/etc/hostname",
        "/etc/passwd",
        "/proc/self/environ",
        "/root/.bashrc",
    ] {
        let ended = preprocess(host);
        assert!(!ended.success, "read {host}");
    }
}

#[test]
fn compile_time_work_is_bounded() {
    let deep = "template<int N> struct D { static constexpr long long v = D<N-1>::v + 1; };\ntemplate<> struct D<0> { static constexpr long long v = 0; };\nstd::vector<long long> total(std::vector<long long> xs, const std::string& w) { xs.push_back(D<100000>::v); return xs; }\n#include <vector>\n#include <string>\n";
    rejected(&format!("#include <vector>\n#include <string>\n{deep}"));
    let steps = "#include <vector>\n#include <string>\nconstexpr long long f() { long long s = 0; for (long long i = 0; i < 100000000; ++i) s += i % 7; return s; }\nconstexpr long long F = f();\nstd::vector<long long> total(std::vector<long long> xs, const std::string& w) { xs.push_back(F); return xs; }\n";
    rejected(steps);
}

#[test]
fn webassembly_the_meter_cannot_price_is_refused() {
    // A one-fuel `memory.copy` of any length, asked for by an attribute;
    // SIMD the same way.
    let sig =
        effgauge_cc::Signature::from_prompt("def f(xs: List[int], n: int) -> List[int]:\n", "f")
            .unwrap();
    let compiler = effgauge_cc::Compiler::new(effgauge_cc::Toolchain::locate().unwrap(), None);
    for attribute in ["bulk-memory", "simd128"] {
        let source = format!(
            "#include <vector>\n__attribute__((target(\"{attribute}\"))) void cp(char* d, const char* s, unsigned n) {{ __builtin_memcpy(d, s, n); for (unsigned i = 0; i < n; i++) d[i] += s[i]; }}\n\
             std::vector<long long> f(std::vector<long long> xs, long long n) {{ std::vector<char> a(1 << 20, 1), b(1 << 20); cp(b.data(), a.data(), a.size()); return {{b[5]}}; }}\n"
        );
        match compiler.compile(&source, &sig, Dialect::Cpp).unwrap() {
            effgauge_cc::Built::Rejected(why) => {
                assert!(why.contains("meter cannot price"), "{why}")
            }
            effgauge_cc::Built::Module(_) => panic!("{attribute}: compiled"),
        }
    }
}

#[test]
fn a_program_is_the_same_at_every_hour_and_says_no_host_path() {
    let (compiler, _cache) = compiler();
    // `__TIME__` is fixed (SOURCE_DATE_EPOCH=0), so this always compiles.
    let fixed = "#include <bits/stdc++.h>\nstatic_assert(__TIME__[0] == '0' && __TIME__[7] == '0', \"the clock\");\n\
                 std::vector<long long> total(std::vector<long long> xs, const std::string& w) { return xs; }\n";
    assert!(matches!(
        compiler.compile(fixed, &signature(), Dialect::Cpp).unwrap(),
        Built::Module(_)
    ));
    // A compile error names the candidate's file and no host folder.
    let why = rejected("#include <vector>\nstd::vector<long long> total(std::vector<long long> xs, const std::string& w) { return undefined_name; }\n");
    assert!(why.contains("solution.cpp"), "{why}");
    assert!(
        !why.contains("/tmp") && !why.contains("/usr") && !why.contains("/root"),
        "{why}"
    );
}

#[test]
fn a_module_too_large_for_the_cache_is_refused() {
    // 60 MiB of initialised data in a 100-byte program.
    let why = rejected("#include <vector>\nstatic char big[60 << 20] = {1};\nstd::vector<long long> total(std::vector<long long> xs, const std::string& w) { xs.push_back(big[xs.size()]); big[xs.size()] = 2; return xs; }\n");
    assert!(why.contains("MiB of WebAssembly"), "{why}");
}

#[test]
fn a_compiler_crash_asked_for_is_refused_before_the_compiler_runs() {
    // A crash is not cached (it looks like the machine's trouble), so one
    // asked for would compile again on every submission: the gate refuses
    // it. (What a crash report becomes is diagnostics.rs's unit test.)
    let why = rejected("#pragma clang __debug crash\n#include <vector>\nstd::vector<long long> total(std::vector<long long> xs, const std::string& w) { return xs; }\n");
    assert!(
        why.contains("`#pragma` with `__debug` is not allowed"),
        "{why}"
    );
    assert!(!why.contains("/tmp") && !why.contains("cc1"), "{why}");
}
