//! How a problem's entry point reads in C, and the adapter that calls it.
//!
//! C has no vectors or strings, so effgauge follows the convention most C
//! written for judges follows (LeetCode's): a list is a pointer and an
//! `int` length (`nums, numsSize`), a list of lists adds each row's length
//! (`grid, gridSize, gridColSize`), a string is a NUL-terminated `char*`,
//! and a list is returned as a pointer with its length written through
//! `int* returnSize` (and `int** returnColumnSizes` for rows). Integers
//! are `long long`: `long` is 32-bit in wasm32.
//!
//! The adapter is C++ in the glue's own unit, out of the candidate's
//! reach: it lends the glue's decoded arguments to the function (no copy
//! for numbers and strings; a table of pointers for lists of strings or
//! rows), then copies the result into the glue's types. It never frees
//! what the function returns (malloc'd or static: the instance ends with
//! the case), and a result it cannot read (a negative length, a null
//! pointer with items) is a trap, which is an error verdict.

use crate::signature::{Signature, Type};

/// Why `signature` has no C form, if it has none: tuples, and lists
/// nested deeper than rows.
pub fn unsupported(signature: &Signature) -> Option<String> {
    let types = signature
        .params
        .iter()
        .map(|(_, t)| t)
        .chain([&signature.returns]);
    for ty in types {
        if shape(ty).is_none() {
            return Some(format!(
                "`{}` has no C form (C takes numbers, strings, lists of them and lists of such lists)",
                ty.cpp()
            ));
        }
    }
    None
}

/// A type as C passes it: a scalar (number, bool or string), a list of
/// scalars, or a list of lists of scalars.
#[derive(Clone, Copy)]
enum Shape<'a> {
    Scalar(&'a Type),
    List(&'a Type),
    Rows(&'a Type),
}

fn shape(ty: &Type) -> Option<Shape<'_>> {
    let scalar = |t: &Type| matches!(t, Type::Int | Type::Float | Type::Bool | Type::Str);
    match ty {
        t if scalar(t) => Some(Shape::Scalar(t)),
        Type::List(inner) if scalar(inner) => Some(Shape::List(inner)),
        Type::List(inner) => match inner.as_ref() {
            Type::List(item) if scalar(item) => Some(Shape::Rows(item)),
            _ => None,
        },
        _ => None,
    }
}

/// The C type of one scalar.
fn c_scalar(ty: &Type) -> &'static str {
    match ty {
        Type::Int => "long long",
        Type::Float => "double",
        Type::Bool => "bool",
        _ => "char*",
    }
}

/// The C declaration of the entry point, e.g.
/// `long long* window_peaks(long long* values, int valuesSize, long long k, int* returnSize)`.
/// Call only when [`unsupported`] says `None`.
pub fn declaration(signature: &Signature) -> String {
    let mut params: Vec<String> = Vec::new();
    for (name, ty) in &signature.params {
        match shape(ty).expect("a C signature") {
            Shape::Scalar(t) => params.push(format!("{} {name}", c_scalar(t))),
            Shape::List(t) => params.push(format!("{}* {name}, int {name}Size", c_scalar(t))),
            Shape::Rows(t) => params.push(format!(
                "{}** {name}, int {name}Size, int* {name}ColSize",
                c_scalar(t)
            )),
        }
    }
    let returns = match shape(&signature.returns).expect("a C signature") {
        Shape::Scalar(t) => c_scalar(t).to_owned(),
        Shape::List(t) => {
            params.push("int* returnSize".into());
            format!("{}*", c_scalar(t))
        }
        Shape::Rows(t) => {
            params.push("int* returnSize".into());
            params.push("int** returnColumnSizes".into());
            format!("{}**", c_scalar(t))
        }
    };
    format!("{returns} {}({})", signature.name, params.join(", "))
}

/// The adapter, C++ for the glue's unit: `effgauge_call` for a C entry
/// point. Call only when [`unsupported`] says `None`.
pub fn adapter(signature: &Signature) -> String {
    let mut lend = String::new();
    let mut args: Vec<String> = Vec::new();
    for (i, (_, ty)) in signature.params.iter().enumerate() {
        let src = format!("std::get<{i}>(a)");
        match shape(ty).expect("a C signature") {
            Shape::Scalar(Type::Str) => args.push(format!("{src}.data()")),
            Shape::Scalar(_) => args.push(src),
            Shape::List(_) => {
                lend.push_str(&format!("    auto p{i} = effgauge_c::lend({src});\n"));
                args.push(format!("p{i}.ptr(), static_cast<int>({src}.size())"));
            }
            Shape::Rows(_) => {
                lend.push_str(&format!("    effgauge_c::Rows p{i}({src});\n"));
                args.push(format!(
                    "p{i}.ptrs.data(), static_cast<int>({src}.size()), p{i}.sizes.data()"
                ));
            }
        }
    }
    let ret = signature.returns.cpp();
    let call = |extra: &[&str]| {
        let mut all = args.clone();
        all.extend(extra.iter().map(|s| s.to_string()));
        format!("{}({})", signature.name, all.join(", "))
    };
    let store = match shape(&signature.returns).expect("a C signature") {
        Shape::Scalar(Type::Str) => format!("    out = effgauge_c::text({});\n", call(&[])),
        Shape::Scalar(_) => format!("    out = {};\n", call(&[])),
        Shape::List(_) => format!(
            "    int n = -1;\n    auto r = {};\n    effgauge_c::take(out, r, n);\n",
            call(&["&n"])
        ),
        Shape::Rows(_) => format!(
            "    int n = -1;\n    int* cols = nullptr;\n    auto r = {};\n    \
             effgauge_c::take_rows(out, r, n, cols);\n",
            call(&["&n", "&cols"])
        ),
    };
    format!(
        "{HELPERS}extern \"C\" {decl};\n\
         extern \"C\" void effgauge_call(void* args, void* result) {{\n    \
         auto& a = *static_cast<{args}*>(args);\n    \
         auto& out = *static_cast<{ret}*>(result);\n{lend}{store}}}\n",
        decl = declaration(signature),
        args = crate::glue::args_type(signature),
    )
}

