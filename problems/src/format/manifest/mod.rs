//! `problem.toml`, read with a span on every value so that each mistake is
//! reported with its line and the path of its field (`levels[2].weight`).
//!
//! The file is first parsed into a tree of spanned nodes, then checked field
//! by field here: unknown keys are refused too, since a misspelt optional key
//! would otherwise silently be ignored.

use crate::format::problem::{Convention, Difficulty, Level, ProblemLimits, SizeRule};
use crate::format::toml_node::Node;
use crate::judge::compare::Compare;
use crate::limits::{
    check_label, check_text, MAX_ALPHA, MAX_CASES_PER_LEVEL, MAX_DESCRIPTION_BYTES, MAX_LEVELS,
    MAX_LEVEL_SIZE, MAX_LEVEL_WEIGHT, MAX_MEMORY_MIB, MAX_TAGS,
};
use crate::ProblemsError;
use std::path::Path;
use table::{Cx, Table};

mod described;
mod protocol;
mod table;

pub use described::{AlternativeKind, Described, SlipPattern, Slows};

/// What `problem.toml` says, checked.
#[derive(Debug)]
pub(crate) struct Manifest {
    pub id: String,
    pub title: String,
    /// Empty for a stdio problem.
    pub entry_point: String,
    pub protocol: effgauge_sandboxes::Protocol,
    pub tags: Vec<String>,
    pub difficulty: Difficulty,
    pub alpha: Option<f64>,
    pub levels: Vec<Level>,
    pub convention: Convention,
    pub limits: ProblemLimits,
    pub compare: Compare,
    /// The `[[alternatives]]` tables, in the order written.
    pub described: Vec<(String, Described)>,
}

