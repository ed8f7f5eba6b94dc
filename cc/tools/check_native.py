#!/usr/bin/env python3
"""Native check of a problem's C++ or C track (a development tool, not the judge).

    python3 cc/tools/check_native.py problems/suite/<id> [--levels 0,1,2,3] [--language cpp|c]

Generates every case of the problem with its generator.py, takes the expected
output from its Python reference.py, builds cpp/reference.cpp and every
cpp/alternatives/*.cpp natively with clang++-19 -O2 and effgauge's glue
(cc/include/effgauge_glue.hpp, the same binary format the sandbox uses), checks every output and
prints the native time per level of each program, and the ratio of each
alternative to the reference on the largest level. Also compiles each source
for wasm32-wasi to catch what only fails there. Exit status 1 on any wrong
answer or build failure.

With --language c, the C track instead (c/reference.c, c/alternatives/*.c),
built as effgauge builds a C candidate (cc/src/compile.rs): the candidate's
file with its entry point's C declaration appended, compiled alone as C17
(clang-19 -O2 -std=c17), and linked with a C++17 unit holding the glue's main
and the C adapter `effgauge_call` (a port of cc/src/c_abi.rs: it lends the
decoded arguments to the C function, LeetCode style, and copies its result
back). Each case runs in a process of its own, so what a C program leaves
allocated goes with the process, as with the sandbox's instance.
"""
import importlib.util
import pathlib
import random
import re
import struct
import subprocess
import sys
import tempfile
import time
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
CXX = "clang++-19"
CC = "clang-19"
FLAGS = ["-std=c++17", "-O2", "-fno-exceptions", "-I", str(HERE.parent / "include"), ]
C_FLAGS = ["-std=c17", "-O2", "-I", str(HERE.parent / "include")]
# A track's folder and its sources' extension, per --language.
TRACKS = {"cpp": ("cpp", "cpp"), "c": ("c", "c")}


def parse_type(text):
    text = text.replace(" ", "")
    m = re.fullmatch(r"(List|Tuple)\[(.*)\]", text)
    if m:
        parts, depth, cur = [], 0, ""
        for ch in m.group(2):
            if ch == "," and depth == 0:
                parts.append(cur)
                cur = ""
                continue
            depth += ch == "["
            depth -= ch == "]"
            cur += ch
        parts.append(cur)
        inner = [parse_type(p) for p in parts]
        return ("list", inner[0]) if m.group(1) == "List" else ("tuple", inner)
    if text in ("int", "float", "bool", "str"):
        return (text,)
    raise SystemExit(f"unsupported type {text!r}")


def cpp_type(t):
    kind = t[0]
    if kind == "int":
        return "long long"
    if kind == "float":
        return "double"
    if kind == "bool":
        return "bool"
    if kind == "str":
        return "std::string"
    if kind == "list":
        return f"std::vector<{cpp_type(t[1])}>"
    inner = [cpp_type(x) for x in t[1]]
    return f"std::pair<{inner[0]}, {inner[1]}>" if len(inner) == 2 else f"std::tuple<{', '.join(inner)}>"


def signature(problem):
    """(entry point, parameter types, return type) from prompt.py."""
    entry, params, ret = named_signature(problem)
    return entry, [t for _, t in params], ret


def named_signature(problem):
    """(entry point, [(parameter name, type)], return type) from prompt.py."""
    entry = tomllib.loads((problem / "problem.toml").read_text())["entry_point"]
    text = (problem / "prompt.py").read_text()
    m = re.search(rf"^def {entry}\((.*?)\)\s*->\s*(.*?):\s*$", text, re.M | re.S)
    params, depth, cur = [], 0, ""
    for ch in m.group(1):
        if ch == "," and depth == 0:
            params.append(cur)
            cur = ""
            continue
        depth += ch == "["
        depth -= ch == "]"
        cur += ch
    if cur.strip():
        params.append(cur)
    named = [(p.split(":", 1)[0].strip(), parse_type(p.split(":", 1)[1])) for p in params]
    return entry, named, parse_type(m.group(2))


