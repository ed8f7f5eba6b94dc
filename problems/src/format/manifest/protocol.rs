//! The keys of `problem.toml` that say how a program is called and judged:
//! `protocol`, `entry_point`, `compare` and `tolerance`.
//!
//! A function problem (`protocol = "function"`, the default) names its
//! `entry_point` and may choose a value rule (`equivalent`, the default, or
//! `same-type-equal`). A stdio problem (`protocol = "stdio"`: the program
//! reads the case from stdin and writes its answer to stdout) has no entry
//! point and chooses a text rule (`tokens`, the default, `exact`, `lines`
//! or `float` with an optional `tolerance`). Mixing the two is refused, so
//! a rule can never silently not apply.

use super::is_identifier;
use super::table::Table;
use crate::judge::compare::Compare;
use crate::judge::stdout::{TextRule, Tolerance};
use crate::ProblemsError;
use effgauge_sandboxes::Protocol;

/// How the problem's programs are called and their answers judged.
#[derive(Debug)]
pub(crate) struct Calling {
    pub protocol: Protocol,
    /// Empty under [`Protocol::Stdio`].
    pub entry_point: String,
    pub compare: Compare,
}

pub(crate) fn parse(top: &Table) -> Result<Calling, ProblemsError> {
    let protocol = match top.get("protocol") {
        None => Protocol::Function,
        Some(_) => match top.string("protocol")?.as_str() {
            "function" => Protocol::Function,
            "stdio" => Protocol::Stdio,
            other => {
                return Err(top.err_at(
                    "protocol",
                    format!("expected `function` or `stdio`, found `{other}`"),
                ))
            }
        },
    };
    let compare_name = match top.get("compare") {
        None => None,
        Some(_) => Some(top.string("compare")?),
    };
    match protocol {
        Protocol::Function => {
            if top.get("tolerance").is_some() {
                return Err(top.err_at(
                    "tolerance",
                    "only a stdio problem's `float` rule takes a tolerance".into(),
                ));
            }
            let entry_point = top.string("entry_point")?;
            top.label("entry_point", &entry_point)?;
            if !is_identifier(&entry_point) {
                return Err(top.err_at("entry_point", "expected a Python identifier".into()));
            }
            let compare = match compare_name {
                None => Compare::default(),
                Some(name) => Compare::parse(&name).ok_or_else(|| {
                    top.err_at(
                        "compare",
                        format!(
                            "expected `equivalent` or `same-type-equal` (a function's rules), \
                             found `{name}`"
                        ),
                    )
                })?,
            };
            Ok(Calling {
                protocol,
                entry_point,
                compare,
            })
        }
        Protocol::Stdio => {
            if top.get("entry_point").is_some() {
                return Err(top.err_at(
                    "entry_point",
                    "a stdio program is run whole and has no entry point".into(),
                ));
            }
            let tolerance = match top.get("tolerance") {
                None => Tolerance::new(Tolerance::DEFAULT).expect("a valid default"),
                Some(_) => {
                    let value = top.number("tolerance")?;
                    Tolerance::new(value).ok_or_else(|| {
                        top.err_at("tolerance", "expected a number above 0 and below 1".into())
                    })?
                }
            };
            let name = compare_name.unwrap_or_else(|| "tokens".into());
            let rule = TextRule::parse(&name, tolerance).ok_or_else(|| {
                top.err_at(
                    "compare",
                    format!(
                        "expected `tokens`, `lines`, `exact` or `float` (a stdio program's \
                         rules), found `{name}`"
                    ),
                )
            })?;
            if top.get("tolerance").is_some() && !matches!(rule, TextRule::Float(_)) {
                return Err(top.err_at(
                    "tolerance",
                    "only the `float` rule takes a tolerance".into(),
                ));
            }
            Ok(Calling {
                protocol,
                entry_point: String::new(),
                compare: Compare::Text(rule),
            })
        }
    }
}