/// What every C adapter uses: views of the glue's values as C sees them,
/// and the copies of a C result into the glue's values.
const HELPERS: &str = r#"#include <memory>
#include <string>
#include <tuple>
#include <vector>
namespace effgauge_c {
// A list lent to C: numbers in place; bools and strings through a copy of
// pointers or values, since std::vector<bool> packs bits and strings are
// objects.
template <class T> struct Lent { std::vector<T>& v; T* ptr() { return v.data(); } };
struct LentBools {
    std::unique_ptr<bool[]> items;
    bool* ptr() { return items.get(); }
};
struct LentStrings {
    std::vector<char*> items;
    char** ptr() { return items.data(); }
};
inline Lent<long long> lend(std::vector<long long>& v) { return {v}; }
inline Lent<double> lend(std::vector<double>& v) { return {v}; }
inline LentBools lend(std::vector<bool>& v) {
    LentBools l{std::unique_ptr<bool[]>(new bool[v.size() + 1])};
    for (size_t i = 0; i < v.size(); ++i) l.items[i] = v[i];
    return l;
}
inline LentStrings lend(std::vector<std::string>& v) {
    LentStrings l;
    l.items.reserve(v.size() + 1);
    for (auto& s : v) l.items.push_back(s.data());
    return l;
}
// Rows lent to C: a table of row pointers and one of row lengths.
template <class T> struct Rows {
    std::vector<decltype(lend(std::declval<std::vector<T>&>()))> lent;
    std::vector<decltype(lend(std::declval<std::vector<T>&>()).ptr())> ptrs;
    std::vector<int> sizes;
    explicit Rows(std::vector<std::vector<T>>& rows) {
        lent.reserve(rows.size());
        ptrs.reserve(rows.size() + 1);
        sizes.reserve(rows.size() + 1);
        for (auto& row : rows) {
            lent.push_back(lend(row));
            ptrs.push_back(lent.back().ptr());
            sizes.push_back(static_cast<int>(row.size()));
        }
        ptrs.push_back(nullptr);
        sizes.push_back(0);
    }
};
// A C result the glue cannot read is a trap: an error verdict.
inline std::string text(const char* s) {
    if (!s) __builtin_trap();
    return std::string(s);
}
inline long long item(long long x) { return x; }
inline double item(double x) { return x; }
inline bool item(bool x) { return x; }
inline std::string item(const char* s) { return text(s); }
template <class T, class C> void take(std::vector<T>& out, C* items, int n) {
    if (n < 0 || (n > 0 && !items)) __builtin_trap();
    out.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) out.push_back(item(items[i]));
}
template <class T, class C>
void take_rows(std::vector<std::vector<T>>& out, C** rows, int n, const int* cols) {
    if (n < 0 || (n > 0 && (!rows || !cols))) __builtin_trap();
    out.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) take(out[i], rows[i], cols[i]);
}
}  // namespace effgauge_c
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(prompt: &str) -> Signature {
        Signature::from_prompt(prompt, "f").unwrap()
    }

    #[test]
    fn lists_are_a_pointer_and_a_length_and_results_go_through_return_size() {
        let s = sig(
            "def f(grid: List[List[int]], words: List[str], k: int, s: str) -> List[List[int]]:",
        );
        assert_eq!(
            declaration(&s),
            "long long** f(long long** grid, int gridSize, int* gridColSize, char** words, \
             int wordsSize, long long k, char* s, int* returnSize, int** returnColumnSizes)"
        );
        let s = sig("def f(xs: List[float], b: bool) -> str:");
        assert_eq!(declaration(&s), "char* f(double* xs, int xsSize, bool b)");
    }

    #[test]
    fn tuples_and_deeper_lists_have_no_c_form() {
        for prompt in [
            "def f(p: List[Tuple[int, int]]) -> int:",
            "def f(x: int) -> Tuple[int, int]:",
            "def f(x: List[List[List[int]]]) -> int:",
        ] {
            assert!(unsupported(&sig(prompt)).is_some(), "{prompt}");
        }
        assert!(unsupported(&sig("def f(x: List[List[str]]) -> List[bool]:")).is_none());
    }
}