def encode(t, v, out):
    kind = t[0]
    if kind == "int":
        if not -(2**63) <= v < 2**63:
            raise OverflowError(f"{v} does not fit 64 bits")
        out += struct.pack("<q", v)
    elif kind == "float":
        out += struct.pack("<d", v)
    elif kind == "bool":
        out += bytes([1 if v else 0])
    elif kind == "str":
        b = v.encode()
        out += struct.pack("<I", len(b)) + b
    elif kind == "list":
        out += struct.pack("<I", len(v))
        for x in v:
            encode(t[1], x, out)
    else:
        assert len(v) == len(t[1])
        for tt, x in zip(t[1], v):
            encode(tt, x, out)


def decode(t, data, at):
    kind = t[0]
    if kind == "int":
        return struct.unpack_from("<q", data, at)[0], at + 8
    if kind == "float":
        return struct.unpack_from("<d", data, at)[0], at + 8
    if kind == "bool":
        return data[at] != 0, at + 1
    if kind == "str":
        (n,) = struct.unpack_from("<I", data, at)
        return data[at + 4 : at + 4 + n].decode(), at + 4 + n
    if kind == "list":
        (n,) = struct.unpack_from("<I", data, at)
        at += 4
        items = []
        for _ in range(n):
            x, at = decode(t[1], data, at)
            items.append(x)
        return items, at
    items = []
    for tt in t[1]:
        x, at = decode(tt, data, at)
        items.append(x)
    return items, at


def normal(v):
    if isinstance(v, (list, tuple)):
        return [normal(x) for x in v]
    return v


def adapter(entry, types, ret):
    args = ", ".join(cpp_type(t) for t in types)
    call = ", ".join(f"std::get<{i}>(a)" for i in range(len(types)))
    return (
        "\n#include <string>\n#include <tuple>\n#include <utility>\n#include <vector>\n"
        f"extern \"C\" void effgauge_call(void* args, void* result) {{\n"
        f"    auto& a = *static_cast<std::tuple<{args}>*>(args);\n"
        f"    *static_cast<{cpp_type(ret)}*>(result) = {entry}({call});\n}}\n"
    )


def glue_main(types, ret):
    args = ", ".join(cpp_type(t) for t in types)
    return f"""#include "effgauge_glue.hpp"
extern "C" void effgauge_call(void* args, void* result);
int main() {{
    std::string input = effgauge_glue::read_all();
    effgauge_glue::Reader reader{{reinterpret_cast<const unsigned char*>(input.data()),
                                 reinterpret_cast<const unsigned char*>(input.data()) + input.size()}};
    std::tuple<{args}> args;
    effgauge_glue::Codec<std::tuple<{args}>>::get(reader, args);
    if (!reader.ok) return 3;
    {cpp_type(ret)} result{{}};
    effgauge_call(&args, &result);
    std::string out;
    effgauge_glue::Codec<{cpp_type(ret)}>::put(out, result);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}}
"""


# --------------------------------------------------------------------------
# C: the calling convention and its adapter, ported from cc/src/c_abi.rs
# (keep in step with its declaration() and adapter(); HELPERS is read from it).
# --------------------------------------------------------------------------

SCALARS = ("int", "float", "bool", "str")


def c_shape(t):
    """A type as C passes it: ("scalar", t), ("list", item) or ("rows", item); None if C has no form."""
    if t[0] in SCALARS:
        return "scalar", t
    if t[0] == "list" and t[1][0] in SCALARS:
        return "list", t[1]
    if t[0] == "list" and t[1][0] == "list" and t[1][1][0] in SCALARS:
        return "rows", t[1][1]
    return None


def c_scalar(t):
    return {"int": "long long", "float": "double", "bool": "bool"}.get(t[0], "char*")


def c_unsupported(params, ret):
    """Why the signature has no C form (c_abi::unsupported), or None."""
    for t in [t for _, t in params] + [ret]:
        if c_shape(t) is None:
            return f"`{cpp_type(t)}` has no C form (C takes numbers, strings, lists of them and lists of such lists)"
    return None