/// Reads the manifest text of problem `problem` (the folder name); `sizes`
/// says whether every level must declare its `size`, `alternative_files`
/// names the files of `alternatives/` (without `.py`) that an
/// `[[alternatives]]` table may describe (`None`: there is no such folder,
/// and any name goes).
pub(crate) fn parse(
    problem: &str,
    path: &Path,
    text: &str,
    sizes: SizeRule,
    alternative_files: Option<&[String]>,
) -> Result<Manifest, ProblemsError> {
    with_top(problem, path, text, |top| {
        let cx = top.cx;
        top.refuse_unknown(&[
            "id",
            "title",
            "entry_point",
            "tags",
            "difficulty",
            "alpha",
            "levels",
            "generator",
            "limits",
            "compare",
            "tolerance",
            "protocol",
            "alternatives",
        ])?;
        let id = top.string("id")?;
        top.label("id", &id)?;
        if id != problem {
            return Err(top.err_at("id", format!("is `{id}` but the folder is `{problem}`")));
        }
        let title = top.string("title")?;
        top.label("title", &title)?;
        let calling = protocol::parse(top)?;
        let tag_nodes = top.array("tags")?;
        if tag_nodes.len() > MAX_TAGS {
            return Err(top.err_at(
                "tags",
                format!(
                    "{} tags, more than the {MAX_TAGS} a problem may have",
                    tag_nodes.len()
                ),
            ));
        }
        let tags = tag_nodes
            .iter()
            .enumerate()
            .map(|(i, t)| match t.get_ref() {
                Node::Str(s) if !s.is_empty() => check_label(s)
                    .map(|()| s.clone())
                    .map_err(|m| cx.error(Some(cx.line(t.span().start)), &format!("tags[{i}]"), m)),
                other => Err(cx.error(
                    Some(cx.line(t.span().start)),
                    &format!("tags[{i}]"),
                    format!("expected a non-empty string, found {}", other.kind()),
                )),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let difficulty = match top.string("difficulty")?.as_str() {
            "easy" => Difficulty::Easy,
            "medium" => Difficulty::Medium,
            "hard" => Difficulty::Hard,
            other => {
                return Err(top.err_at(
                    "difficulty",
                    format!("expected one of easy, medium, hard, found `{other}`"),
                ))
            }
        };
        let alpha = match top.get("alpha") {
            None => None,
            Some(_) => {
                let a = top.number("alpha")?;
                if !(a > 1.0 && a.is_finite()) {
                    return Err(top.err_at("alpha", "expected a number greater than 1".into()));
                }
                if a > MAX_ALPHA {
                    return Err(
                        top.err_at("alpha", format!("more than the largest α, {MAX_ALPHA}"))
                    );
                }
                Some(a)
            }
        };
        let convention = match top.table("generator")? {
            None => Convention::LevelCaseRng,
            Some(generator) => {
                generator.refuse_unknown(&["convention"])?;
                match generator.get("convention") {
                    None => Convention::LevelCaseRng,
                    Some(_) => match generator.string("convention")?.as_str() {
                        "level-case-rng" => Convention::LevelCaseRng,
                        "size-level-case" => Convention::SizeLevelCase,
                        other => {
                            return Err(generator.err_at(
                                "convention",
                                format!(
                                "expected `level-case-rng` or `size-level-case`, found `{other}`"
                            ),
                            ))
                        }
                    },
                }
            }
        };
        let limits = match top.table("limits")? {
            None => ProblemLimits::default(),
            Some(limits) => {
                limits.refuse_unknown(&["memory_mib"])?;
                let memory_mib = match limits.get("memory_mib") {
                    None => None,
                    Some(_) => {
                        let mib = limits.positive_int("memory_mib")?;
                        if mib > MAX_MEMORY_MIB {
                            return Err(limits.err_at(
                                "memory_mib",
                                format!(
                                    "{mib} MiB, more than the {MAX_MEMORY_MIB} a 32-bit WebAssembly \
                                     memory can have"
                                ),
                            ));
                        }
                        Some(mib)
                    }
                };
                ProblemLimits { memory_mib }
            }
        };
        let level_nodes = top.array("levels")?;
        if level_nodes.is_empty() {
            return Err(top.err_at("levels", "expected at least one [[levels]] table".into()));
        }
        if level_nodes.len() > MAX_LEVELS {
            return Err(top.err_at(
                "levels",
                format!(
                    "{} levels, more than the {MAX_LEVELS} a problem may have",
                    level_nodes.len()
                ),
            ));
        }
        let mut levels = Vec::new();
        for (i, node) in level_nodes.iter().enumerate() {
            let field = format!("levels[{i}]");
            let Node::Table(entries) = node.get_ref() else {
                return Err(cx.error(
                    Some(cx.line(node.span().start)),
                    &field,
                    format!("expected a table, found {}", node.get_ref().kind()),
                ));
            };
            let level = Table {
                cx,
                prefix: format!("{field}."),
                entries,
                line: Some(cx.line(node.span().start)),
            };
            level.refuse_unknown(&["weight", "cases", "description", "size"])?;
            let weight = level.number("weight")?;
            if !(weight >= 0.0 && weight.is_finite()) {
                return Err(level.err_at("weight", "expected a number >= 0".into()));
            }
            if weight > MAX_LEVEL_WEIGHT {
                return Err(level.err_at(
                    "weight",
                    format!("more than the largest weight, {MAX_LEVEL_WEIGHT}"),
                ));
            }
            let cases = level.positive_int("cases")?;
            if cases > MAX_CASES_PER_LEVEL {
                return Err(level.err_at(
                    "cases",
                    format!(
                        "{cases} cases, more than the {MAX_CASES_PER_LEVEL} a level may have \
                         (every sample runs every case)"
                    ),
                ));
            }
            let cases = cases as usize;
            let description = level.string("description")?;
            check_text(&description, MAX_DESCRIPTION_BYTES, "a description")
                .map_err(|m| level.err_at("description", m))?;
            let size =
                match level.get("size") {
                    None if convention == Convention::SizeLevelCase => {
                        return Err(level.err_at(
                            "size",
                            "required by the `size-level-case` generator convention".into(),
                        ))
                    }
                    None if sizes == SizeRule::Required => return Err(level.err_at(
                        "size",
                        "missing (expected the level's nominal input size, a positive integer: \
                         this suite's suite.toml requires one on every level)"
                            .into(),
                    )),
                    None => None,
                    Some(_) => {
                        let size = level.positive_int("size")?;
                        if size > MAX_LEVEL_SIZE {
                            return Err(level.err_at(
                                "size",
                                format!("{size} is more than the largest size, {MAX_LEVEL_SIZE}"),
                            ));
                        }
                        Some(size)
                    }
                };
            if sizes == SizeRule::Required && weight > 0.0 {
                check_growing_size(&level, &levels, size)?;
            }
            levels.push(Level {
                weight,
                cases,
                description,
                size,
            });
        }
        if levels.iter().all(|l| l.weight == 0.0) {
            return Err(top.err_at("levels", "at least one level needs a weight above 0".into()));
        }
        let described = described::parse(top, alternative_files)?;
        Ok(Manifest {
            described,
            id,
            title,
            entry_point: calling.entry_point,
            protocol: calling.protocol,
            tags,
            difficulty,
            alpha,
            levels,
            convention,
            compare: calling.compare,
            limits,
        })
    })
}

/// Growth exponents divide by the log of the size ratio of consecutive
/// weighted levels, so where sizes are required each weighted level must be
/// larger than the weighted level before it (level 0's corner cases may be
/// of any size).
fn check_growing_size(
    level: &Table<'_>,
    earlier: &[Level],
    size: Option<u64>,
) -> Result<(), ProblemsError> {
    let previous = earlier
        .iter()
        .enumerate()
        .rev()
        .find(|(_, l)| l.weight > 0.0)
        .and_then(|(i, l)| Some((i, l.size?)));
    match (previous, size) {
        (Some((i, before)), Some(size)) if size <= before => Err(level.err_at(
            "size",
            format!(
                "{size} is not larger than levels[{i}].size = {before} \
                 (weighted levels must grow in size)"
            ),
        )),
        _ => Ok(()),
    }
}

/// Parses `text` (the file `path` of `problem`) and reads its top-level
/// table with `read`; errors name the file, line and field.
fn with_top<T>(
    problem: &str,
    path: &Path,
    text: &str,
    read: impl FnOnce(&Table) -> Result<T, ProblemsError>,
) -> Result<T, ProblemsError> {
    let cx = Cx {
        problem,
        path,
        text,
    };
    let root: Node = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| cx.line(s.start));
        cx.error(line, "", e.message().trim().to_owned())
    })?;
    let Node::Table(entries) = root else {
        return Err(cx.error(Some(1), "", "expected a table".into()));
    };
    let top = Table {
        cx: &cx,
        prefix: String::new(),
        entries: &entries,
        line: None,
    };
    read(&top)
}

pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// Reads a C++ track's `cpp/track.toml`: its `[[alternatives]]` tables, one
/// per file of `cpp/alternatives/` (`files`: their names without `.cpp`).
pub(crate) fn parse_track(
    problem: &str,
    path: &Path,
    text: &str,
    files: &[String],
) -> Result<Vec<(String, Described)>, ProblemsError> {
    with_top(problem, path, text, |top| {
        top.refuse_unknown(&["alternatives"])?;
        described::parse(top, Some(files))
    })
}
