//! The C++ effgauge writes around a candidate's function, from the
//! problem's [`Signature`]: an adapter appended to the candidate's file
//! (it calls the function with lvalues, so parameters may be taken by
//! value or by reference) and, in a file of its own that no macro of the
//! candidate reaches, the `main` that decodes the case's arguments from
//! stdin and hands the encoded result to the host (`effgauge.result`).

use crate::signature::Signature;
use crate::Dialect;

/// The adapter appended to the candidate's translation unit.
pub fn adapter(signature: &Signature) -> String {
    let args = args_type(signature);
    let call: Vec<String> = (0..signature.params.len())
        .map(|i| format!("std::get<{i}>(a)"))
        .collect();
    format!(
        "\n#include <string>\n#include <tuple>\n#include <utility>\n#include <vector>\n\
         extern \"C\" void effgauge_call(void* args, void* result) {{\n    \
         auto& a = *static_cast<{args}*>(args);\n    \
         *static_cast<{ret}*>(result) = {name}({call});\n}}\n",
        ret = signature.returns.cpp(),
        name = signature.name,
        call = call.join(", "),
    )
}

/// The glue's own translation unit for a candidate in `dialect`: for C it
/// also holds the adapter ([`crate::c_abi::adapter`]), since a C file
/// cannot.
pub fn unit(signature: &Signature, dialect: Dialect) -> String {
    match dialect {
        Dialect::Cpp => main_unit(signature),
        Dialect::C => main_unit(signature) + &crate::c_abi::adapter(signature),
    }
}

/// The text appended to the candidate's file: the adapter for C++, the
/// entry point's declaration for C (a definition of another type is then
/// a compile error rather than a call with the wrong arguments).
pub fn appended(signature: &Signature, dialect: Dialect) -> String {
    match dialect {
        Dialect::Cpp => adapter(signature),
        Dialect::C => format!("\n{};\n", crate::c_abi::declaration(signature)),
    }
}

/// The glue's own translation unit (the `main` every program shares).
pub fn main_unit(signature: &Signature) -> String {
    let args = args_type(signature);
    let ret = signature.returns.cpp();
    format!(
        r#"#include "effgauge_glue.hpp"
extern "C" void effgauge_call(void* args, void* result);
// Debian's compiler-rt builtins for wasm32 are built with the stack
// protector, so `__int128` division links against these; wasi-libc has
// none. A smashed canary traps (an error verdict).
extern "C" {{
unsigned long __stack_chk_guard = 0x2f8a61d5UL;
[[noreturn]] void __stack_chk_fail(void) {{ __builtin_trap(); }}
}}
__attribute__((import_module("effgauge"), import_name("result")))
void effgauge_result(const void* data, unsigned int length);
int main() {{
    std::string input = effgauge_glue::read_all();
    effgauge_glue::Reader reader{{reinterpret_cast<const unsigned char*>(input.data()),
                                 reinterpret_cast<const unsigned char*>(input.data()) + input.size()}};
    {args} args;
    effgauge_glue::Codec<{args}>::get(reader, args);
    if (!reader.ok || reader.at != reader.end) return 125;
    std::string().swap(input);
    {ret} result{{}};
    effgauge_call(&args, &result);
    std::string out;
    effgauge_glue::Codec<{ret}>::put(out, result);
    effgauge_result(out.data(), static_cast<unsigned int>(out.size()));
    return 0;
}}
"#
    )
}

/// The glue's type for a case's arguments: a tuple of the parameters'.
pub(crate) fn args_type(signature: &Signature) -> String {
    let params: Vec<String> = signature.params.iter().map(|(_, t)| t.cpp()).collect();
    format!("std::tuple<{}>", params.join(", "))
}