def c_declaration(entry, params, ret):
    """The C declaration of the entry point (c_abi::declaration), e.g.
    `long long* window_peaks(long long* values, int valuesSize, long long k, int* returnSize)`."""
    out = []
    for name, t in params:
        kind, item = c_shape(t)
        if kind == "scalar":
            out.append(f"{c_scalar(item)} {name}")
        elif kind == "list":
            out.append(f"{c_scalar(item)}* {name}, int {name}Size")
        else:
            out.append(f"{c_scalar(item)}** {name}, int {name}Size, int* {name}ColSize")
    kind, item = c_shape(ret)
    if kind == "scalar":
        returns = c_scalar(item)
    elif kind == "list":
        out.append("int* returnSize")
        returns = f"{c_scalar(item)}*"
    else:
        out.append("int* returnSize")
        out.append("int** returnColumnSizes")
        returns = f"{c_scalar(item)}**"
    return f"{returns} {entry}({', '.join(out)})"


def c_appended(entry, params, ret):
    """What effgauge appends to a C candidate's file (glue::appended): the declaration."""
    return f"\n{c_declaration(entry, params, ret)};\n"


def c_adapter(entry, params, ret):
    """The C++ adapter `effgauge_call` for a C entry point (c_abi::adapter)."""
    lend, args = "", []
    for i, (_, t) in enumerate(params):
        src = f"std::get<{i}>(a)"
        kind, item = c_shape(t)
        if kind == "scalar" and item[0] == "str":
            args.append(f"{src}.data()")
        elif kind == "scalar":
            args.append(src)
        elif kind == "list":
            lend += f"    auto p{i} = effgauge_c::lend({src});\n"
            args.append(f"p{i}.ptr(), static_cast<int>({src}.size())")
        else:
            lend += f"    effgauge_c::Rows p{i}({src});\n"
            args.append(f"p{i}.ptrs.data(), static_cast<int>({src}.size()), p{i}.sizes.data()")

    def call(*extra):
        return f"{entry}({', '.join(args + list(extra))})"

    kind, item = c_shape(ret)
    if kind == "scalar" and item[0] == "str":
        store = f"    out = effgauge_c::text({call()});\n"
    elif kind == "scalar":
        store = f"    out = {call()};\n"
    elif kind == "list":
        store = f"    int n = -1;\n    auto r = {call('&n')};\n    effgauge_c::take(out, r, n);\n"
    else:
        store = (f"    int n = -1;\n    int* cols = nullptr;\n    auto r = {call('&n', '&cols')};\n    "
                 "effgauge_c::take_rows(out, r, n, cols);\n")
    arg_types = ", ".join(cpp_type(t) for _, t in params)
    return (
        f"{C_HELPERS}extern \"C\" {c_declaration(entry, params, ret)};\n"
        f"extern \"C\" void effgauge_call(void* args, void* result) {{\n    "
        f"auto& a = *static_cast<std::tuple<{arg_types}>*>(args);\n    "
        f"auto& out = *static_cast<{cpp_type(ret)}*>(result);\n{lend}{store}}}\n"
    )


# What every C adapter uses: c_abi::HELPERS, read from the Rust source so
# that the two never drift apart.
def _c_helpers():
    text = (HERE.parent / "src" / "c_abi.rs").read_text()
    start = text.index('const HELPERS: &str = r#"') + len('const HELPERS: &str = r#"')
    return text[start:text.index('"#;', start)]


C_HELPERS = _c_helpers()


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cases(problem, levels):
    manifest = tomllib.loads((problem / "problem.toml").read_text())
    gen = load(problem / "generator.py", "generator")
    out = []
    for level, spec in enumerate(manifest["levels"]):
        if level not in levels:
            continue
        for case in range(spec["cases"]):
            rng = random.Random(f"check-{level}-{case}")
            if hasattr(gen, "generate"):
                args = gen.generate(level, case, rng)
            else:
                args = gen.generate_input(spec["size"], level, case)
            out.append((level, args))
    return out


def build(source, entry, types, ret, work, name):
    tu1 = work / f"{name}.cpp"
    tu1.write_text(source.read_text() + adapter(entry, types, ret))
    tu2 = work / "main.cpp"
    tu2.write_text(glue_main(types, ret))
    exe = work / name
    subprocess.run([CXX, *FLAGS, str(tu1), str(tu2), "-o", str(exe)], check=True)
    subprocess.run(
        [CXX, "--target=wasm32-wasi", "--sysroot=/usr", *FLAGS, "-c", str(tu1), "-o", str(work / f"{name}.o")],
        check=True,
    )
    warn_long(source)
    return exe


