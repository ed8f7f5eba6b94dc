//! A problem's entry point, typed: read once from the annotated `def` of
//! its `prompt.py` (the one place a problem declares it), and turned into
//! the C++ declaration the glue calls and the C++ prompt shows.

use crate::CcError;

/// The types an entry point may take and return.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// A Python `int`, a C++ `long long` (64-bit on every target, unlike
    /// `long`, which is 32-bit in wasm32).
    Int,
    Float,
    Bool,
    Str,
    List(Box<Type>),
    /// Two elements: `std::pair`; more: `std::tuple`.
    Tuple(Vec<Type>),
}

impl Type {
    /// The C++ type the glue passes or expects.
    pub fn cpp(&self) -> String {
        match self {
            Type::Int => "long long".into(),
            Type::Float => "double".into(),
            Type::Bool => "bool".into(),
            Type::Str => "std::string".into(),
            Type::List(inner) => format!("std::vector<{}>", inner.cpp()),
            Type::Tuple(items) if items.len() == 2 => {
                format!("std::pair<{}, {}>", items[0].cpp(), items[1].cpp())
            }
            Type::Tuple(items) => {
                let inner: Vec<String> = items.iter().map(Type::cpp).collect();
                format!("std::tuple<{}>", inner.join(", "))
            }
        }
    }

    fn parse(text: &str) -> Result<Type, String> {
        let text = text.trim();
        if let Some((head, rest)) = text.split_once('[') {
            let inner = rest
                .strip_suffix(']')
                .ok_or_else(|| format!("unbalanced brackets in `{text}`"))?;
            let items = split_top(inner)
                .into_iter()
                .map(Type::parse)
                .collect::<Result<Vec<_>, _>>()?;
            return match (head.trim(), items.len()) {
                ("List" | "list", 1) => Ok(Type::List(Box::new(items[0].clone()))),
                ("Tuple" | "tuple", n) if n >= 2 => Ok(Type::Tuple(items)),
                _ => Err(format!("`{text}` is not a supported type")),
            };
        }
        match text {
            "int" => Ok(Type::Int),
            "float" => Ok(Type::Float),
            "bool" => Ok(Type::Bool),
            "str" => Ok(Type::Str),
            other => Err(format!(
                "`{other}` is not a supported type (int, float, bool, str, List[...], Tuple[...])"
            )),
        }
    }
}

/// An entry point: its name, its parameters and what it returns.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    pub name: String,
    pub params: Vec<(String, Type)>,
    pub returns: Type,
}

impl Signature {
    /// Reads `def <entry>(<name>: <type>, ...) -> <type>:` from a prompt.
    pub fn from_prompt(prompt: &str, entry: &str) -> Result<Signature, CcError> {
        let bad =
            |why: String| CcError::Signature(format!("the `def {entry}` of prompt.py: {why}"));
        let start = prompt
            .find(&format!("def {entry}("))
            .ok_or_else(|| bad("not found".into()))?;
        let after = &prompt[start + 5 + entry.len()..];
        let close = matching_paren(after).ok_or_else(|| bad("unbalanced parentheses".into()))?;
        let params_text = &after[..close];
        let rest = &after[close + 1..];
        let arrow = rest
            .split_once("->")
            .ok_or_else(|| bad("no return annotation".into()))?
            .1;
        let returns_text = arrow
            .split_once(':')
            .ok_or_else(|| bad("no colon".into()))?
            .0;
        let mut params = Vec::new();
        for param in split_top(params_text) {
            if param.trim().is_empty() {
                continue;
            }
            let (name, ty) = param
                .split_once(':')
                .ok_or_else(|| bad(format!("parameter `{}` has no annotation", param.trim())))?;
            params.push((name.trim().to_owned(), Type::parse(ty).map_err(&bad)?));
        }
        Ok(Signature {
            name: entry.to_owned(),
            params,
            returns: Type::parse(returns_text).map_err(&bad)?,
        })
    }

    /// The C++ declaration the candidate writes, e.g.
    /// `long long count(const std::vector<std::string>& words)`.
    pub fn cpp_declaration(&self) -> String {
        let params: Vec<String> = self
            .params
            .iter()
            .map(|(name, ty)| match ty {
                Type::Int | Type::Float | Type::Bool => format!("{} {name}", ty.cpp()),
                _ => format!("const {}& {name}", ty.cpp()),
            })
            .collect();
        format!(
            "{} {}({})",
            self.returns.cpp(),
            self.name,
            params.join(", ")
        )
    }

    /// A stable text of the signature, for cache keys.
    pub fn fingerprint(&self) -> String {
        let params: Vec<String> = self.params.iter().map(|(_, t)| t.cpp()).collect();
        format!(
            "{}({})->{}",
            self.name,
            params.join(","),
            self.returns.cpp()
        )
    }
}

/// Splits at the commas outside brackets and parentheses.
fn split_top(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0i32, 0);
    for (i, ch) in text.char_indices() {
        match ch {
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&text[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    out.push(&text[from..]);
    out
}

fn matching_paren(text: &str) -> Option<usize> {
    let mut depth = 1i32;
    for (i, ch) in text.char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_multiline_annotated_def() {
        let prompt = "from typing import List, Tuple\n\n\ndef f(\n    points: List[Tuple[int, int]],\n    k: int,\n) -> List[List[int]]:\n    \"\"\"doc\"\"\"\n";
        let s = Signature::from_prompt(prompt, "f").unwrap();
        assert_eq!(
            s.params,
            vec![
                (
                    "points".into(),
                    Type::List(Box::new(Type::Tuple(vec![Type::Int, Type::Int])))
                ),
                ("k".into(), Type::Int)
            ]
        );
        assert_eq!(
            s.cpp_declaration(),
            "std::vector<std::vector<long long>> f(const std::vector<std::pair<long long, long long>>& points, long long k)"
        );
    }

    #[test]
    fn refuses_what_it_cannot_map() {
        for prompt in [
            "def f(x: Dict[int, int]) -> int:",
            "def f(x) -> int:",
            "def f(x: int):",
            "def f(x: Optional[int]) -> int:",
            "def g(x: int) -> int:",
        ] {
            assert!(Signature::from_prompt(prompt, "f").is_err(), "{prompt}");
        }
    }
}
