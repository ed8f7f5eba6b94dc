#!/usr/bin/env python3
"""Native check of a problem's C++ track (a development tool, not the judge).

    python3 cc/tools/check_native.py problems/suite/<id> [--levels 0,1,2,3]

Generates every case of the problem with its generator.py, takes the expected
output from its Python reference.py, builds cpp/reference.cpp and every
cpp/alternatives/*.cpp natively with clang++-19 -O2 and effgauge's glue
(cc/include/effgauge_glue.hpp, the same binary format the sandbox uses), checks every output and
prints the native time per level of each program, and the ratio of each
alternative to the reference on the largest level. Also compiles each source
for wasm32-wasi to catch what only fails there. Exit status 1 on any wrong
answer or build failure.
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
FLAGS = ["-std=c++17", "-O2", "-fno-exceptions", "-I", str(HERE.parent / "include"), ]


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
    types = [parse_type(p.split(":", 1)[1]) for p in params]
    return entry, types, parse_type(m.group(2))


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
    if re.search(r"(?<!long )\blong\b(?! long| double)", source.read_text()):
        print(f"  warning: {source.name} uses `long` (32-bit in wasm32); use long long")
    return exe


def main():
    problem = pathlib.Path(sys.argv[1]).resolve()
    levels = {0, 1, 2, 3}
    if "--levels" in sys.argv:
        levels = {int(x) for x in sys.argv[sys.argv.index("--levels") + 1].split(",")}
    entry, types, ret = signature(problem)
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
    sources = [problem / "cpp" / "reference.cpp"] + sorted((problem / "cpp" / "alternatives").glob("*.cpp"))
    failed = False
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        for source in sources:
            try:
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