def build_c(source, entry, params, ret, work, name):
    """A C candidate as effgauge builds it: its file plus the declaration, alone as C17; the
    glue's main and the C adapter as C++17; both linked."""
    types = [t for _, t in params]
    tu1 = work / f"{name}.c"
    tu1.write_text(source.read_text() + c_appended(entry, params, ret))
    obj = work / f"{name}.native.o"
    subprocess.run([CC, *C_FLAGS, "-c", str(tu1), "-o", str(obj)], check=True)
    tu2 = work / "main-c.cpp"
    tu2.write_text(glue_main(types, ret) + c_adapter(entry, params, ret))
    exe = work / name
    subprocess.run([CXX, *FLAGS, str(tu2), str(obj), "-o", str(exe)], check=True)
    subprocess.run(
        [CC, "--target=wasm32-wasi", "--sysroot=/usr", *C_FLAGS, "-c", str(tu1), "-o", str(work / f"{name}.o")],
        check=True,
    )
    warn_long(source)
    return exe


def warn_long(source):
    if re.search(r"(?<!long )\blong\b(?! long| double)", source.read_text()):
        print(f"  warning: {source.name} uses `long` (32-bit in wasm32); use long long")


def main():
    problem = pathlib.Path(sys.argv[1]).resolve()
    levels = {0, 1, 2, 3}
    if "--levels" in sys.argv:
        levels = {int(x) for x in sys.argv[sys.argv.index("--levels") + 1].split(",")}
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else "cpp"
    if language not in TRACKS:
        raise SystemExit(f"--language takes {' or '.join(TRACKS)}, not {language!r}")
    track, ext = TRACKS[language]
    entry, params, ret = named_signature(problem)
    types = [t for _, t in params]
    if language == "c":
        why = c_unsupported(params, ret)
        if why:
            raise SystemExit(f"{problem.name}: no C form: {why}")
        print(f"{problem.name} (c): {c_declaration(entry, params, ret)}")
    else:
        print(f"{problem.name}: {entry}({', '.join(cpp_type(t) for t in types)}) -> {cpp_type(ret)}")
    reference = getattr(load(problem / "reference.py", "reference"), entry)
    all_cases = []
    for level, args in cases(problem, levels):
        expected = reference(*[normal(a) if False else a for a in args])
        data = bytearray()
        for t, a in zip(types, args):
            encode(t, a, data)
        encode(ret, expected, bytearray())  # the answer must fit the format too
        all_cases.append((level, bytes(data), normal(expected)))
    sources = [problem / track / f"reference.{ext}"] + sorted((problem / track / "alternatives").glob(f"*.{ext}"))
    if not sources[0].exists():
        raise SystemExit(f"{problem.name} has no {track}/ track")
    failed = False
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        for source in sources:
            try:
                if language == "c":
                    exe = build_c(source, entry, params, ret, work, source.stem)
                else:
                    exe = build(source, entry, types, ret, work, source.stem)
            except subprocess.CalledProcessError:
                print(f"  {source.name}: build failed")
                failed = True
                continue
            per_level = {}
            for index, (level, data, expected) in enumerate(all_cases):
                started = time.perf_counter()
                run = subprocess.run([str(exe)], input=data, capture_output=True, timeout=120)
                per_level[level] = per_level.get(level, 0) + time.perf_counter() - started
                if run.returncode != 0:
                    print(f"  {source.name}: case {index} (level {level}) exited {run.returncode}")
                    failed = True
                    break
                got, _ = decode(ret, run.stdout, 0)
                if normal(got) != expected:
                    print(f"  {source.name}: case {index} (level {level}) wrong: {str(got)[:80]} != {str(expected)[:80]}")
                    failed = True
                    break
            times[source.stem] = per_level
            print(f"  {source.name}: " + ", ".join(f"L{l} {t*1000:.1f} ms" for l, t in sorted(per_level.items())))
    top = max(levels)
    ref = times.get("reference", {}).get(top)
    for name, per_level in times.items():
        if name != "reference" and ref and top in per_level:
            print(f"  {name}: {per_level[top] / ref:.2f}x the reference on level {top} (includes process start)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
